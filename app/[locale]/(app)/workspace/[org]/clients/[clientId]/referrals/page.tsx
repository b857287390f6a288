import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button, SelectField, TextField } from "@/components/journeys/ui";
import { Context, TextArea } from "@/components/workspace/casework/fields";
import { REFERRAL_KIND_LABELS, REFERRAL_STATUS_LABELS } from "@/lib/workspace/casework/labels";
import { REFERRAL_STATUSES } from "@/lib/workspace/casework/schema";
import { listReferrals, todayIso } from "@/lib/workspace/casework/service";
import { addReferralAction, updateReferralAction } from "../../../../casework-actions";
import { NO_INDEX, dateFormats, type SearchParams } from "../../../../page-helpers";
import { CaseworkFrame, caseworkTitle, openCasework, type CaseworkParams } from "../casework-frame";

type Props = { params: CaseworkParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await caseworkTitle(params, "referrals"), robots: NO_INDEX };
}

/** The client's referrals, most recent first, each with its status and result, updated in place. */
export default async function ReferralsPage({ params, searchParams }: Props) {
  const work = await openCasework(params, searchParams, "referrals");
  const [referrals, t, { day }] = await Promise.all([listReferrals(work.ctx, work.client.id), getTranslations("casework.referrals"), dateFormats()]);
  const tc = await getTranslations("casework.common");
  const kinds = REFERRAL_KIND_LABELS[work.locale];
  const statusLabels = REFERRAL_STATUS_LABELS[work.locale];
  const statuses = REFERRAL_STATUSES.map((s) => ({ value: s, label: statusLabels[s] }));
  const today = todayIso();
  return (
    <CaseworkFrame work={work} section="referrals">
      <p>{t("intro")}</p>
      {referrals.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {referrals.map((r) => (
            <li key={r.id} className="rounded border border-slate-300 p-3" data-testid="referral">
              <p className="font-medium">
                {kinds[r.kind]}: {r.partner}
              </p>
              <p className="text-sm">
                {statusLabels[r.status]} · {t("made", { date: day(r.referredOn) })}
                {r.closedOn ? `, ${t("closed", { date: day(r.closedOn) })}` : ""}
              </p>
              {r.result ? <p className="mt-1 whitespace-pre-line">{r.result}</p> : null}
              {work.canWrite ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">{t("change")}</summary>
                  <form action={updateReferralAction} className="mt-2 space-y-3">
                    <Context {...work.hidden} />
                    <input type="hidden" name="referral" value={r.id} />
                    <div className="grid gap-3 sm:grid-cols-2">
                      <SelectField idPrefix={r.id} name="status" label={t("status")} options={statuses} defaultValue={r.status} />
                      <TextField idPrefix={r.id} name="closedOn" type="date" max={today} label={`${t("closedOn")} ${tc("optional")}`} hint={t("closedHint")} defaultValue={r.closedOn ?? ""} />
                    </div>
                    <TextArea idPrefix={r.id} name="result" label={`${t("result")} ${tc("optional")}`} maxLength={2000} rows={2} defaultValue={r.result ?? ""} />
                    <Button>{t("update")}</Button>
                  </form>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {work.canWrite ? (
        <section id="form" aria-labelledby="form-title" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="form-title" className="text-xl font-semibold">
            {t("add")}
          </h2>
          <form action={addReferralAction} className="space-y-3">
            <Context {...work.hidden} />
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField name="kind" label={t("kind")} options={Object.entries(kinds).map(([value, label]) => ({ value, label }))} error={work.fieldError("kind")} />
              <TextField name="partner" label={t("partner")} maxLength={200} required error={work.fieldError("partner")} />
              <TextField name="referredOn" type="date" max={today} label={t("referredOn")} defaultValue={today} required error={work.fieldError("referredOn")} />
              <SelectField name="status" label={t("status")} options={statuses} defaultValue="sent" error={work.fieldError("status")} />
            </div>
            <TextField name="closedOn" type="date" max={today} label={`${t("closedOn")} ${tc("optional")}`} hint={t("closedHint")} error={work.fieldError("closedOn")} />
            <TextArea name="result" label={`${t("result")} ${tc("optional")}`} maxLength={2000} rows={2} error={work.fieldError("result")} />
            <Button>{t("submit")}</Button>
          </form>
        </section>
      ) : null}
    </CaseworkFrame>
  );
}
