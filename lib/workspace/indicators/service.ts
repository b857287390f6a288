import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { forbidden, record } from "../audit";
import { CLIENT_STATUSES, type ClientStatus } from "../clients/schema";
import type { OrgContext } from "../context";
import { withOrg, type Tx } from "../tenant";
import { REFERRAL_KINDS, type ReferralKind } from "../casework/schema";
import { MIN_CELL, csvCell, share, suppressRow, type Cell } from "./suppress";

/**
 * An organization's indicators of success, computed by the database in a
 * few aggregate queries (one transaction), every count a number of people
 * and suppressed under five (./suppress.ts) before it leaves this module.
 */

export const JOB_CATEGORIES = ["field", "related", "unrelated", "survival"] as const;
export type JobCategory = (typeof JOB_CATEGORIES)[number];

const isoDate = z.iso.date({ error: "Use a date like 2026-03-01." });

export const indicatorsQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(["json", "csv"]).optional(),
    locale: z.enum(["en", "fr"]).optional(),
    org: z.string().max(60).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: "The start must come before the end.", path: ["from"] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 10 * 366 * 86_400_000, { error: "At most ten years at a time.", path: ["from"] });
export type IndicatorsQuery = z.infer<typeof indicatorsQuerySchema>;

export interface Range {
  from: string;
  to: string;
}

export interface QuarterRow {
  /** e.g. 2026-Q3 */
  quarter: string;
  /** Last day of the quarter (or the range's end, if earlier). */
  asOf: string;
  cells: Record<JobCategory, Cell>;
  total: Cell;
  shares: Record<JobCategory, number | null>;
}

export interface Indicators {
  range: Range;
  minCell: number;
  caseload: { statuses: { status: ClientStatus; cell: Cell }[]; total: Cell };
  professions: { rows: { code: string | null; titleEn: string | null; titleFr: string | null; cell: Cell }[]; total: Cell };
  /** Clients first seen in the range who agree to their results being followed, and how long they took to reach a first milestone (any outcome but leaving). */
  milestone: { cohort: Cell; reached: Cell; notYet: Cell; days: { p25: number; median: number; p75: number } | null };
  /** At the end of each quarter, clients (first seen by then, agreeing to their results being followed) by their most recent job: in their field, related, unrelated, survival job. */
  employment: QuarterRow[];
  /** Clients referred in the range, by kind, and those whose referral of that kind was completed. */
  referrals: { kind: ReferralKind; made: Cell; completed: Cell; notCompleted: Cell; rate: number | null }[];
}

const today = () => new Date().toISOString().slice(0, 10);
const day = (d: Date) => d.toISOString().slice(0, 10);

function quarterStart(iso: string): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1));
}

/** The range asked for, or the last eight quarters up to today. */
export function resolveRange(query: Pick<IndicatorsQuery, "from" | "to">): Range {
  const to = query.to ?? today();
  if (query.from) return { from: query.from, to };
  const start = quarterStart(to);
  start.setUTCMonth(start.getUTCMonth() - 21);
  return { from: day(start), to };
}

/** The quarters the range touches, the last eight at most, each with the day it is read at. */
export function quartersOf(range: Range): { quarter: string; asOf: string }[] {
  const out: { quarter: string; asOf: string }[] = [];
  const cursor = quarterStart(range.to);
  const first = quarterStart(range.from);
  while (cursor >= first && out.length < 8) {
    const end = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 3, 0));
    const asOf = day(end) < range.to ? day(end) : range.to;
    out.unshift({ quarter: `${cursor.getUTCFullYear()}-Q${cursor.getUTCMonth() / 3 + 1}`, asOf });
    cursor.setUTCMonth(cursor.getUTCMonth() - 3);
  }
  return out;
}

type Count = { n: bigint | number };
const num = (v: bigint | number | null | undefined) => Number(v ?? 0);

