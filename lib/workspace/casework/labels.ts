import type { ClientStatus } from "../clients/schema";
import type { ActionStatus, FieldRelation, OutcomeKind, ReferralKind, ReferralStatus } from "./schema";

/**
 * Names of the casework's fixed values in English and French, shared by the
 * pages, the CSV export and the API's documentation.
 */

type Labels<K extends string> = Record<"en" | "fr", Record<K, string>>;

export const REFERRAL_KIND_LABELS: Labels<ReferralKind> = {
  en: {
    "bridging-program": "Bridging program",
    "language-training": "Language training",
    mentor: "Mentor",
    employer: "Employer",
    "credential-assessment": "Credential assessment",
    "other-agency": "Another agency",
  },
  fr: {
    "bridging-program": "Programme de transition",
    "language-training": "Formation linguistique",
    mentor: "Mentorat",
    employer: "Employeur",
    "credential-assessment": "Évaluation des diplômes",
    "other-agency": "Autre organisme",
  },
};

export const REFERRAL_STATUS_LABELS: Labels<ReferralStatus> = {
  en: { proposed: "Proposed", sent: "Sent", accepted: "Accepted", completed: "Completed", declined: "Declined", cancelled: "Cancelled" },
  fr: { proposed: "Proposée", sent: "Envoyée", accepted: "Acceptée", completed: "Menée à terme", declined: "Refusée", cancelled: "Annulée" },
};

export const ACTION_STATUS_LABELS: Labels<ActionStatus> = {
  en: { open: "To do", "in-progress": "In progress", done: "Done", dropped: "Dropped" },
  fr: { open: "À faire", "in-progress": "En cours", done: "Fait", dropped: "Abandonné" },
};

export const OUTCOME_KIND_LABELS: Labels<OutcomeKind> = {
  en: {
    "credential-assessed": "Credential assessment done",
    "language-level-reached": "Language level reached",
    "exam-passed": "Exam passed",
    licensed: "Licensed",
    "employed-in-profession": "Employed in the profession",
    "employed-alternative": "Employed in an alternative career",
    "in-training": "In training",
    "survival-job": "Survival job",
    "left-service": "Left the service",
  },
  fr: {
    "credential-assessed": "Évaluation des diplômes faite",
    "language-level-reached": "Niveau de langue atteint",
    "exam-passed": "Examen réussi",
    licensed: "Permis d’exercice obtenu",
    "employed-in-profession": "En emploi dans la profession",
    "employed-alternative": "En emploi dans une carrière connexe",
    "in-training": "En formation",
    "survival-job": "Emploi de subsistance",
    "left-service": "A quitté le service",
  },
};

export const FIELD_RELATION_LABELS: Labels<FieldRelation> = {
  en: { same: "In the person’s field", related: "A related field", unrelated: "Another field" },
  fr: { same: "Dans le domaine de la personne", related: "Un domaine connexe", unrelated: "Un autre domaine" },
};

export const CLIENT_STATUS_LABELS: Labels<ClientStatus> = {
  en: { intake: "Intake", active: "Active", "on-hold": "On hold", inactive: "Inactive", discharged: "Discharged" },
  fr: { intake: "Accueil", active: "Actif", "on-hold": "En pause", inactive: "Inactif", discharged: "Fin de suivi" },
};
