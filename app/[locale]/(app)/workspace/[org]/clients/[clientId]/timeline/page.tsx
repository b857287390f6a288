import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { describeOutcome } from "@/components/workspace/casework/describe";
import { REFERRAL_KIND_LABELS, REFERRAL_STATUS_LABELS } from "@/lib/workspace/casework/labels";
import { timeline, type TimelineEntry } from "@/lib/workspace/casework/service";
import { NO_INDEX, dateFormats, type SearchParams } from "../../../../page-helpers";
import { CaseworkFrame, caseworkTitle, openCasework, type CaseworkParams } from "../casework-frame";

type Props = { params: CaseworkParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await caseworkTitle(params, "timeline"), robots: NO_INDEX };
}

/** Everything that happened with the client, newest first (reading it is recorded). */
export default async function TimelinePage({ params, searchParams }: Props) {
  const work = await openCasework(params, searchParams, "timeline");
  const [entries, t, to, { day, moment }] = await Promise.all([timeline(work.ctx, work.client.id), getTranslations("casework.timeline"), getTranslations("casework.outcomes"), dateFormats()]);
  const kinds = REFERRAL_KIND_LABELS[work.locale];
  const statuses = REFERRAL_STATUS_LABELS[work.locale];
  const level = (scale: string, value: number) => to("level", { scale, value });
  const what = (e: TimelineEntry): string | null => {
    switch (e.kind) {
      case "outcome":
        return describeOutcome(e.outcome, work.locale, level);
      case "referral-made":
        return `${kinds[e.referral.kind]}: ${e.referral.partner}`;
      case "referral-closed":
        return `${kinds[e.referral.kind]}: ${e.referral.partner} (${statuses[e.referral.status]})${e.referral.result ? `. ${e.referral.result}` : ""}`;
      case "note":
        return e.note.body;
      case "action-done":
        return e.item.title;
      case "report":
        return t("report", { version: e.report.version });
      default:
        return null;
    }
  };
  return (
    <CaseworkFrame work={work} section="timeline">
      <p>{t("intro")}</p>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
          {entries.map((e, i) => (
            <li key={`${e.kind}-${i}`} data-testid="timeline-entry" data-kind={e.kind}>
              <p className="text-sm text-[var(--color-muted)]">
                <time dateTime={e.date}>{e.date.length === 10 ? day(e.date) : moment(e.date)}</time> · {t(`kinds.${e.kind}`)}
              </p>
              {what(e) ? <p className="whitespace-pre-line">{what(e)}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </CaseworkFrame>
  );
}
