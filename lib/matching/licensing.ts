import { PROVINCE_NAMES } from "./constants";
import type { Bilingual, ProfessionKnowledge } from "./input";
import type { Licensing, PreparedData, PreparedOccupation, ProvinceFacts } from "./types";

/**
 * Licensing is never estimated from competency gaps: the time and cost of a
 * licence depend on the regulator's route, exams and prerequisites, not on
 * how far two competency profiles are apart. This module says what is known.
 */

/** What must come first for a target, whatever the origin (a specialist is a physician first). */
const PREREQUISITES: Readonly<Record<string, Bilingual>> = {
  "31302": {
    en: "A nurse practitioner is a registered nurse first, then completes a graduate (master's level) nurse practitioner program and registers as a nurse practitioner.",
    fr: "Une infirmière praticienne ou un infirmier praticien est d'abord infirmière ou infirmier autorisé, puis suit un programme d'infirmière praticienne de deuxième cycle (niveau maîtrise) et s'inscrit à ce titre.",
  },
  "31100": {
    en: "A specialist is a physician first: a medical degree, the physician licensing route, then a residency in the specialty and certification.",
    fr: "Un médecin spécialiste est d'abord médecin : un diplôme de médecine, le parcours d'obtention du permis, puis une résidence dans la spécialité et la certification.",
  },
  "31101": {
    en: "A surgeon is a physician first: a medical degree, the physician licensing route, then a surgical residency and certification.",
    fr: "Un chirurgien est d'abord médecin : un diplôme de médecine, le parcours d'obtention du permis, puis une résidence en chirurgie et la certification.",
  },
  "31102": {
    en: "Family medicine is open only to physicians: a medical degree first, then the licensing route and usually a family medicine residency.",
    fr: "La médecine familiale est réservée aux médecins : d'abord un diplôme de médecine, puis le parcours d'obtention du permis et, en général, une résidence en médecine familiale.",
  },
  "31300": {
    en: "Nursing coordinators and supervisors are usually registered nurses first, with years of practice.",
    fr: "Les coordonnateurs et superviseurs des soins infirmiers sont en général d'abord infirmiers autorisés, avec des années de pratique.",
  },
};

/** Routes where training in the origin counts towards the target (advanced standing), by origin unit group then target. */
const ADVANCED_STANDING: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  "31301": {
    "32101": {
      en: "Practical nurse regulators assess internationally educated registered nurses for practical nurse registration in several provinces, so your nursing education can count towards it: ask the regulator in your province.",
      fr: "Dans plusieurs provinces, les organismes de réglementation des infirmières auxiliaires évaluent les infirmières formées à l'étranger en vue de cette inscription : votre formation en soins infirmiers peut compter. Renseignez-vous auprès de l'organisme de votre province.",
    },
  },
  ...Object.fromEntries(
    ["31100", "31101", "31102"].map((physician) => [
      physician,
      {
        "31303": {
          en: "Physician assistants are regulated in only some provinces. Some physician assistant programs and employers give credit for a physician's medical training: ask the program and the regulator in your province.",
          fr: "Les adjoints au médecin ne sont réglementés que dans certaines provinces. Certains programmes et employeurs reconnaissent la formation médicale d'un médecin : renseignez-vous auprès du programme et de l'organisme de votre province.",
        },
      },
    ]),
  ),
};

/** Whether a licence is needed for the target in each of the person's provinces. */
export function provinceFacts(target: PreparedOccupation, provinces: readonly string[]): ProvinceFacts[] {
  const { scope, provinces: where } = target.licence;
  return provinces.map((province) => ({
    province,
    licence:
      scope === "none"
        ? "not-required"
        : scope === "everywhere"
          ? "required"
          : where === null
            ? "unknown"
            : where.includes(province)
              ? "required"
              : "not-required",
    wage: target.provincialWages[province] ?? null,
  }));
}

/** A licence is needed for this person: in any of their provinces (or one where it is not known), or anywhere when they gave none. */
export function licenceNeeded(target: PreparedOccupation, facts: readonly ProvinceFacts[]): boolean {
  if (target.licence.scope === "none") return false;
  return facts.length === 0 || facts.some((f) => f.licence !== "not-required");
}

