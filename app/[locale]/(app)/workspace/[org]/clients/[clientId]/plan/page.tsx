import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button, SelectField, TextField } from "@/components/journeys/ui";
import { Context } from "@/components/workspace/casework/fields";
import { clientFormChoices } from "../../client-form-data";
import { ACTION_STATUS_LABELS } from "@/lib/workspace/casework/labels";
import { ACTION_STATUSES } from "@/lib/workspace/casework/schema";
import { listPlan, type ActionItemView } from "@/lib/workspace/casework/service";
import { addPlanItemAction, deletePlanItemAction, updatePlanItemAction } from "../../../../casework-actions";
import { NO_INDEX, dateFormats, type SearchParams } from "../../../../page-helpers";
import { CaseworkFrame, caseworkTitle, openCasework, type CaseworkParams } from "../casework-frame";

type Props = { params: CaseworkParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await caseworkTitle(params, "plan"), robots: NO_INDEX };
}

/** The client's action plan: overdue actions first, then by due date; each can be updated in place. */
export default async function PlanPage({ params, searchParams }: Props) {
  const work = await openCasework(params, searchParams, "plan");
  const [items, t, { members }, { day }] = await Promise.all([listPlan(work.ctx, work.client.id), getTranslations("casework.plan"), clientFormChoices(work.ctx), dateFormats()]);
  const tc = await getTranslations("casework.common");
  const statusLabels = ACTION_STATUS_LABELS[work.locale];
  const statuses = ACTION_STATUSES.map((s) => ({ value: s, label: statusLabels[s] }));
  const owners = [{ value: "", label: t("ownerClient") }, ...members.map((m) => ({ value: m.id, label: m.label }))];
  const open = items.filter((i) => i.status === "open" || i.status === "in-progress");
  const closed = items.filter((i) => !open.includes(i));
  const overdue = open.filter((i) => i.overdue).length;

  const item = (i: ActionItemView) => (
    <li key={i.id} className={`rounded border p-3 ${i.overdue ? "border-red-700 bg-red-50" : "border-slate-300"}`} data-testid="plan-item">
      <p className="font-medium">
        {i.overdue ? <strong className="mr-2 rounded bg-red-800 px-2 py-0.5 text-sm text-white">{t("overdue")}</strong> : null}
        {i.title}
      </p>
      <p className="text-sm">
        {statusLabels[i.status]} · {i.owner ? i.owner.name : t("ownerClient")} · {i.dueOn ? t("dueOn", { date: day(i.dueOn) }) : t("noDue")}
        {i.completedAt ? ` · ${t("completedOn", { date: day(i.completedAt) })}` : ""}
      </p>
      {work.canWrite ? (
        <details className="mt-2">
          <summary className="cursor-pointer">{t("change")}</summary>
          <form action={updatePlanItemAction} className="mt-2 grid gap-3 sm:grid-cols-3">
            <Context {...work.hidden} />
            <input type="hidden" name="item" value={i.id} />
            <SelectField idPrefix={i.id} name="status" label={t("status")} options={statuses} defaultValue={i.status} />
            <SelectField idPrefix={i.id} name="ownerMembershipId" label={t("owner")} options={owners} defaultValue={i.owner?.membershipId ?? ""} />
            <TextField idPrefix={i.id} name="dueOn" type="date" label={t("due")} defaultValue={i.dueOn ?? ""} />
            <div className="flex flex-wrap gap-3 sm:col-span-3">
              <Button>{t("update")}</Button>
            </div>
          </form>
          <form action={deletePlanItemAction} className="mt-2">
            <Context {...work.hidden} />
            <input type="hidden" name="item" value={i.id} />
            <Button variant="danger">{tc("delete")}</Button>
          </form>
        </details>
      ) : null}
    </li>
  );

  return (
    <CaseworkFrame work={work} section="plan">
      <p>{t("intro")}</p>
      {overdue ? <p className="font-semibold text-red-800">{t("overdueCount", { count: overdue })}</p> : null}
      <section aria-labelledby="open-items" className="space-y-2">
        <h2 id="open-items" className="text-xl font-semibold">
          {t("open")}
        </h2>
        {open.length ? <ul className="space-y-2">{open.map(item)}</ul> : <p>{t("empty")}</p>}
      </section>
      {work.canWrite ? (
        <section aria-labelledby="form-title" id="form" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="form-title" className="text-xl font-semibold">
            {t("add")}
          </h2>
          <form action={addPlanItemAction} className="space-y-3">
            <Context {...work.hidden} />
            <TextField name="title" label={t("what")} maxLength={300} required error={work.fieldError("title")} />
            <div className="grid gap-3 sm:grid-cols-3">
              <SelectField name="ownerMembershipId" label={t("owner")} options={owners} defaultValue={work.ctx.membershipId ?? ""} error={work.fieldError("ownerMembershipId")} />
              <TextField name="dueOn" type="date" label={`${t("due")} ${tc("optional")}`} error={work.fieldError("dueOn")} />
              <SelectField name="status" label={t("status")} options={statuses} defaultValue="open" error={work.fieldError("status")} />
            </div>
            <Button>{t("submit")}</Button>
          </form>
        </section>
      ) : null}
      {closed.length ? (
        <section aria-labelledby="closed-items" className="space-y-2">
          <h2 id="closed-items" className="text-xl font-semibold">
            {t("closed")}
          </h2>
          <ul className="space-y-2">{closed.map(item)}</ul>
        </section>
      ) : null}
    </CaseworkFrame>
  );
}