/** The raw figures (never published as they are: see `indicators`). */
export async function rawFigures(tx: Tx, orgId: string, range: Range) {
  const from = range.from;
  const to = range.to;
  const quarters = quartersOf(range);
  const [statuses, origins, milestone, jobs, referrals] = await Promise.all([
    tx.$queryRaw<(Count & { status: string })[]>`
      SELECT status, count(*) AS n FROM client
      WHERE organization_id = ${orgId}::uuid AND first_visit_on <= ${to}::date AND (discharged_at IS NULL OR discharged_at >= ${from}::date)
      GROUP BY status`,
    tx.$queryRaw<(Count & { code: string | null; title_en: string | null; title_fr: string | null })[]>`
      SELECT c.origin_code AS code, o.title_en, o.title_fr, count(*) AS n FROM client c LEFT JOIN occupation o ON o.code = c.origin_code
      WHERE c.organization_id = ${orgId}::uuid AND c.first_visit_on <= ${to}::date AND (c.discharged_at IS NULL OR c.discharged_at >= ${from}::date)
      GROUP BY c.origin_code, o.title_en, o.title_fr`,
    tx.$queryRaw<{ cohort: bigint; reached: bigint; p25: number | null; median: number | null; p75: number | null }[]>`
      WITH cohort AS (
        SELECT id, first_visit_on FROM client
        WHERE organization_id = ${orgId}::uuid AND first_visit_on BETWEEN ${from}::date AND ${to}::date
          AND 'outcomes' = ANY(consent_scopes) AND (consent_expires_at IS NULL OR consent_expires_at > CURRENT_DATE)
      ), firsts AS (
        SELECT c.id, min(o.occurred_on) - c.first_visit_on AS days
        FROM cohort c JOIN outcome o ON o.client_id = c.id AND o.organization_id = ${orgId}::uuid
        WHERE o.kind <> 'left-service' AND o.occurred_on >= c.first_visit_on AND o.occurred_on <= ${to}::date
        GROUP BY c.id, c.first_visit_on
      )
      SELECT (SELECT count(*) FROM cohort) AS cohort, count(*) AS reached,
        percentile_cont(0.25) WITHIN GROUP (ORDER BY days) AS p25,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
        percentile_cont(0.75) WITHIN GROUP (ORDER BY days) AS p75
      FROM firsts`,
    tx.$queryRaw<(Count & { as_of: Date; category: JobCategory })[]>`
      WITH jobs AS (
        SELECT o.client_id, o.occurred_on, o.created_at, c.first_visit_on,
          CASE WHEN o.kind = 'employed-in-profession' OR o.field_relation = 'same' THEN 'field'
               WHEN o.kind = 'employed-alternative' AND o.field_relation = 'related' THEN 'related'
               WHEN o.kind = 'employed-alternative' THEN 'unrelated'
               ELSE 'survival' END AS category
        FROM outcome o JOIN client c ON c.id = o.client_id AND c.organization_id = ${orgId}::uuid
          AND 'outcomes' = ANY(c.consent_scopes) AND (c.consent_expires_at IS NULL OR c.consent_expires_at > CURRENT_DATE)
        WHERE o.organization_id = ${orgId}::uuid AND o.kind IN ('employed-in-profession', 'employed-alternative', 'survival-job') AND o.occurred_on <= ${to}::date
      ), quarters AS (SELECT unnest(${quarters.map((q) => q.asOf)}::date[]) AS as_of)
      SELECT q.as_of, latest.category, count(*) AS n
      FROM quarters q CROSS JOIN LATERAL (
        SELECT DISTINCT ON (j.client_id) j.category FROM jobs j WHERE j.occurred_on <= q.as_of AND j.first_visit_on <= q.as_of
        ORDER BY j.client_id, j.occurred_on DESC, j.created_at DESC
      ) latest
      GROUP BY q.as_of, latest.category`,
    tx.$queryRaw<{ kind: string; made: bigint; completed: bigint }[]>`
      SELECT kind, count(DISTINCT client_id) AS made, count(DISTINCT client_id) FILTER (WHERE status = 'completed') AS completed
      FROM referral
      WHERE organization_id = ${orgId}::uuid AND referred_on BETWEEN ${from}::date AND ${to}::date
      GROUP BY kind`,
  ]);
  const m = milestone[0];
  return {
    statuses: Object.fromEntries(statuses.map((r) => [r.status, num(r.n)])) as Record<string, number>,
    origins: origins.map((r) => ({ code: r.code, titleEn: r.title_en, titleFr: r.title_fr, n: num(r.n) })),
    milestone: { cohort: num(m?.cohort), reached: num(m?.reached), p25: m?.p25 ?? null, median: m?.median ?? null, p75: m?.p75 ?? null },
    jobs: quarters.map((q) => {
      const at = jobs.filter((j) => day(j.as_of) === q.asOf);
      return { ...q, counts: Object.fromEntries(JOB_CATEGORIES.map((c) => [c, num(at.find((j) => j.category === c)?.n)])) as Record<JobCategory, number> };
    }),
    referrals: Object.fromEntries(referrals.map((r) => [r.kind, { made: num(r.made), completed: num(r.completed) }])) as Record<string, { made: number; completed: number }>,
  };
}