/** "A, B and C" / "A, B et C". */
const listEn = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? ""));
const listFr = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} et ${items.at(-1)}` : (items[0] ?? ""));

const months = (min: number, max: number) => (min === max ? `${min}` : `${min} to ${max}`);
const moisFr = (min: number, max: number) => (min === max ? `${min}` : `${min} à ${max}`);
const money = (n: number) => `$${Math.round(n).toLocaleString("en-CA")}`;
const argent = (n: number) => `${Math.round(n).toLocaleString("fr-CA")} $`;

function route(guide: ProfessionKnowledge): NonNullable<Licensing["route"]> {
  const steps = guide.steps.map((s) => ({ ...s, exams: { en: [...s.exams.en], fr: [...s.exams.fr] } }));
  const costed = steps.filter((s) => s.minCost !== null && s.maxCost !== null);
  return {
    slug: guide.slug,
    title: guide.title,
    steps,
    minMonths: steps.reduce((sum, s) => sum + s.minMonths, 0),
    maxMonths: steps.reduce((sum, s) => sum + s.maxMonths, 0),
    minCost: costed.length ? costed.reduce((sum, s) => sum + s.minCost!, 0) : null,
    maxCost: costed.length ? costed.reduce((sum, s) => sum + s.maxCost!, 0) : null,
  };
}

/**
 * What is known about the licence for a target that needs one, for a
 * person from `originCode`: the guide's route when Parallel has a guide for
 * it (said to be for people already trained in it, when the person is not),
 * the prerequisites, routes where the person's training counts, and one
 * plain sentence.
 */
export function licensingFor(prepared: PreparedData, target: PreparedOccupation, originCode: string): Licensing {
  const guide = prepared.guides.get(target.code) ?? null;
  const sameGuide = guide !== null && guide.nocCodes.includes(originCode);
  const prerequisites: Bilingual[] = [];
  const known = PREREQUISITES[target.code];
  if (known && !sameGuide) prerequisites.push(known);
  if (guide && !sameGuide && !known) {
    prerequisites.push({
      en: `The route below is for people already trained as ${guide.title.en.toLowerCase()}: without that training, the profession's own education comes first.`,
      fr: `Le parcours ci-dessous s'adresse aux personnes déjà formées dans la profession (${guide.title.fr.toLowerCase()}) : sans cette formation, il faut d'abord suivre la formation propre à la profession.`,
    });
  }
  const standing = ADVANCED_STANDING[originCode]?.[target.code];
  const r = guide ? route(guide) : null;
  const { scope, provinces } = target.licence;
  const names = (provinces ?? []).map((p) => PROVINCE_NAMES[p] ?? { en: p, fr: p, frIn: p });
  const whereEn = scope === "everywhere" ? "in every province and territory" : names.length ? `in ${listEn(names.map((n) => n.en))}` : "in some provinces";
  const whereFr = scope === "everywhere" ? "dans toutes les provinces et tous les territoires" : names.length ? listFr(names.map((n) => n.frIn)) : "dans certaines provinces";
  let summary: Bilingual;
  if (r) {
    const costEn = r.minCost !== null && r.maxCost !== null ? `, and about ${money(r.minCost)} to ${money(r.maxCost)} in fees` : "";
    const costFr = r.minCost !== null && r.maxCost !== null ? `, et environ ${argent(r.minCost)} à ${argent(r.maxCost)} de frais` : "";
    summary = {
      en: `A licence is required ${whereEn}. For someone trained in it, the route takes about ${months(r.minMonths, r.maxMonths)} months${costEn} (Parallel's guide to ${r.title.en.toLowerCase()}).`,
      fr: `Un permis est exigé ${whereFr}. Pour une personne formée dans la profession, le parcours prend environ ${moisFr(r.minMonths, r.maxMonths)} mois${costFr} (guide de Parallel : ${r.title.fr.toLowerCase()}).`,
    };
  } else {
    summary = {
      en: `A licence or registration is required ${whereEn}. Ask the regulator in your province about the route: its time and cost depend on the regulator, not on your competencies.`,
      fr: `Un permis ou une inscription est exigé ${whereFr}. Renseignez-vous sur le parcours auprès de l'organisme de réglementation de votre province : sa durée et son coût dépendent de l'organisme, pas de vos compétences.`,
    };
  }
  return {
    scope: scope === "everywhere" ? "everywhere" : "some",
    provinces: provinces ? [...provinces] : null,
    route: r,
    prerequisites,
    advancedStanding: standing ? [standing] : [],
    summary,
  };
}
