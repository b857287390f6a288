/** The words of a report's PDF, in both languages (the PDF is drawn outside next-intl). */

export interface PdfText {
  title: string;
  organization: string;
  client: string;
  reportDate: string;
  version: (n: number) => string;
  engine: string;
  data: string;
  generated: string;
  ownProfession: string;
  options: string;
  optionsIntro: (n: number, total: number) => string;
  code: (code: string) => string;
  fit: (percent: number) => string;
  licenceRequired: string;
  curated: string;
  decisions: Record<"shortlisted" | "set-aside" | "open", string>;
  reason: string;
  note: string;
  gaps: string;
  noGaps: string;
  gettingThere: string;
  first: string;
  standing: string;
  routeSteps: string;
  months: (min: number, max: number) => string;
  cost: (min: string, max: string) => string;
  estimate: (months: number, cost: string) => string;
  noTraining: string;
  language: (needed: number, person: number | null, months: number) => string;
  nextSteps: string;
  nextStepsIntro: string;
  nextStepsNone: string;
  sources: string;
  sourcesIntro: string;
  checked: (date: string) => string;
  page: (n: number, total: number) => string;
  honesty: string;
}

export const PDF_TEXT: Record<"en" | "fr", PdfText> = {
  en: {
    title: "Career options report",
    organization: "Organization",
    client: "Client (name or pseudonym)",
    reportDate: "Report of",
    version: (n) => `Version ${n}`,
    engine: "Matching engine",
    data: "Reference data",
    generated: "Printed on",
    ownProfession: "Your own profession",
    options: "Options, best fit first",
    optionsIntro: (n, total) => `The ${n} closest options out of ${total} occupations that fit the constraints given, as they were when the report was made.`,
    code: (code) => `NOC ${code}`,
    fit: (percent) => `Fit ${percent}/100`,
    licenceRequired: "Licence required",
    curated: "Named in the profession guide",
    decisions: { shortlisted: "Shortlisted", "set-aside": "Set aside", open: "Open" },
    reason: "Reason",
    note: "Note",
    gaps: "What to build",
    noGaps: "No competency gaps.",
    gettingThere: "Getting there",
    first: "First:",
    standing: "Your training may count:",
    routeSteps: "Licensing steps (from the profession guide)",
    months: (min, max) => (min === max ? `about ${min} months` : `${min} to ${max} months`),
    cost: (min, max) => (min === max ? `about ${min}` : `${min} to ${max}`),
    estimate: (months, cost) => `About ${months} months of training and about ${cost} in fees: a rough estimate from the competency gaps.`,
    noTraining: "Little or no training needed.",
    language: (needed, person, months) =>
      person === null
        ? `This work usually asks for CLB ${needed}.`
        : `This work usually asks for CLB ${needed}; you have CLB ${person}${months > 0 ? `: about ${months} months of language training` : ""}.`,
    nextSteps: "Roadmap: first steps for the shortlisted options",
    nextStepsIntro: "The first concrete step of each option the counsellor shortlisted.",
    nextStepsNone: "No option is shortlisted yet.",
    sources: "Sources",
    sourcesIntro: "Where the figures and routes in this report come from.",
    checked: (date) => `checked ${date}`,
    page: (n, total) => `Page ${n} of ${total}`,
    honesty: "Where work needs a licence, this report says what is known of the route instead of guessing its time or cost from competency gaps.",
  },
  fr: {
    title: "Rapport d’options de carrière",
    organization: "Organisme",
    client: "Personne (nom ou pseudonyme)",
    reportDate: "Rapport du",
    version: (n) => `Version ${n}`,
    engine: "Moteur de correspondance",
    data: "Données de référence",
    generated: "Imprimé le",
    ownProfession: "Votre profession",
    options: "Options, de la plus proche à la moins proche",
    optionsIntro: (n, total) => `Les ${n} options les plus proches parmi ${total} professions qui respectent les contraintes indiquées, telles qu’elles étaient au moment du rapport.`,
    code: (code) => `CNP ${code}`,
    fit: (percent) => `Proximité ${percent}/100`,
    licenceRequired: "Permis exigé",
    curated: "Cité dans le guide de la profession",
    decisions: { shortlisted: "Retenue", "set-aside": "Écartée", open: "À décider" },
    reason: "Raison",
    note: "Note",
    gaps: "Ce qu’il faut développer",
    noGaps: "Aucun écart de compétences.",
    gettingThere: "Pour y arriver",
    first: "D’abord :",
    standing: "Votre formation peut compter :",
    routeSteps: "Étapes du permis (selon le guide de la profession)",
    months: (min, max) => (min === max ? `environ ${min} mois` : `de ${min} à ${max} mois`),
    cost: (min, max) => (min === max ? `environ ${min}` : `de ${min} à ${max}`),
    estimate: (months, cost) => `Environ ${months} mois de formation et environ ${cost} de frais : une estimation approximative tirée des écarts de compétences.`,
    noTraining: "Peu ou pas de formation nécessaire.",
    language: (needed, person, months) =>
      person === null
        ? `Ce travail demande d’habitude le NCLC ${needed}.`
        : `Ce travail demande d’habitude le NCLC ${needed}; vous avez le NCLC ${person}${months > 0 ? ` : environ ${months} mois de formation linguistique` : ""}.`,
    nextSteps: "Feuille de route : premières étapes des options retenues",
    nextStepsIntro: "La première étape concrète de chaque option retenue par la personne conseillère.",
    nextStepsNone: "Aucune option n’est encore retenue.",
    sources: "Sources",
    sourcesIntro: "D’où viennent les chiffres et les parcours de ce rapport.",
    checked: (date) => `vérifiée le ${date}`,
    page: (n, total) => `Page ${n} sur ${total}`,
    honesty: "Quand un travail exige un permis, ce rapport dit ce que l’on sait du parcours au lieu d’en deviner la durée ou le coût à partir des écarts de compétences.",
  },
};
