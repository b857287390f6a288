import "server-only";
import { can } from "@/lib/auth/permissions";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { overallClb, toClbLevels, type LanguageTest } from "@/lib/journeys/clb";
import { answersSchema, type JourneyAnswers } from "@/lib/journeys/schema";
import { hashToken, isToken } from "@/lib/journeys/token";
import { db } from "@/lib/db";
import { forbidden, record } from "./audit";
import type { OrgContext } from "./context";
import { normalizeShareCode } from "./organizations";
import { insertClient, type ClientView } from "./clients/service";
import type { ClientCreate } from "./clients/schema";
import { inTenant, setOrg, withOrg } from "./tenant";

/**
 * A person who saved a journey shares it with an organization (the share code
 * their counsellor gave them, and their explicit consent); the organization's
 * counsellors see it and import it into a client file; the person can
 * withdraw the share at any time, which deletes it. A file already imported
 * stays the organization's record; nothing more flows from the journey.
 */

/** The consent the person gives, stored with the share in the language it was shown. */
export const SHARE_CONSENT = {
  en: (org: string) =>
    `I share my saved answers (profession, country of training, provinces, arrival, language levels, assessment, self-assessment) with ${org}, so a counsellor can open a client file for me. I can withdraw this at any time from this page.`,
  fr: (org: string) =>
    `Je communique mes réponses enregistrées (profession, pays de formation, provinces, arrivée, niveaux de langue, évaluation, autoévaluation) à ${org}, afin qu’une personne conseillère m’ouvre un dossier. Je peux retirer ce partage à tout moment depuis cette page.`,
};

const badCode = () =>
  new InvalidInputError(
    { en: "No organization has this code. Check it with your counsellor (8 letters and digits, like K7M4-Q2XP).", fr: "Aucun organisme n’a ce code. Vérifiez-le auprès de votre conseiller ou conseillère (8 lettres et chiffres, comme K7M4-Q2XP)." },
    "code",
  );

async function journeyId(token: string): Promise<string | null> {
  if (!isToken(token)) return null;
  const row = await db().savedJourney.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, expiresAt: true } });
  return row && row.expiresAt > new Date() ? row.id : null;
}

export interface ShareOfJourney {
  id: string;
  organization: string;
  consentedAt: string;
  imported: boolean;
}

/** The organizations this journey is shared with (for its holder). */
export async function sharesOfJourney(token: string): Promise<ShareOfJourney[]> {
  const id = await journeyId(token);
  if (!id) return [];
  return inTenant({ journeyId: id }, async (tx) => {
    const rows = await tx.journeyShare.findMany({ where: { savedJourneyId: id }, orderBy: { consentedAt: "asc" } });
    const out: ShareOfJourney[] = [];
    for (const row of rows) {
      await setOrg(tx, row.organizationId);
      const org = await tx.organization.findFirst({ where: { id: row.organizationId }, select: { name: true } });
      out.push({ id: row.id, organization: org?.name ?? "", consentedAt: row.consentedAt.toISOString(), imported: row.importedAt !== null });
    }
    return out;
  });
}

/** The holder of `token` shares the journey with the organization of `code`; returns its name. */
export async function shareJourney(token: string, code: string, consent: boolean, locale: "en" | "fr"): Promise<string> {
  if (!consent)
    throw new InvalidInputError({ en: "Tick the box to agree to share your answers.", fr: "Cochez la case pour accepter de partager vos réponses." }, "consent");
  const shareCode = normalizeShareCode(code);
  if (!shareCode) throw badCode();
  const id = await journeyId(token);
  if (!id) throw new NotFoundError({ en: "This saved journey no longer exists.", fr: "Ce parcours enregistré n’existe plus." });
  return inTenant({ journeyId: id, shareCode }, async (tx) => {
    const org = await tx.organization.findFirst({ where: { shareCode }, select: { id: true, name: true } });
    if (!org) throw badCode();
    await setOrg(tx, org.id);
    const existing = await tx.journeyShare.findFirst({ where: { organizationId: org.id, savedJourneyId: id } });
    if (!existing) await tx.journeyShare.create({ data: { organizationId: org.id, savedJourneyId: id, consentText: SHARE_CONSENT[locale](org.name) } });
    return org.name;
  });
}

