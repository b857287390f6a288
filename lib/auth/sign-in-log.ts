import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { clientKey } from "@/lib/rate-limit";
import { newDeviceMail, sendMail } from "./mail";

/**
 * Sign-in records (table sign_in_event): every link asked for, every
 * success (email link, passkey) and every failure (unknown address, expired
 * or used link, passkey refused, rate limit), with the time, the client's
 * address (the same one the rate limits key on, so TRUSTED_PROXIES applies)
 * and the browser's description. Not organization data: written by the
 * owner outside any tenant transaction, one insert per event (a success
 * also reads whether its device was seen before, through the
 * (user_id, at) index). A success from a device never seen for that user
 * emails them a notice. Kept 12 months (lib/workspace/retention.ts).
 */

export type SignInMethod = "email" | "passkey";
export type SignInOutcome = "requested" | "success" | "failure";
export type SignInReason = "unknown-address" | "link-expired" | "link-invalid" | "passkey-refused" | "rate-limited" | "refused" | "error";

/** How long sign-in records are kept. */
export const SIGN_IN_RETENTION_MONTHS = 12;

export interface SignInClient {
  ipAddress: string | null;
  userAgent: string | null;
}

export interface SignInEventInput {
  method: SignInMethod;
  outcome: SignInOutcome;
  reason?: SignInReason;
  userId?: string | null;
  /** The address typed; only its hash is kept. */
  email?: string | null;
  at?: Date;
}

export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export interface Device {
  browser: string;
  os: string;
}

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bCriOS\/|\b(Headless)?Chrome\/|\bChromium\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
  [/\bcurl\//, "curl"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\b(iPhone|iPod)\b/, "iOS"],
  [/\biPad\b/, "iPadOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b|\bX11\b/, "Linux"],
];

/** The browser family and system of a user agent, without versions (an update is not a new device). */
export function deviceOf(userAgent: string | null | undefined): Device {
  const ua = userAgent ?? "";
  const browser = BROWSERS.find(([pattern]) => pattern.test(ua))?.[1] ?? "Other browser";
  const os = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1] ?? "other system";
  return { browser, os };
}

/** SHA-256 of the normalised device ("Firefox|Linux"). */
export function deviceKey(userAgent: string | null | undefined): string {
  const { browser, os } = deviceOf(userAgent);
  return createHash("sha256").update(`${browser}|${os}`).digest("hex");
}

/** The client of a request: the rate limiter's address and the user agent (bounded). */
export function clientOf(headers: Headers): SignInClient {
  const ip = clientKey(headers);
  return { ipAddress: ip === "unknown" ? null : ip, userAgent: headers.get("user-agent")?.slice(0, 400) ?? null };
}

interface Attempt {
  client: SignInClient;
  /** For passkeys: "authenticate" or "register" (adding a passkey is not a sign-in). */
  action?: string;
  /** What next-auth's logger reported, if the attempt failed. */
  error?: { type: string };
}

const attempts = new AsyncLocalStorage<Attempt>();

/** Runs next-auth's handler with the request's client known to the callbacks and logger below. */
export function withAttempt<T>(client: SignInClient, action: string | undefined, work: () => Promise<T>): Promise<T> {
  return attempts.run({ client, action }, work);
}

export function currentAttempt(): Attempt | undefined {
  return attempts.getStore();
}

/** next-auth's logger: keeps the type of the error of the attempt in progress. */
export function noteAuthError(error: unknown): void {
  const attempt = attempts.getStore();
  if (!attempt || !(error instanceof Error)) return;
  const type = (error as { type?: unknown }).type;
  attempt.error = { type: typeof type === "string" ? type : error.name };
}

/** The request's client inside a server action or route (next/headers), when no attempt is running. */
export async function requestClient(): Promise<SignInClient> {
  const attempt = attempts.getStore();
  if (attempt) return attempt.client;
  try {
    const { headers } = await import("next/headers");
    return clientOf(await headers());
  } catch {
    return { ipAddress: null, userAgent: null };
  }
}

