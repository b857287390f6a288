import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button, SelectField, TextField } from "@/components/journeys/ui";
import { Context, TextArea } from "@/components/workspace/casework/fields";
import { describeOutcome } from "@/components/workspace/casework/describe";
import { FIELD_RELATION_LABELS, OUTCOME_KIND_LABELS } from "@/lib/workspace/casework/labels";
import { FIELD_RELATIONS, LANGUAGE_SCALES, OUTCOME_KINDS } from "@/lib/workspace/casework/schema";
import { followsOutcomes, listOutcomes, todayIso } from "@/lib/workspace/casework/service";
import { addOutcomeAction, deleteOutcomeAction } from "../../../../casework-actions";
import { NO_INDEX, dateFormats, type SearchParams } from "../../../../page-helpers";
import { CaseworkFrame, caseworkTitle, openCasework, type CaseworkParams } from "../casework-frame";

type Props = { params: CaseworkParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await caseworkTitle(params, "outcomes"), robots: NO_INDEX };
}

/** The client's outcomes, most recent first, and the form to record one. */
export default async function OutcomesPage({ params, searchParams }: Props) {
  const work = await openCasework(params, searchParams, "outcomes");
  const [outcomes, t, { day }] = await Promise.all([listOutcomes(work.ctx, work.client.id), getTranslations("casework.outcomes"), dateFormats()]);
  const kinds = OUTCOME_KIND_LABELS[work.locale];
  const relations = FIELD_RELATION_LABELS[work.locale];
  const today = todayIso();
  const level = (scale: string, value: number) => t("level", { scale, value });
  const consented = followsOutcomes(work.client.consent, today);
  return (
    <CaseworkFrame work={work} section="outcomes">
      <p>{t("intro")}</p>
      {outcomes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {outcomes.map((o) => (
            <li key={o.id} className="rounded border border-slate-300 p-3" data-testid="outcome">
              <p className="text-sm text-[var(--color-muted)]">{day(o.occurredOn)}</p>
              <p className="font-medium">{describeOutcome(o, work.locale, level)}</p>
              {o.note ? <p className="mt-1 whitespace-pre-line">{o.note}</p> : null}
              {work.canWrite ? (
                <form action={deleteOutcomeAction} className="mt-2">
                  <Context {...work.hidden} />
                  <input type="hidden" name="outcome" value={o.id} />
                  <Button variant="danger">{t("delete")}</Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {work.canWrite && !consented ? (
        <p id="form" className="rounded border border-slate-300 bg-[var(--color-surface)] p-3">
          {t("noConsent")} <a href={`${work.href}/edit`}>{work.client.displayName}</a>
        </p>
      ) : null}
      {work.canWrite && consented ? (
        <section id="form" aria-labelledby="form-title" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="form-title" className="text-xl font-semibold">
            {t("add")}
          </h2>
          <form action={addOutcomeAction} className="space-y-3">
            <Context {...work.hidden} />
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField name="kind" label={t("kind")} options={OUTCOME_KINDS.map((k) => ({ value: k, label: kinds[k] }))} error={work.fieldError("kind")} />
              <TextField name="occurredOn" type="date" max={today} label={t("occurredOn")} defaultValue={today} required error={work.fieldError("occurredOn")} />
            </div>
            <fieldset className="space-y-3 rounded border border-slate-200 p-3">
              <legend className="px-1 font-medium">{kinds["employed-alternative"]}</legend>
              <TextField name="nocCode" label={t("nocCode")} hint={t("nocHint")} maxLength={5} pattern="\d{5}" inputMode="numeric" error={work.fieldError("nocCode")} />
              <SelectField
                name="fieldRelation"
                label={t("fieldRelation")}
                hint={t("fieldRelationHint")}
                options={[{ value: "", label: t("notApplicable") }, ...FIELD_RELATIONS.map((r) => ({ value: r, label: relations[r] }))]}
                error={work.fieldError("fieldRelation")}
              />
            </fieldset>
            <fieldset className="space-y-3 rounded border border-slate-200 p-3">
              <legend className="px-1 font-medium">{kinds["language-level-reached"]}</legend>
              <p className="text-sm text-[var(--color-muted)]">{t("levelHint")}</p>
              <div className="grid gap-3 sm:grid-cols-2">
                <SelectField name="levelScale" label={t("levelScale")} options={[{ value: "", label: t("noLevel") }, ...LANGUAGE_SCALES.map((s) => ({ value: s, label: s }))]} error={work.fieldError("level")} />
                <SelectField name="levelValue" label={t("levelValue")} options={[{ value: "", label: "–" }, ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))]} />
              </div>
            </fieldset>
            <TextArea name="note" label={t("note")} maxLength={1000} rows={2} error={work.fieldError("note")} />
            <Button>{t("submit")}</Button>
          </form>
        </section>
      ) : null}
    </CaseworkFrame>
  );
}