type Raw = Awaited<ReturnType<typeof rawFigures>>;

/** Applies small-cell suppression to the raw figures: what may be published. */
export function publish(range: Range, raw: Raw): Indicators {
  const statusRow = suppressRow(CLIENT_STATUSES.map((s) => raw.statuses[s] ?? 0), { total: true });
  const origins = [...raw.origins].sort((a, b) => b.n - a.n || (a.code ?? "~").localeCompare(b.code ?? "~"));
  const originRow = suppressRow(origins.map((o) => o.n), { total: true });
  const m = raw.milestone;
  const milestoneRow = suppressRow([m.reached, m.cohort - m.reached], { total: true });
  const days = milestoneRow.cells[0]!.state === "shown" && m.median !== null ? { p25: Math.round(m.p25!), median: Math.round(m.median), p75: Math.round(m.p75!) } : null;
  return {
    range,
    minCell: MIN_CELL,
    caseload: { statuses: CLIENT_STATUSES.map((status, i) => ({ status, cell: statusRow.cells[i]! })), total: statusRow.total! },
    professions: { rows: origins.map((o, i) => ({ code: o.code, titleEn: o.titleEn, titleFr: o.titleFr, cell: originRow.cells[i]! })), total: originRow.total! },
    milestone: { cohort: milestoneRow.total!, reached: milestoneRow.cells[0]!, notYet: milestoneRow.cells[1]!, days },
    employment: raw.jobs.map((q) => {
      const row = suppressRow(JOB_CATEGORIES.map((c) => q.counts[c]), { total: true });
      const cells = Object.fromEntries(JOB_CATEGORIES.map((c, i) => [c, row.cells[i]!])) as Record<JobCategory, Cell>;
      return {
        quarter: q.quarter,
        asOf: q.asOf,
        cells,
        total: row.total!,
        shares: Object.fromEntries(JOB_CATEGORIES.map((c) => [c, share(cells[c], row.total)])) as Record<JobCategory, number | null>,
      };
    }),
    referrals: REFERRAL_KINDS.map((kind) => {
      const r = raw.referrals[kind] ?? { made: 0, completed: 0 };
      const row = suppressRow([r.completed, r.made - r.completed], { total: true });
      return { kind, made: row.total!, completed: row.cells[0]!, notCompleted: row.cells[1]!, rate: share(row.cells[0]!, row.total) };
    }),
  };
}

function allow(ctx: OrgContext) {
  if (!can(ctx.role, "indicators.read")) throw forbidden();
}

/** The organization's indicators for a range (recorded as indicators.read, or indicators.export for a download). */
export async function indicators(ctx: OrgContext, query: Pick<IndicatorsQuery, "from" | "to">, action: "indicators.read" | "indicators.export" = "indicators.read"): Promise<Indicators> {
  allow(ctx);
  const range = resolveRange(query);
  return withOrg(ctx.org.id, async (tx) => {
    const raw = await rawFigures(tx, ctx.org.id, range);
    await record(tx, ctx, { action, subjectType: "indicators", detail: { from: range.from, to: range.to } });
    return publish(range, raw);
  });
}

// ---------------------------------------------------------------- CSV