/**
 * Writes one sign-in event. A success also says whether its device is new
 * for the user; a new device (after the user's first sign-in) emails them.
 * Never throws: a failed record must not break signing in.
 */
export async function recordSignIn(input: SignInEventInput, client: SignInClient): Promise<{ newDevice: boolean }> {
  try {
    const key = input.outcome === "success" ? deviceKey(client.userAgent) : null;
    let newDevice = false;
    if (key && input.userId) {
      const [seen] = await db().$queryRaw<{ any: boolean; same: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM sign_in_event WHERE user_id = ${input.userId}::uuid AND outcome = 'success') AS any,
               EXISTS (SELECT 1 FROM sign_in_event WHERE user_id = ${input.userId}::uuid AND outcome = 'success' AND device_key = ${key}) AS same`;
      newDevice = Boolean(seen?.any) && !seen?.same;
    }
    await db().signInEvent.create({
      data: {
        at: input.at,
        userId: input.userId ?? null,
        emailHash: input.email ? emailHash(input.email) : null,
        method: input.method,
        outcome: input.outcome,
        reason: input.reason ?? null,
        ipAddress: client.ipAddress?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, 400) ?? null,
        deviceKey: key,
        newDevice,
      },
    });
    if (newDevice && input.userId) await notifyNewDevice(input.userId, input.method, client, input.at ?? new Date());
    return { newDevice };
  } catch (error) {
    console.error("[sign-in] could not record the event:", (error as Error).message);
    return { newDevice: false };
  }
}

async function notifyNewDevice(userId: string, method: SignInMethod, client: SignInClient, at: Date): Promise<void> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, locale: true } });
  if (!user) return;
  const { env } = await import("@/lib/env");
  const locale = user.locale === "fr" ? "fr" : "en";
  await sendMail(
    newDeviceMail(user.email, {
      locale,
      at,
      method,
      device: deviceOf(client.userAgent),
      ipAddress: client.ipAddress,
      accountUrl: new URL(`/${locale}/account`, env().SITE_URL).toString(),
    }),
  );
}

export interface SignInHistoryEntry {
  id: string;
  at: Date;
  method: SignInMethod;
  outcome: SignInOutcome;
  reason: string | null;
  device: Device;
  ipAddress: string | null;
  newDevice: boolean;
}

/** A user's latest sign-in events, newest first (the account page shows 20). */
export async function signInHistory(userId: string, limit = 20): Promise<SignInHistoryEntry[]> {
  const rows = await db().signInEvent.findMany({ where: { userId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit });
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    method: r.method === "passkey" ? "passkey" : "email",
    outcome: r.outcome === "success" ? "success" : r.outcome === "requested" ? "requested" : "failure",
    reason: r.reason,
    device: deviceOf(r.userAgent),
    ipAddress: r.ipAddress,
    newDevice: r.newDevice,
  }));
}

/** The user id of an address, if it has an account. */
export async function userIdByEmail(email: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

/** Whether a magic link (its address and token, as in the link) names a stored token that has expired. */
export async function linkExpired(email: string | null, token: string | null): Promise<boolean> {
  if (!email || !token || token.length > 200 || email.length > 254) return false;
  const { authSecret } = await import("./secret");
  const hashed = createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
  const row = await db().verificationToken.findUnique({ where: { identifier_token: { identifier: email, token: hashed } }, select: { expires: true } });
  return Boolean(row && row.expires.getTime() < Date.now());
}

/** Deletes sign-in records older than the retention period; returns how many. */
export async function pruneSignInEvents(now: Date, dryRun = false): Promise<number> {
  const before = new Date(now);
  before.setUTCMonth(before.getUTCMonth() - SIGN_IN_RETENTION_MONTHS);
  const where = { at: { lt: before } };
  return dryRun ? db().signInEvent.count({ where }) : (await db().signInEvent.deleteMany({ where })).count;
}
