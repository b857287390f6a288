import type { AlternativeKind, CareerPath, ConstraintFlag, Gap, NamedDescriptor, Transfer } from "./types";

/** What an explanation is written from; no score, ever. */
export interface ExplanationFacts {
  titleEn: string;
  titleFr: string;
  kind: AlternativeKind;
  path: CareerPath;
  regulated: boolean;
  transfers: readonly Transfer[];
  gaps: readonly Gap[];
  flags: readonly ConstraintFlag[];
}

const NBSP = "\u00a0";
/** Descriptors named in a sentence. */
const NAMED_TRANSFERS = 3;
const NAMED_GAPS = 2;

/**
 * Descriptor names are few (a few hundred) and reused in every explanation;
 * remembering their plain form keeps string work off the hot path. The
 * result depends only on the name, so the cache cannot change an answer.
 */
const plainNames = new Map<string, string>();

/** "Oral Communication: Active Listening" -> "active listening"; acronyms keep their case. */
export function plainName(name: string): string {
  const known = plainNames.get(name);
  if (known !== undefined) return known;
  const tail = name.includes(":") ? name.slice(name.lastIndexOf(":") + 1) : name;
  const plain = tail
    .trim()
    .split(/\s+/)
    .map((w) => (/[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase()))
    .join(" ");
  if (plainNames.size < 5000) plainNames.set(name, plain);
  return plain;
}

/** Names joined by semicolons: many contain commas or "and" themselves ("vehicle, machinery and equipment operations"). */
function list(names: readonly string[]): string {
  return names.join("; ");
}

/**
 * Picks the descriptors to name: abilities (broad aptitudes such as near
 * vision) only when skills, knowledge and work activities do not supply
 * enough, since a counsellor talks about what someone knows and does.
 */
function pick<T extends NamedDescriptor>(items: readonly T[], count: number): T[] {
  const concrete = items.filter((d) => d.facet !== "abilities");
  return (concrete.length >= Math.min(2, count) ? concrete : items).slice(0, count);
}

const OPENING_EN: Record<AlternativeKind, (t: string) => string> = {
  "similar-scope": (t) => `The work of "${t}" is close in scope to your own; in many countries the two are part of one profession.`,
  "same-field": (t) => `"${t}" is a related occupation in your own field.`,
  "related-field": (t) => `"${t}" is in a neighbouring field that draws on much of what you already do.`,
  "unrelated-field": (t) => `"${t}" is in a different field, but it still uses skills you have built at work and in life.`,
};

const OPENING_FR: Record<AlternativeKind, (t: string) => string> = {
  "similar-scope": (t) =>
    `Le travail de la profession «${NBSP}${t}${NBSP}» est proche du vôtre par sa portée; dans bien des pays, les deux ne forment qu'une seule profession.`,
  "same-field": (t) => `«${NBSP}${t}${NBSP}» est une profession apparentée, dans votre propre domaine.`,
  "related-field": (t) => `«${NBSP}${t}${NBSP}» appartient à un domaine voisin qui fait appel à une bonne part de ce que vous faites déjà.`,
  "unrelated-field": (t) =>
    `«${NBSP}${t}${NBSP}» relève d'un autre domaine, mais fait appel à des compétences que vous avez acquises au travail et dans la vie.`,
};

function closingEn(f: ExplanationFacts): string {
  const licence = f.regulated ? "; like many professions, it requires a licence or registration in some provinces." : ".";
  if (f.path === "better-matched")
    return `It may fit what you actually did better than your profession's Canadian requirements do, which makes it a strong Plan 1A${licence}`;
  if (f.path === "interim") return "It can be a Plan 1A that keeps you working close to your field while you keep moving toward your own profession.";
  if (f.regulated) return "It is a regulated occupation: a licence or registration is required in some provinces.";
  if (f.flags.includes("language")) return "It asks for stronger English or French than you have today; language training would open it up.";
  if (f.flags.includes("time") || f.flags.includes("cost")) return "Getting there may take more time or money than you have planned for.";
  return "It is a Plan 1A worth exploring alongside your own profession.";
}

function closingFr(f: ExplanationFacts): string {
  const licence = f.regulated
    ? "; comme bien des professions, elle exige un permis ou une inscription dans certaines provinces."
    : ".";
  if (f.path === "better-matched")
    return `Cette profession pourrait mieux correspondre à ce que vous avez réellement fait que les exigences canadiennes de votre profession, ce qui en fait un solide plan 1A${licence}`;
  if (f.path === "interim")
    return `Cette profession peut servir de plan 1A${NBSP}: elle vous garde près de votre domaine pendant que vous poursuivez vos démarches vers votre propre profession.`;
  if (f.regulated) return `C'est une profession réglementée${NBSP}: un permis ou une inscription est exigé dans certaines provinces.`;
  if (f.flags.includes("language"))
    return "Cette profession demande un niveau d'anglais ou de français plus élevé que le vôtre aujourd'hui; une formation linguistique vous y donnerait accès.";
  if (f.flags.includes("time") || f.flags.includes("cost"))
    return "Y accéder pourrait demander plus de temps ou d'argent que ce que vous aviez prévu.";
  return "C'est un plan 1A à explorer en parallèle avec votre propre profession.";
}

/**
 * Four plain-language sentences a counsellor can read to a client, in
 * English and French: what kind of alternative it is, what carries over,
 * what to build up, and how it fits a Plan 1A (or what limits it).
 */
export function explain(f: ExplanationFacts): { en: string; fr: string } {
  const transfers = pick(f.transfers, NAMED_TRANSFERS);
  const gaps = pick(f.gaps, NAMED_GAPS);
  const en = [OPENING_EN[f.kind](f.titleEn)];
  const fr = [OPENING_FR[f.kind](f.titleFr)];
  if (transfers.length) {
    en.push(`What carries over directly: ${list(transfers.map((d) => plainName(d.nameEn)))}.`);
    fr.push(`Ce qui se transpose directement${NBSP}: ${list(transfers.map((d) => plainName(d.nameFr)))}.`);
  } else {
    en.push("It relies mostly on general work skills you already use.");
    fr.push("Ce travail repose surtout sur des compétences générales que vous utilisez déjà.");
  }
  if (gaps.length) {
    en.push(`${gaps.length > 1 ? "The main areas to build up" : "The main area to build up"}: ${list(gaps.map((d) => plainName(d.nameEn)))}.`);
    fr.push(`${gaps.length > 1 ? "Les principaux points à renforcer" : "Le principal point à renforcer"}${NBSP}: ${list(gaps.map((d) => plainName(d.nameFr)))}.`);
  } else {
    en.push("Your experience already meets its main requirements.");
    fr.push("Votre expérience répond déjà à ses principales exigences.");
  }
  en.push(closingEn(f));
  fr.push(closingFr(f));
  return { en: en.join(" "), fr: fr.join(" ") };
}