const LABELS = {
  en: {
    header: ["indicator", "period", "group", "measure", "value"],
    caseloadStatus: "caseload by status",
    caseloadProfession: "caseload by profession",
    milestone: "time to first milestone",
    employment: "clients by most recent job",
    referrals: "referrals",
    notRecorded: "not recorded",
    total: "total",
    cohort: "clients first seen",
    reached: "reached a milestone",
    notYet: "not yet",
    p25: "days, 25th percentile",
    median: "days, median",
    p75: "days, 75th percentile",
    made: "clients referred",
    completed: "completed",
    notCompleted: "not completed",
    legend: `<${MIN_CELL}: fewer than ${MIN_CELL} people; x: hidden so that a count under ${MIN_CELL} cannot be worked out`,
  },
  fr: {
    header: ["indicateur", "période", "groupe", "mesure", "valeur"],
    caseloadStatus: "dossiers par statut",
    caseloadProfession: "dossiers par profession",
    milestone: "délai avant une première étape",
    employment: "clients selon leur emploi le plus récent",
    referrals: "orientations",
    notRecorded: "non indiquée",
    total: "total",
    cohort: "clients vus une première fois",
    reached: "ont franchi une étape",
    notYet: "pas encore",
    p25: "jours, 25e centile",
    median: "jours, médiane",
    p75: "jours, 75e centile",
    made: "clients orientés",
    completed: "menées à terme",
    notCompleted: "non menées à terme",
    legend: `<${MIN_CELL} : moins de ${MIN_CELL} personnes ; x : masqué pour qu’un nombre inférieur à ${MIN_CELL} ne puisse pas être calculé`,
  },
} as const;

export const JOB_LABELS: Record<"en" | "fr", Record<JobCategory, string>> = {
  en: { field: "in their field", related: "related field", unrelated: "other field", survival: "survival job" },
  fr: { field: "dans leur domaine", related: "domaine connexe", unrelated: "autre domaine", survival: "emploi de subsistance" },
};

/** A spreadsheet would run a leading =, +, - or @ as a formula. */
function csvText(value: string): string {
  const safe = /^[=+\-@\t]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
const csvValue = csvCell;

/** The indicators as CSV, one figure a line; suppressed counts read `<5` or `x` (explained on the last line). */
export function indicatorsCsv(data: Indicators, locale: "en" | "fr", statusLabel: (s: ClientStatus) => string, kindLabel: (k: ReferralKind) => string): string {
  const L = LABELS[locale];
  const period = `${data.range.from}/${data.range.to}`;
  const lines: string[][] = [[...L.header]];
  for (const s of data.caseload.statuses) lines.push([L.caseloadStatus, period, statusLabel(s.status), "", csvValue(s.cell)]);
  lines.push([L.caseloadStatus, period, L.total, "", csvValue(data.caseload.total)]);
  for (const p of data.professions.rows)
    lines.push([L.caseloadProfession, period, p.code ? `${p.code} ${(locale === "fr" ? p.titleFr : p.titleEn) ?? ""}`.trim() : L.notRecorded, "", csvValue(p.cell)]);
  lines.push([L.caseloadProfession, period, L.total, "", csvValue(data.professions.total)]);
  lines.push([L.milestone, period, "", L.cohort, csvValue(data.milestone.cohort)]);
  lines.push([L.milestone, period, "", L.reached, csvValue(data.milestone.reached)]);
  lines.push([L.milestone, period, "", L.notYet, csvValue(data.milestone.notYet)]);
  if (data.milestone.days)
    for (const k of ["p25", "median", "p75"] as const) lines.push([L.milestone, period, "", L[k], String(data.milestone.days[k])]);
  for (const q of data.employment) {
    for (const c of JOB_CATEGORIES) lines.push([L.employment, q.quarter, JOB_LABELS[locale][c], "", csvValue(q.cells[c])]);
    lines.push([L.employment, q.quarter, L.total, "", csvValue(q.total)]);
  }
  for (const r of data.referrals) {
    lines.push([L.referrals, period, kindLabel(r.kind), L.made, csvValue(r.made)]);
    lines.push([L.referrals, period, kindLabel(r.kind), L.completed, csvValue(r.completed)]);
    lines.push([L.referrals, period, kindLabel(r.kind), L.notCompleted, csvValue(r.notCompleted)]);
  }
  lines.push([L.legend, "", "", "", ""]);
  return lines.map((l) => l.map(csvText).join(",")).join("\r\n") + "\r\n";
}