/** The holder withdraws a share: it is deleted. */
export async function withdrawShare(token: string, shareId: string): Promise<boolean> {
  const id = await journeyId(token);
  if (!id) return false;
  return inTenant({ journeyId: id }, async (tx) => (await tx.journeyShare.deleteMany({ where: { id: shareId, savedJourneyId: id } })).count === 1);
}

export interface IncomingShare {
  id: string;
  consentedAt: string;
  consentText: string;
  kind: string;
  occupation: { code: string; title: string } | null;
  country: string | null;
  provinces: string[];
  importedClientId: string | null;
}

/** Journeys shared with the organization, newest first. */
export async function incomingShares(ctx: OrgContext): Promise<IncomingShare[]> {
  if (!can(ctx.role, "client.read")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    const rows = await tx.journeyShare.findMany({
      where: { organizationId: ctx.org.id },
      include: { savedJourney: { select: { kind: true, answers: true } } },
      orderBy: { consentedAt: "desc" },
      take: 200,
    });
    return rows.map((row) => {
      const answers = answersSchema.safeParse(row.savedJourney.answers);
      const a: JourneyAnswers = answers.success ? answers.data : {};
      return {
        id: row.id,
        consentedAt: row.consentedAt.toISOString(),
        consentText: row.consentText,
        kind: row.savedJourney.kind,
        occupation: a.profession ? { code: a.profession.occupation, title: a.profession.occupationTitle } : null,
        country: a.profession?.country ?? null,
        provinces: a.plans?.provinces ?? [],
        importedClientId: row.importedClientId,
      };
    });
  });
}

/** What a journey's answers give a client file. */
export function clientFromAnswers(answers: JourneyAnswers, displayName: string, consentedAt: Date): ClientCreate {
  const plans = answers.plans;
  let clbEnglish: number | null = null;
  let nclcFrench: number | null = null;
  if (plans && plans.test !== "none" && [plans.listening, plans.reading, plans.writing, plans.speaking].every((s) => typeof s === "number")) {
    const test = plans.test as LanguageTest;
    const level = overallClb(toClbLevels(test, { listening: plans.listening!, reading: plans.reading!, writing: plans.writing!, speaking: plans.speaking! }));
    if (test === "tef" || test === "tcf") nclcFrench = level;
    else clbEnglish = level;
  }
  const arrival = plans?.arrivalYear ? `${plans.arrivalYear}-${String(plans.arrivalMonth ?? 1).padStart(2, "0")}-01` : null;
  return {
    displayName,
    originCode: answers.profession?.occupation ?? null,
    countryOfTraining: answers.profession?.country ?? null,
    provinces: plans?.provinces ?? [],
    arrivalDate: arrival,
    clbEnglish,
    nclcFrench,
    consent: { scopes: ["record", "match"], givenAt: consentedAt.toISOString().slice(0, 10), expiresAt: null },
    status: "intake",
  };
}

/** Opens a client file from a shared journey (the counsellor chooses the name). */
export async function importShare(ctx: OrgContext, shareId: string, displayName: string): Promise<ClientView> {
  if (!can(ctx.role, "share.import") || !can(ctx.role, "client.write")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    const share = await tx.journeyShare.findFirst({ where: { id: shareId, organizationId: ctx.org.id }, include: { savedJourney: { select: { answers: true } } } });
    if (!share) throw new NotFoundError({ en: "This share was withdrawn or does not exist.", fr: "Ce partage a été retiré ou n’existe pas." });
    if (share.importedClientId)
      throw new InvalidInputError({ en: "This journey is already in a client file.", fr: "Ce parcours est déjà dans un dossier client." }, "share");
    const parsed = answersSchema.safeParse(share.savedJourney.answers);
    const client = await insertClient(tx, ctx, clientFromAnswers(parsed.success ? parsed.data : {}, displayName, share.consentedAt), { fromShare: share.id });
    await tx.journeyShare.updateMany({ where: { id: share.id, organizationId: ctx.org.id }, data: { importedClientId: client.id, importedAt: new Date() } });
    await record(tx, ctx, { action: "share.import", subjectType: "share", subjectId: share.id, detail: { client: client.id } });
    return client;
  });
}
