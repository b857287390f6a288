/**
 * What changed between two versions of a client's match report: options
 * that appeared, left or moved (with both ranks), gaps closed or opened on
 * the options present in both, the engine or data version, and which of the
 * counsellor's answers changed. Pure: it reads the two saved versions and
 * recomputes nothing.
 */

export interface DiffGap {
  code: string;
  nameEn: string;
  nameFr: string;
}

export interface DiffOption {
  code: string;
  rank: number;
  titleEn: string;
  titleFr: string;
  gaps: readonly DiffGap[];
}

export interface DiffSide {
  version: number;
  engineVersion: string;
  dataVersion: string;
  /** The answers the version ran with (compared field by field). */
  answers: Readonly<Record<string, unknown>>;
  options: readonly DiffOption[];
}

export interface OptionRef {
  code: string;
  titleEn: string;
  titleFr: string;
}

export interface ReportDiff {
  fromVersion: number;
  toVersion: number;
  engine: { from: string; to: string } | null;
  data: { from: string; to: string } | null;
  /** Answer fields whose value changed (origin, provinces, languageClb, choices, constraints, assessment). */
  answers: string[];
  /** New in this version, best first. */
  appeared: (OptionRef & { rank: number })[];
  /** In the previous version only, in its order. */
  left: (OptionRef & { rank: number })[];
  /** In both at a different rank; `from` and `to` are the ranks (a smaller `to` moved up). */
  moved: (OptionRef & { from: number; to: number })[];
  /** In both at the same rank. */
  unchanged: number;
  /** Options in both whose gaps changed: gaps no longer there (closed) and new ones (opened). */
  gaps: (OptionRef & { closed: DiffGap[]; opened: DiffGap[] })[];
}

/** Stable JSON (object keys sorted) so two equal answers compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const named = (g: DiffGap): DiffGap => ({ code: g.code, nameEn: g.nameEn, nameFr: g.nameFr });
const ref = (o: DiffOption): OptionRef => ({ code: o.code, titleEn: o.titleEn, titleFr: o.titleFr });

/** The differences from `prev` to `next`. */
export function diffReports(prev: DiffSide, next: DiffSide): ReportDiff {
  const before = new Map(prev.options.map((o) => [o.code, o]));
  const after = new Map(next.options.map((o) => [o.code, o]));
  const keys = [...new Set([...Object.keys(prev.answers), ...Object.keys(next.answers)])].sort();
  const diff: ReportDiff = {
    fromVersion: prev.version,
    toVersion: next.version,
    engine: prev.engineVersion === next.engineVersion ? null : { from: prev.engineVersion, to: next.engineVersion },
    data: prev.dataVersion === next.dataVersion ? null : { from: prev.dataVersion, to: next.dataVersion },
    answers: keys.filter((k) => canonical(prev.answers[k]) !== canonical(next.answers[k])),
    appeared: [],
    left: [],
    moved: [],
    unchanged: 0,
    gaps: [],
  };
  for (const o of [...next.options].sort((a, b) => a.rank - b.rank)) {
    const old = before.get(o.code);
    if (!old) {
      diff.appeared.push({ ...ref(o), rank: o.rank });
      continue;
    }
    if (old.rank === o.rank) diff.unchanged += 1;
    else diff.moved.push({ ...ref(o), from: old.rank, to: o.rank });
    const oldGaps = new Set(old.gaps.map((g) => g.code));
    const newGaps = new Set(o.gaps.map((g) => g.code));
    const closed = old.gaps.filter((g) => !newGaps.has(g.code));
    const opened = o.gaps.filter((g) => !oldGaps.has(g.code));
    if (closed.length || opened.length) diff.gaps.push({ ...ref(o), closed: closed.map(named), opened: opened.map(named) });
  }
  for (const o of [...prev.options].sort((a, b) => a.rank - b.rank)) {
    if (!after.has(o.code)) diff.left.push({ ...ref(o), rank: o.rank });
  }
  return diff;
}

/** True when nothing at all changed between the two versions. */
export function isEmptyDiff(diff: ReportDiff): boolean {
  return !diff.engine && !diff.data && !diff.answers.length && !diff.appeared.length && !diff.left.length && !diff.moved.length && !diff.gaps.length;
}
