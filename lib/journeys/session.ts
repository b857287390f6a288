import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { loadJourney, RETENTION_DAYS, type SavedJourney } from "./store";
import { isToken } from "./token";
import type { FieldErrors, JourneyKind } from "./schema";

/**
 * The draft of a journey is found through an httpOnly cookie holding its
 * token (one cookie per journey kind). A rejected submission is carried to
 * the next page in a short-lived "flash" cookie, so errors show without
 * JavaScript after the redirect.
 */
export function cookieName(kind: JourneyKind): string {
  return kind === "pre-arrival" ? "parallel_pre_arrival" : "parallel_post_assessment";
}
export const FLASH_COOKIE = "parallel_journey_flash";

function secure(): boolean {
  return env().SITE_URL.startsWith("https:");
}

export async function setJourneyCookie(kind: JourneyKind, token: string): Promise<void> {
  (await cookies()).set(cookieName(kind), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: RETENTION_DAYS * 24 * 60 * 60,
  });
}

export async function clearJourneyCookie(kind: JourneyKind): Promise<void> {
  (await cookies()).delete(cookieName(kind));
}

export async function currentToken(kind: JourneyKind): Promise<string | null> {
  const value = (await cookies()).get(cookieName(kind))?.value;
  return isToken(value) ? value : null;
}

/** The draft this browser holds for a journey, or null. */
export async function currentJourney(kind: JourneyKind): Promise<{ token: string; journey: SavedJourney } | null> {
  const token = await currentToken(kind);
  if (!token) return null;
  const journey = await loadJourney(token);
  return journey && journey.kind === kind ? { token, journey } : null;
}

const flashSchema = z.object({
  kind: z.string(),
  step: z.string(),
  errors: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
export type Flash = z.infer<typeof flashSchema>;

export async function setFlash(flash: Flash): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, JSON.stringify(flash), { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: 60 });
}

export async function clearFlash(): Promise<void> {
  (await cookies()).delete(FLASH_COOKIE);
}

/** The rejected submission for this step, if it is the one the browser just sent. */
export async function readFlash(kind: JourneyKind, step: string): Promise<{ errors: FieldErrors; values: Flash["values"] } | null> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.kind !== kind || parsed.data.step !== step) return null;
    return { errors: parsed.data.errors, values: parsed.data.values };
  } catch {
    return null;
  }
}
