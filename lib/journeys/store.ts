import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { answersSchema, JOURNEY_KINDS, type JourneyAnswers, type JourneyKind } from "./schema";
import { hashToken, isToken, newToken } from "./token";

/** Days a saved journey is kept after its last save. */
export const RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + RETENTION_DAYS * DAY_MS);
}

const writeSchema = z.object({
  kind: z.enum(JOURNEY_KINDS),
  locale: z.enum(["en", "fr"]),
  step: z.string().regex(/^[a-z-]{2,20}$/),
  answers: answersSchema,
});
export type JourneyWrite = z.input<typeof writeSchema>;

export interface SavedJourney {
  kind: JourneyKind;
  locale: "en" | "fr";
  step: string;
  answers: JourneyAnswers;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
}

function toSaved(row: { kind: string; locale: string; step: string; answers: unknown; createdAt: Date; updatedAt: Date; expiresAt: Date }): SavedJourney | null {
  const parsed = writeSchema.safeParse({ kind: row.kind, locale: row.locale, step: row.step, answers: row.answers });
  if (!parsed.success) return null;
  return { ...parsed.data, createdAt: row.createdAt, updatedAt: row.updatedAt, expiresAt: row.expiresAt };
}

/** Creates a saved journey; returns the token to hand to the person (never stored). */
export async function createJourney(input: JourneyWrite, now: Date = new Date()): Promise<{ token: string; journey: SavedJourney }> {
  const data = writeSchema.parse(input);
  const token = newToken();
  const row = await db().savedJourney.create({
    data: { tokenHash: hashToken(token), kind: data.kind, locale: data.locale, step: data.step, answers: data.answers, expiresAt: expiryFrom(now) },
  });
  return { token, journey: toSaved(row)! };
}

/** The journey behind a token, or null when the token is malformed, unknown or expired (an expired row is deleted). */
export async function loadJourney(token: string, now: Date = new Date()): Promise<SavedJourney | null> {
  if (!isToken(token)) return null;
  const tokenHash = hashToken(token);
  const row = await db().savedJourney.findUnique({ where: { tokenHash } });
  if (!row) return null;
  if (row.expiresAt <= now) {
    await db().savedJourney.deleteMany({ where: { tokenHash } });
    return null;
  }
  return toSaved(row);
}

/** Saves new answers under an existing token and extends the expiry; false when the token is unknown or expired. */
export async function saveJourney(token: string, input: JourneyWrite, now: Date = new Date()): Promise<boolean> {
  if (!isToken(token)) return false;
  const data = writeSchema.parse(input);
  const { count } = await db().savedJourney.updateMany({
    where: { tokenHash: hashToken(token), expiresAt: { gt: now } },
    data: { kind: data.kind, locale: data.locale, step: data.step, answers: data.answers, expiresAt: expiryFrom(now) },
  });
  return count === 1;
}

/** Deletes the row for good; true when there was one. */
export async function deleteJourney(token: string): Promise<boolean> {
  if (!isToken(token)) return false;
  const { count } = await db().savedJourney.deleteMany({ where: { tokenHash: hashToken(token) } });
  return count > 0;
}

/** Removes every expired row; returns how many. */
export async function purgeExpired(now: Date = new Date()): Promise<number> {
  const { count } = await db().savedJourney.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
