import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { correctionSchema, normalizedMessage, type Correction } from "./schema";

export function messageHash(message: string): string {
  return createHash("sha256").update(normalizedMessage(message)).digest("hex");
}

export const ALREADY_RECEIVED = {
  en: "We have already received this correction for this page. Thank you.",
  fr: "Nous avons déjà reçu cette correction pour cette page. Merci.",
};

/** Stores a validated correction; the same text for the same page a second time raises a ConflictError and stores nothing. */
export async function storeCorrection(input: Correction): Promise<{ id: string }> {
  try {
    const row = await db().correction.create({
      data: {
        page: input.page,
        section: input.section,
        locale: input.locale,
        message: input.message,
        messageHash: messageHash(input.message),
        contactEmail: input.email || null,
      },
      select: { id: true },
    });
    return row;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(ALREADY_RECEIVED);
    throw error;
  }
}

export interface StoredCorrection {
  id: string;
  page: string;
  section: string;
  locale: string;
  message: string;
  contactEmail: string | null;
  createdAt: Date;
}

/** Corrections for content editors, newest first. */
export async function listCorrections(options: { since?: Date; page?: string; limit?: number } = {}): Promise<StoredCorrection[]> {
  return db().correction.findMany({
    where: { ...(options.since ? { createdAt: { gte: options.since } } : {}), ...(options.page ? { page: options.page } : {}) },
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 500,
    select: { id: true, page: true, section: true, locale: true, message: true, contactEmail: true, createdAt: true },
  });
}

export type SubmitResult = { status: "sent"; id: string } | { status: "duplicate" } | { status: "invalid"; errors: Record<string, string> };

/**
 * Validates and stores what a form sent. Bad input stores nothing and names
 * each problem once ("message", "email", or "form" for the hidden fields),
 * as a message key.
 */
export async function submitCorrectionInput(raw: unknown): Promise<SubmitResult> {
  const parsed = correctionSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      errors[key === "message" || key === "email" ? key : "form"] ??= issue.message;
    }
    return { status: "invalid", errors };
  }
  try {
    return { status: "sent", ...(await storeCorrection(parsed.data)) };
  } catch (error) {
    if (error instanceof ConflictError) return { status: "duplicate" };
    throw error;
  }
}
