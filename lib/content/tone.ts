import { datedClaims } from "./freshness";
import type { ProfessionFrontmatter } from "./schema";

/**
 * Tone and sourcing checks for profession pages (see `content/VOICE.md`).
 *
 * Pure functions, no I/O: `checkTone` takes the parsed frontmatter, the
 * markdown body and the date to judge the review date against, and returns a
 * list of human-readable violations (empty when the page is fine).
 */

/**
 * Framings that present an alternative career as a failure or a lesser
 * option. The product says "Plan 1A", "parallel career" or "alternative
 * career" instead. Patterns have no `g` flag, so they keep no state.
 */
export const BANNED_PHRASES: Record<"en" | "fr", readonly RegExp[]> = {
  en: [
    /\bplan[\s-]*b\b/i,
    /\blower[\s-]+level\b/i,
    /\bstep(?:s|ped|ping)?[\s-]+down\b/i,
    /\bdowngrad/i,
    /\bfall[\s-]*back\b/i,
    /\bsettl(?:e|es|ed|ing)\s+for\b/i,
    /\b(?:give|gives|gave|given|giving)\s+up\b/i,
    /\bfailed\s+(?:professional|doctor|physician|dentist|nurse|engineer|teacher|pharmacist)s?\b/i,
  ],
  fr: [
    /\bplan[\s-]*b\b/i,
    /\bniveaux?\s+inf[ée]rieure?s?\b/i,
    /\b(?:se|me|te|nous|vous)\s+(?:(?:nous|vous)\s+)?content(?:er|e|es|ons|ez|ent|ait|aient|era|erez|erait|é|ée|és|ées)\b/i,
    /\bcontentez-vous\b/i,
    /r[ée]trograd/i,
    /\bsolutions?\s+de\s+repli\b/i,
    /\babandon(?:n\w*|s)?\b/i,
  ],
};

/** A string somewhere in a page, with a readable path such as `alternatives[2].entry`. */
interface Located {
  where: string;
  text: string;
}

function collectStrings(value: unknown, where: string, out: Located[]): void {
  if (typeof value === "string") {
    out.push({ where, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectStrings(item, `${where}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      collectStrings(item, where ? `${where}.${key}` : key, out);
    }
  }
}

function bannedFramings(located: Located[]): string[] {
  const violations: string[] = [];
  // Both lists apply to every page: a French page quoting "Plan B", or an
  // English page saying "abandon", carries the same framing.
  const patterns = [...BANNED_PHRASES.en, ...BANNED_PHRASES.fr];
  for (const { where, text } of located) {
    const seen = new Set<string>();
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match && !seen.has(match[0].toLowerCase())) {
        seen.add(match[0].toLowerCase());
        violations.push(`Banned framing "${match[0]}" in ${where}`);
      }
    }
  }
  return violations;
}

function sourceViolations(fm: ProfessionFrontmatter): string[] {
  const violations: string[] = [];
  const sources = Array.isArray(fm.sources) ? fm.sources : [];
  const ids = new Set<string>();
  for (const source of sources) {
    if (ids.has(source.id)) violations.push(`Source id "${source.id}" is listed more than once in sources`);
    ids.add(source.id);
  }
  const check = (refs: unknown, what: string) => {
    if (!Array.isArray(refs) || refs.length === 0) {
      violations.push(`${what} names no source`);
      return;
    }
    for (const ref of refs) {
      if (typeof ref !== "string" || !ids.has(ref)) {
        violations.push(`${what} cites source id "${String(ref)}", which is not in sources`);
      }
    }
  };
  (fm.licensingSteps ?? []).forEach((step, i) => check(step.sources, `Licensing step ${i + 1} ("${step.title}")`));
  (fm.figures ?? []).forEach((figure, i) => check(figure.sources, `Figure ${i + 1} ("${figure.label}")`));
  return violations;
}

/** Midnight UTC of a calendar date, or null if the date does not exist. */
function utcDate(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d;
}

/**
 * Every dated claim's `checked` date is a real day, not in the future, and
 * not before the year its figure describes. Age is not a violation: an old
 * claim stays on the page with a "may be out of date" note (see ./freshness).
 */
function dateViolations(fm: ProfessionFrontmatter, today: Date): string[] {
  if (Number.isNaN(today.getTime())) return ["the date to check the checked dates against is not a valid date"];
  const todayIso = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())).toISOString().slice(0, 10);
  const claims = datedClaims(fm);
  if (!claims.length) return ["the page records no checked dates: every source, figure and step says when it was checked"];
  const violations: string[] = [];
  for (const claim of claims) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(claim.checked);
    if (!m || !utcDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      violations.push(`${claim.where}: checked "${claim.checked}" is not a real date written YYYY-MM-DD`);
    } else if (claim.checked > todayIso) {
      violations.push(`${claim.where}: checked ${claim.checked} is in the future`);
    } else if (claim.list !== "sources" && claim.year > Number(m[1])) {
      violations.push(`${claim.where}: a figure from ${claim.year} cannot have been checked in ${m[1]}`);
    }
  }
  return violations;
}

/**
 * Checks one profession page against the voice rules:
 * - no banned framing ("Plan B", "step down", "solution de repli", ...) in any
 *   string of the frontmatter or in the body;
 * - every licensing step and figure cites only source ids listed in `sources`;
 * - every `checked` date (sources, figures, steps) is real and not in the
 *   future, and no figure is checked before the year it describes;
 * - every story is labelled illustrative.
 */
export function checkTone(fm: ProfessionFrontmatter, body: string, today: Date): string[] {
  const located: Located[] = [];
  collectStrings(fm, "", located);
  located.push({ where: "body", text: body ?? "" });

  const violations = [...bannedFramings(located), ...sourceViolations(fm), ...dateViolations(fm, today)];

  (fm.stories ?? []).forEach((story, i) => {
    if (story.illustrative !== true) violations.push(`Story ${i + 1} ("${story.title}") is not labelled illustrative`);
  });
  return violations;
}
