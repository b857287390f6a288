import { PHYSICAL_PREFIX, PROVINCE_NAMES } from "./constants";
import type { Bilingual } from "./input";
import type { AlternativeKind, CareerPath, ConstraintFlag, Gap, LanguageStep, NamedDescriptor, ProvinceFacts, Transfer } from "./types";

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
  /** The language step, when the person gave a level. */
  language?: LanguageStep;
  /** The person's provinces, when given. */
  provinces?: readonly ProvinceFacts[];
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
  if (f.regulated) return "It needs a licence or registration: see what is known of the route, and ask the regulator in your province.";
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
  if (f.regulated)
    return `Elle exige un permis ou une inscription${NBSP}: voyez ce que l'on sait du parcours et renseignez-vous auprès de l'organisme de votre province.`;
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
  if (f.language && f.language.levels > 0) {
    const { neededClb, personClb, months } = f.language;
    en.push(`It usually asks for about CLB ${neededClb}; you have CLB ${personClb}: about ${months} months of language training would bridge it.`);
    fr.push(`Elle demande en général environ le NCLC ${neededClb}${NBSP}; vous avez le NCLC ${personClb}${NBSP}: environ ${months}${NBSP}mois de formation linguistique combleraient l'écart.`);
  }
  for (const p of f.provinces ?? []) {
    const licenceEn = p.licence === "required" ? "a licence is required there" : p.licence === "not-required" ? "no licence is required there" : "check with the regulator whether a licence is required there";
    const licenceFr = p.licence === "required" ? "un permis y est exigé" : p.licence === "not-required" ? "aucun permis n'y est exigé" : "vérifiez auprès de l'organisme si un permis y est exigé";
    const wageEn = p.wage?.median ? `; median wage $${p.wage.median.toFixed(2)} an hour (${p.wage.year})` : "";
    const wageFr = p.wage?.median ? `${NBSP}; salaire médian ${p.wage.median.toFixed(2).replace(".", ",")}${NBSP}$ de l'heure (${p.wage.year})` : "";
    const name = PROVINCE_NAMES[p.province];
    en.push(`In ${name?.en ?? p.province}: ${licenceEn}${wageEn}.`);
    fr.push(`${capitalise(name?.frIn ?? p.province)}${NBSP}: ${licenceFr}${wageFr}.`);
  }
  return { en: en.join(" "), fr: fr.join(" ") };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A level in words, from its share of the descriptor's scale. */
function levelWords(level: number, scaleMax: number): Bilingual {
  const share = scaleMax > 0 ? level / scaleMax : 0;
  if (share <= 0.3) return { en: "basic", fr: "de base" };
  if (share <= 0.5) return { en: "fair", fr: "modeste" };
  if (share <= 0.7) return { en: "moderate", fr: "moyen" };
  if (share <= 0.9) return { en: "high", fr: "élevé" };
  return { en: "very high", fr: "très élevé" };
}

/**
 * Gaps in plain words, one line each: what the work asks for, what the
 * person brings and whether that is their own answer or an estimate from
 * their profession. Physical demands (strength, flexibility, balance,
 * endurance) are summarised in one line.
 */
export function describeGaps(gaps: readonly Gap[]): Bilingual[] {
  const physical = gaps.filter((g) => g.code.startsWith(PHYSICAL_PREFIX));
  const lines: Bilingual[] = [];
  for (const g of gaps) {
    if (g.code.startsWith(PHYSICAL_PREFIX)) {
      if (g !== physical[0]) continue;
      lines.push({
        en: `Physical demands (${physical.map((p) => plainName(p.nameEn)).join(", ")}): the work is more physical than your profession.`,
        fr: `Exigences physiques (${physical.map((p) => plainName(p.nameFr)).join(", ")})${NBSP}: le travail est plus physique que votre profession.`,
      });
      continue;
    }
    const need = levelWords(g.requiredLevel, g.scaleMax);
    const have = levelWords(g.personLevel, g.scaleMax);
    const fromEn = g.source === "answer" ? "your answer" : "estimated from your profession";
    const fromFr = g.source === "answer" ? "selon votre réponse" : "estimé d'après votre profession";
    lines.push({
      en: `${plainName(g.nameEn)}: the work asks for a ${need.en} level; you bring a ${have.en} level (${fromEn}).`,
      fr: `${plainName(g.nameFr)}${NBSP}: le travail demande un niveau ${need.fr}${NBSP}; vous apportez un niveau ${have.fr} (${fromFr}).`,
    });
  }
  return lines;
}
