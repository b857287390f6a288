import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { CaseworkNav } from "@/components/workspace/casework/CaseworkNav";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { getClient, type ClientView } from "@/lib/workspace/clients/service";
import type { OrgContext } from "@/lib/workspace/context";
import { errorText, one, type SearchParams } from "../../../page-helpers";

/** Shared by a client's casework pages (not a route): access, the client, the section navigation, notices and errors. */

export const SECTIONS = ["plan", "notes", "referrals", "outcomes", "timeline"] as const;
export type Section = (typeof SECTIONS)[number];

const NOTICES = ["noteAdded", "noteSaved", "noteDeleted", "itemAdded", "itemSaved", "itemDeleted", "referralAdded", "referralSaved", "outcomeAdded", "outcomeDeleted"] as const;
const FIELDS = [
  "body",
  "title",
  "ownerMembershipId",
  "dueOn",
  "status",
  "kind",
  "partner",
  "referredOn",
  "closedOn",
  "result",
  "occurredOn",
  "nocCode",
  "fieldRelation",
  "level",
  "note",
  "consent",
  "form",
] as const;
export type FormField = (typeof FIELDS)[number];

export type CaseworkParams = Promise<{ locale: string; org: string; clientId: string }>;

export interface Casework {
  ctx: OrgContext;
  locale: "en" | "fr";
  client: ClientView;
  /** The client file's address. */
  href: string;
  base: string;
  canWrite: boolean;
  /** The message for the field the last post was refused for. */
  fieldError: (field: FormField) => string | undefined;
  /** Hidden fields of every form. */
  hidden: { locale: string; org: string; client: string };
  search: Record<string, string | string[] | undefined>;
}

export async function openCasework(params: CaseworkParams, searchParams: SearchParams, section: Section): Promise<Casework> {
  const { locale, org, clientId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.read", `/clients/${clientId}/${section}`);
  if (!z.uuid().safeParse(clientId).success) notFound();
  const client = await getClient(ctx, clientId).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const search = await searchParams;
  const t = await getTranslations("casework.errors");
  const field = one(search, "field");
  const refused = one(search, "error") && field && (FIELDS as readonly string[]).includes(field) ? (field as FormField) : null;
  const base = `/${locale}/workspace/${ctx.org.slug}`;
  return {
    ctx,
    locale: locale as "en" | "fr",
    client,
    href: `${base}/clients/${client.id}`,
    base,
    canWrite: can(ctx.role, "client.write"),
    fieldError: (f) => (refused === f ? t(f) : undefined),
    hidden: { locale, org: ctx.org.slug, client: client.id },
    search,
  };
}

/** The page around a section: the client's name, the sections, the notice or error of the last post, then the section. */
export async function CaseworkFrame({ work, section, children }: { work: Casework; section: Section; children: ReactNode }) {
  const t = await getTranslations("casework");
  const done = one(work.search, "done");
  const code = one(work.search, "error");
  const field = one(work.search, "field");
  const error = code === "invalid_input" && field && field !== "form" ? null : await errorText(code);
  const notice = done && (NOTICES as readonly string[]).includes(done) ? t(`notices.${done as (typeof NOTICES)[number]}`) : null;
  return (
    <div className="space-y-6">
      <p>
        <a href={work.href}>{t("common.back")}</a>
      </p>
      <div id="top">
        <p className="text-sm text-[var(--color-muted)]">{work.client.displayName}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t(`${section}.title`)}</h1>
      </div>
      <CaseworkNav label={t("nav.label")} items={SECTIONS.map((s) => ({ href: `${work.href}/${s}`, label: t(`nav.${s}`), current: s === section }))} />
      {notice ? <Notice>{notice}</Notice> : null}
      {error ? <Alert>{error}</Alert> : null}
      {code === "invalid_input" && field && field !== "form" ? <Alert>{field === "consent" ? t("errors.consent") : t("errors.form")}</Alert> : null}
      {!work.canWrite && section !== "timeline" ? <p className="text-[var(--color-muted)]">{t("common.readOnly")}</p> : null}
      {children}
    </div>
  );
}

/** Page title: the section and the client's name stay out of it (history, shared screens): only the section. */
export async function caseworkTitle(params: CaseworkParams, section: Section) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "casework.nav" });
  return t(section);
}
