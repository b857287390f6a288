import { createHash, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import pg from "pg";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";

/**
 * Sign-in records through next-auth's own route (app/api/auth/[...nextauth]):
 * a link asked for (known and unknown address), a link used (success), used
 * again (refused), expired (refused), rate limits; a success from a browser
 * not seen before mails the user once, in their language.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let route: typeof import("@/app/api/auth/[...nextauth]/route");
let log: typeof import("@/lib/auth/sign-in-log");
let smtp: SMTPServer;
const mails: { to: string; subject: string; text: string }[] = [];
const SECRET = randomBytes(32).toString("hex");
const BASE = "http://localhost:3000";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const FIREFOX_NEWER = "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0";
const SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const events = (email: string) =>
  sql<{ user_id: string | null; email_hash: string | null; method: string; outcome: string; reason: string | null; ip_address: string | null; user_agent: string | null; new_device: boolean; device_key: string | null }>(
    `SELECT * FROM sign_in_event WHERE email_hash = $1 OR user_id = (SELECT id FROM "user" WHERE email = $2) ORDER BY id`,
    [createHash("sha256").update(email).digest("hex"), email],
  );

function headers(ua: string, ip: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "user-agent": ua, "x-forwarded-for": ip, "accept-language": "en", ...extra };
}

/** A magic link as next-auth stores it: the token's hash with the secret. */
async function issueLink(email: string, expires = new Date(Date.now() + 10 * 60_000)): Promise<string> {
  const token = randomBytes(16).toString("hex");
  const hashed = createHash("sha256").update(`${token}${SECRET}`).digest("hex");
  await sql(`INSERT INTO verification_token (identifier, token, expires) VALUES ($1, $2, $3)`, [email, hashed, expires]);
  return `${BASE}/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: `${BASE}/en/workspace`, token, email })}`;
}

async function openLink(url: string, ua: string, ip: string): Promise<Response> {
  return route.GET(new NextRequest(url, { headers: headers(ua, ip) }));
}

/** Asks for a link the way the sign-in form's fallback does: csrf token, then a form post. */
async function askForLink(email: string, ua: string, ip: string): Promise<Response> {
  const csrf = await route.GET(new NextRequest(`${BASE}/api/auth/csrf`, { headers: headers(ua, ip) }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return route.POST(
    new NextRequest(`${BASE}/api/auth/signin/nodemailer`, {
      method: "POST",
      headers: headers(ua, ip, { cookie, "content-type": "application/x-www-form-urlencoded" }),
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${BASE}/en/workspace` }).toString(),
    }),
  );
}

async function waitForMails(count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (mails.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_sign_in");
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  process.env.DATABASE_URL = database.url;
  if (process.env.TEST_DATABASE === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  process.env.AUTH_SECRET = SECRET;
  process.env.AUTH_URL = BASE;
  process.env.SITE_URL = BASE;
  process.env.RATE_LIMIT_STORE = "memory";
  process.env.RATE_LIMIT_SCALE = "1";
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  await sql(`INSERT INTO "user" (id, email, locale, updated_at) VALUES (gen_random_uuid(), 'ana@alpha.example', 'fr', now()), (gen_random_uuid(), 'ben@alpha.example', 'en', now())`);
  route = await import("@/app/api/auth/[...nextauth]/route");
  log = await import("@/lib/auth/sign-in-log");
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database?.drop();
});

describe("devices", () => {
  it("names browser family and system without versions", () => {
    expect(log.deviceOf(FIREFOX)).toEqual({ browser: "Firefox", os: "Linux" });
    expect(log.deviceOf(SAFARI)).toEqual({ browser: "Safari", os: "iOS" });
    expect(log.deviceOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toEqual({ browser: "Edge", os: "Windows" });
    expect(log.deviceOf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toEqual({ browser: "Chrome", os: "macOS" });
    expect(log.deviceKey(FIREFOX)).toBe(log.deviceKey(FIREFOX_NEWER));
    expect(log.deviceKey(FIREFOX)).not.toBe(log.deviceKey(SAFARI));
  });
});

describe("sign-in records", () => {
  it("records a link asked for by a known address, with the user, address and browser", async () => {
    const response = await askForLink("ana@alpha.example", FIREFOX, "198.51.100.7");
    expect(response.status).toBe(302);
    const rows = await events("ana@alpha.example");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ method: "email", outcome: "requested", ip_address: "198.51.100.7", user_agent: FIREFOX, new_device: false });
    expect(rows[0]!.user_id).not.toBeNull();
    expect(rows[0]!.email_hash).toBe(createHash("sha256").update("ana@alpha.example").digest("hex"));
    // The link itself was sent.
    await waitForMails(1);
    expect(mails.filter((m) => m.to === "ana@alpha.example")).toHaveLength(1);
  });

  it("records an unknown address as a failure, without a user and without sending anything", async () => {
    const before = mails.length;
    const response = await askForLink("nobody@alpha.example", FIREFOX, "198.51.100.8");
    expect(response.headers.get("location")).toContain("/sign-in/check-email");
    const rows = await events("nobody@alpha.example");
    expect(rows).toEqual([expect.objectContaining({ user_id: null, outcome: "failure", reason: "unknown-address", ip_address: "198.51.100.8" })]);
    await new Promise((r) => setTimeout(r, 300));
    expect(mails.length).toBe(before);
  });

  it("records the first success without a new-device notice, then a reused link as refused", async () => {
    const link = await issueLink("ben@alpha.example");
    const ok = await openLink(link, FIREFOX, "198.51.100.20");
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe(`${BASE}/en/workspace`);
    const again = await openLink(link, FIREFOX, "198.51.100.20");
    expect(again.headers.get("location")).toContain("error=Verification");
    const rows = await events("ben@alpha.example");
    expect(rows.map((r) => [r.outcome, r.reason, r.new_device])).toEqual([
      ["success", null, false],
      ["failure", "link-invalid", false],
    ]);
    expect(rows[0]!.device_key).toBe(log.deviceKey(FIREFOX));
    expect(rows[1]!.user_id).toBe(rows[0]!.user_id);
    expect(mails.filter((m) => m.to === "ben@alpha.example")).toHaveLength(0);
  });

  it("records an expired link as expired", async () => {
    const link = await issueLink("ben@alpha.example", new Date(Date.now() - 60_000));
    const response = await openLink(link, FIREFOX, "198.51.100.20");
    expect(response.headers.get("location")).toContain("error=Verification");
    const rows = await events("ben@alpha.example");
    expect(rows.at(-1)).toMatchObject({ outcome: "failure", reason: "link-expired", method: "email" });
  });

  it("mails a notice once per new device, in the user's language, and not for a browser update", async () => {
    const mailsToBen = () => mails.filter((m) => m.to === "ben@alpha.example");
    let count = mails.length;
    await openLink(await issueLink("ben@alpha.example"), SAFARI, "203.0.113.9");
    await waitForMails(count + 1);
    expect(mailsToBen()).toHaveLength(1);
    const notice = mailsToBen()[0]!;
    expect(notice.subject).toMatch(/^New sign-in to Parallel/);
    expect(notice.text).toContain("Safari on iOS");
    expect(notice.text).toContain("203.0.113.9");
    expect(notice.text).toContain(`${BASE}/en/account`);
    expect(notice.text).toContain("Sign out everywhere");
    // Same device again, and Firefox after an update: no new notice.
    await openLink(await issueLink("ben@alpha.example"), SAFARI, "203.0.113.10");
    await openLink(await issueLink("ben@alpha.example"), FIREFOX_NEWER, "198.51.100.20");
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsToBen()).toHaveLength(1);
    const successes = (await events("ben@alpha.example")).filter((r) => r.outcome === "success");
    expect(successes.map((r) => r.new_device)).toEqual([false, true, false, false]);

    // A French-speaking user gets the French text first.
    await openLink(await issueLink("ana@alpha.example"), FIREFOX, "198.51.100.7");
    count = mails.length;
    await openLink(await issueLink("ana@alpha.example"), SAFARI, "198.51.100.99");
    await waitForMails(count + 1);
    const french = mails.filter((m) => m.to === "ana@alpha.example" && m.subject.startsWith("Nouvelle connexion"));
    expect(french).toHaveLength(1);
    expect(french[0]!.text).toMatch(/^Quelqu’un s’est connecté/);
    expect(french[0]!.text).toContain("/fr/account");
  });

  it("records rate-limited attempts", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 31; i++) last = await route.POST(new NextRequest(`${BASE}/api/auth/callback/passkey`, { method: "POST", headers: headers(SAFARI, "192.0.2.50", { "content-type": "application/x-www-form-urlencoded" }), body: "action=authenticate" }));
    expect(last!.status).toBe(429);
    const rows = await sql<{ method: string; reason: string }>(`SELECT method, reason FROM sign_in_event WHERE ip_address = '192.0.2.50' AND outcome = 'failure'`);
    expect(rows.filter((r) => r.reason === "rate-limited")).toEqual([{ method: "passkey", reason: "rate-limited" }]);
    // The 30 allowed attempts with no valid passkey answer were refused and recorded as such.
    expect(rows.filter((r) => r.reason === "passkey-refused")).toHaveLength(30);
  });

  it("shows a user's history newest first and keeps 12 months", async () => {
    const ben = (await sql<{ id: string }>(`SELECT id FROM "user" WHERE email = 'ben@alpha.example'`))[0]!.id;
    const history = await log.signInHistory(ben, 20);
    expect(history.length).toBeGreaterThanOrEqual(6);
    expect(history[0]!.at.getTime()).toBeGreaterThanOrEqual(history.at(-1)!.at.getTime());
    expect(history.find((h) => h.newDevice)?.device).toEqual({ browser: "Safari", os: "iOS" });
    await sql(`INSERT INTO sign_in_event (at, user_id, method, outcome) VALUES (now() - interval '13 months', $1, 'email', 'success'), (now() - interval '11 months', $1, 'email', 'success')`, [ben]);
    const now = new Date();
    expect(await log.pruneSignInEvents(now, true)).toBe(1);
    expect(await log.pruneSignInEvents(now)).toBe(1);
    expect(await log.pruneSignInEvents(now)).toBe(0);
    expect((await sql(`SELECT 1 FROM sign_in_event WHERE at < now() - interval '10 months'`)).length).toBe(1);
  });
});
