import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { Button } from "@/components/journeys/ui";
import { CaseworkNav } from "@/components/workspace/casework/CaseworkNav";
import { LinkButton } from "@/components/workspace/LinkButton";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { AUDIT_ACTIONS, listAudit } from "@/lib/workspace/audit";
import { getClient } from "@/lib/workspace/clients/service";
import { ERASURE_REASONS, listErasureRequests } from "@/lib/workspace/erasure";
import { cancelErasureAction, decideErasureAction, dischargeClientAction, requestErasureAction } from "../../../actions";
import { NO_INDEX, dateFormats, errorText, one, type SearchParams } from "../../../page-helpers";
import { SECTIONS } from "./casework-frame";

type Props = { params: Promise<{ locale: string; org: string; clientId: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.client" });
  // The client's name stays out of the title (browser history, shared screens).
  return { title: t("title"), robots: NO_INDEX };
}

/** A client file (reading it is recorded), with edit, export, discharge, the two-person erasure procedure and, for administrators, its audit trail. */
export default async function ClientPage({ params, searchParams }: Props) {
  const { locale, org, clientId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.read", `/clients/${clientId}`);
  if (!z.uuid().safeParse(clientId).success) notFound();
  const client = await getClient(ctx, clientId).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const search = await searchParams;
  const t = await getTranslations("workspace");
  const tp = await getTranslations("journeys.provinces");
  const tw = await getTranslations("casework");
  const { day, moment } = await dateFormats();
  const base = `/${locale}/workspace/${ctx.org.slug}`;
  const href = `${base}/clients/${client.id}`;
  const confirming = one(search, "confirm") === "erase" && can(ctx.role, "client.write");
  const erasure = (await listErasureRequests(ctx, { clientId: client.id })).find((r) => r.status === "pending") ?? null;
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const trail = can(ctx.role, "audit.read") ? await listAudit(ctx, { subject: client.id, limit: 20 }) : null;
  const error = await errorText(one(search, "error"));
  const today = new Date().toISOString().slice(0, 10);
  const expired = client.consent.expiresAt !== null && client.consent.expiresAt <= today;
  const notGiven = <span className="text-[var(--color-muted)]">{t("client.notGiven")}</span>;

  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="org" value={ctx.org.slug} />
      <input type="hidden" name="client" value={client.id} />
    </>
  );

  if (confirming && !erasure) {
    const reasonError = one(search, "error") === "reason";
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("client.confirmTitle")}</h1>
        <p>{t("client.confirmBody", { name: client.displayName })}</p>
        <form action={requestErasureAction} className="space-y-4">
          {hidden}
          <fieldset className="space-y-2" aria-describedby={reasonError ? "reason-error" : undefined}>
            <legend className="font-medium">{t("client.reason")}</legend>
            {reasonError ? (
              <p id="reason-error" className="text-red-700">
                {t("client.reasonMissing")}
              </p>
            ) : null}
            {ERASURE_REASONS.filter((r) => r !== "retention").map((r) => (
              <label key={r} className="flex items-center gap-2">
                <input type="radio" name="reason" value={r} required /> {t(`client.reasons.${r}`)}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="danger">{t("client.confirm")}</Button>
            <LinkButton href={href} variant="secondary">
              {t("client.cancel")}
            </LinkButton>
          </div>
        </form>
      </div>
    );
  }

  const rows: [string, ReactNode][] = [
    [t("client.status"), t(`statuses.${client.status}`)],
    [t("client.counsellor"), client.counsellor?.name ?? t("clients.unassigned")],
    [t("client.contact"), client.contact ?? notGiven],
    [t("client.languages"), client.languages.length ? client.languages.join(", ") : notGiven],
    [
      t("client.origin"),
      client.origin ? (
        <a href={`/${locale}/occupations/${client.origin.code}`}>
          {locale === "fr" ? client.origin.titleFr : client.origin.titleEn} ({client.origin.code})
        </a>
      ) : (
        notGiven
      ),
    ],
    [t("client.countryOfTraining"), client.countryOfTraining ?? notGiven],
    [t("client.provinces"), client.provinces.length ? client.provinces.map((p) => tp(p as "ON")).join(", ") : notGiven],
    [t("client.arrivalDate"), client.arrivalDate ? day(client.arrivalDate) : notGiven],
    [t("client.clbEnglish"), client.clbEnglish ?? notGiven],
    [t("client.nclcFrench"), client.nclcFrench ?? notGiven],
  ];

  return (
    <div className="space-y-6">
      <p>
        <a href={`${base}/clients`}>{t("client.back")}</a>
      </p>
      {(["created", "saved", "discharged", "erasureRequested", "erasureRejected", "erasureCancelled"] as const).map((k) =>
        one(search, k) ? <Notice key={k}>{t(`client.${k}`)}</Notice> : null,
      )}
      {error ? <Alert>{error}</Alert> : null}
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{client.displayName}</h1>
        <p className="text-sm text-[var(--color-muted)]">
          {t("client.opened", { date: day(client.createdAt) })}, {t("client.changed", { date: day(client.updatedAt) })}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {can(ctx.role, "client.write") ? <LinkButton href={`${href}/edit`}>{t("client.edit")}</LinkButton> : null}
        {can(ctx.role, "client.export") ? (
          <LinkButton href={`/api/v1/workspace/clients/${client.id}/export?org=${encodeURIComponent(ctx.org.slug)}`} variant="secondary">
            {t("client.export")}
          </LinkButton>
        ) : null}
        {can(ctx.role, "client.write") && client.status !== "discharged" ? (
          <form action={dischargeClientAction}>
            {hidden}
            <Button variant="secondary">{t("client.discharge")}</Button>
          </form>
        ) : null}
        {can(ctx.role, "client.write") && !erasure ? (
          <LinkButton href={`${href}?confirm=erase`} variant="danger">
            {t("client.requestErasure")}
          </LinkButton>
        ) : null}
      </div>
      {can(ctx.role, "client.write") ? <p className="text-sm text-[var(--color-muted)]">{t("client.dischargeHint")}</p> : null}
      {can(ctx.role, "client.export") ? <p className="text-sm text-[var(--color-muted)]">{t("client.exportHint")}</p> : null}
      <CaseworkNav label={tw("nav.label")} items={SECTIONS.map((s) => ({ href: `${href}/${s}`, label: tw(`nav.${s}`), current: false }))} />

      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="match-reports" className="space-y-2">
        <h2 id="match-reports" className="text-xl font-semibold">
          {(await getTranslations("reports.section"))("title")}
        </h2>
        <p>
          <a href={`${href}/reports`}>{(await getTranslations("reports.section"))("open")}</a>
        </p>
      </section>

      <section aria-labelledby="consent" className="space-y-2 rounded border border-slate-300 p-4">
        <h2 id="consent" className="text-xl font-semibold">
          {t("client.consent")}
        </h2>
        <ul className="list-disc pl-5">
          {client.consent.scopes.map((s) => (
            <li key={s}>{t(`form.scopes.${s}`)}</li>
          ))}
        </ul>
        <p>
          {t("client.consentGiven", { date: day(client.consent.givenAt) })}, {client.consent.expiresAt ? t("client.consentUntil", { date: day(client.consent.expiresAt) }) : t("client.consentOpen")}
        </p>
        {expired && client.consent.expiresAt ? <Alert>{t("client.consentExpired", { date: day(client.consent.expiresAt) })}</Alert> : null}
      </section>

      {erasure ? (
        <section aria-labelledby="erasure" className="space-y-3 rounded border border-red-300 bg-red-50 p-4">
          <h2 id="erasure" className="text-xl font-semibold">
            {t("client.erasureTitle")}
          </h2>
          <p>{t("client.erasurePending", { person: erasure.requestedBy, date: day(erasure.requestedAt), reason: t(`client.reasons.${erasure.reason}`) })}</p>
          {can(ctx.role, "client.erase") && erasure.requestedByUserId !== me ? (
            <div className="flex flex-wrap items-center gap-3">
              {(["approve", "reject"] as const).map((decision) => (
                <form key={decision} action={decideErasureAction}>
                  {hidden}
                  <input type="hidden" name="request" value={erasure.id} />
                  <input type="hidden" name="decision" value={decision} />
                  <Button variant={decision === "approve" ? "danger" : "secondary"}>{t(decision === "approve" ? "client.erasureApprove" : "client.erasureReject")}</Button>
                </form>
              ))}
            </div>
          ) : (
            <p>{erasure.requestedByUserId === me && can(ctx.role, "client.erase") ? t("client.erasureWaitOther") : t("client.erasureWaiting")}</p>
          )}
          {erasure.requestedByUserId === me ? (
            <form action={cancelErasureAction}>
              {hidden}
              <input type="hidden" name="request" value={erasure.id} />
              <Button variant="secondary">{t("client.erasureWithdraw")}</Button>
            </form>
          ) : null}
        </section>
      ) : null}

      {trail ? (
        <section aria-labelledby="trail" className="space-y-2">
          <h2 id="trail" className="text-xl font-semibold">
            {t("client.trail")}
          </h2>
          {trail.entries.length === 0 ? (
            <p>{t("client.trailEmpty")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {trail.entries.map((e) => (
                <li key={e.id}>
                  <span className="whitespace-nowrap">{moment(e.at)}</span> · {e.actor} ·{" "}
                  {(AUDIT_ACTIONS as readonly string[]).includes(e.action) ? t(`audit.actions.${e.action as (typeof AUDIT_ACTIONS)[number]}`) : e.action}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={`${base}/audit?subject=${client.id}`}>{t("client.trailMore")}</a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
