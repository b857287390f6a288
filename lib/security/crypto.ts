import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { env, forgetEnv } from "@/lib/env";
import { normalizeForSearch } from "@/lib/occupations/normalize";

/**
 * Personal fields at rest: sealed with AES-256-GCM (authenticated
 * encryption, Node's own crypto), found by name through a blind index
 * (HMAC-SHA-256 of each prefix of each word, truncated to 64 bits).
 *
 * Keys are 32 random bytes. The current key comes from DATA_KEY (base64),
 * with DATA_KEY_PREVIOUS (comma-separated) still readable during a
 * rotation; without DATA_KEY (the embedded default) they live in
 * .data/data-keys.json, generated on first use, readable by its owner
 * only, never committed. Two keys are derived from each: one seals, one
 * indexes (HKDF), so the index key never decrypts anything.
 *
 * A sealed value reads `pc1:<key id>:<iv>:<ciphertext and tag>` (base64url).
 * The context (for example "client.display_name") is authenticated too, so
 * a value moved to another column does not open.
 */

const PREFIX = "pc1";
const MAX_PREFIX = 24;
export const KEY_FILE = path.join(".data", "data-keys.json");

interface DataKey {
  id: string;
  seal: Buffer;
  index: Buffer;
}

export interface KeyRing {
  current: DataKey;
  /** Every readable key, current first. */
  all: DataKey[];
}

const keyBytes = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const bytes = Buffer.from(s, "base64");
    if (bytes.length !== 32) {
      ctx.addIssue({ code: "custom", message: "a data key is 32 bytes in base64 (openssl rand -base64 32)" });
      return z.NEVER;
    }
    return bytes;
  });

const keyFileSchema = z.object({ current: z.string(), previous: z.array(z.string()).default([]) });

function derive(raw: Buffer): DataKey {
  const id = createHash("sha256").update("parallel data key id").update(raw).digest("hex").slice(0, 8);
  const seal = Buffer.from(hkdfSync("sha256", raw, Buffer.alloc(0), "parallel seal v1", 32));
  const index = Buffer.from(hkdfSync("sha256", raw, Buffer.alloc(0), "parallel blind index v1", 32));
  return { id, seal, index };
}

export function keyRingFrom(current: string, previous: string[] = []): KeyRing {
  const all = [current, ...previous].map((k) => derive(keyBytes.parse(k)));
  return { current: all[0]!, all };
}

export function newDataKey(): string {
  return randomBytes(32).toString("base64");
}

function keyFilePath(): string {
  return path.resolve(process.cwd(), KEY_FILE);
}

/** The keys of the embedded default, created on first use. */
export function readKeyFile(): { current: string; previous: string[] } {
  const file = keyFilePath();
  if (!existsSync(file)) {
    try {
      writeKeyFile({ current: newDataKey(), previous: [] }, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // another process made it first
    }
  }
  return keyFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function writeKeyFile(keys: { current: string; previous: string[] }, flag: "w" | "wx" = "w"): void {
  const file = keyFilePath();
  mkdirSync(path.dirname(file), { recursive: true });
  const body = `${JSON.stringify(keys, null, 2)}\n`;
  if (flag === "wx") {
    writeFileSync(file, body, { mode: 0o600, flag: "wx" });
  } else {
    const next = `${file}.next`;
    writeFileSync(next, body, { mode: 0o600 });
    renameSync(next, file);
  }
  chmodSync(file, 0o600);
  ring = undefined;
}

/** Where the keys come from, for messages and the security check. */
export function keySource(): "environment" | "file" {
  return env().DATA_KEY ? "environment" : "file";
}

/** The older keys named in DATA_KEY_PREVIOUS. */
export function previousKeysFromEnv(): string[] {
  return (env().DATA_KEY_PREVIOUS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
}

let ring: KeyRing | undefined;
/** When the key file was last read: a rotation by the command line is picked up by a running app at once. */
let ringFileTime = 0;

export function keyRing(): KeyRing {
  const fromEnv = env().DATA_KEY;
  if (fromEnv) {
    ring ??= keyRingFrom(fromEnv, previousKeysFromEnv());
    return ring;
  }
  const file = keyFilePath();
  const changed = existsSync(file) ? statSync(file).mtimeMs : -1;
  if (ring && changed === ringFileTime) return ring;
  const keys = readKeyFile();
  ring = keyRingFrom(keys.current, keys.previous);
  ringFileTime = statSync(file).mtimeMs;
  return ring;
}

/** Forget the cached keys, and the environment they were read from (after a rotation, or in tests). */
export function resetKeyRing(next?: KeyRing): void {
  ring = next;
  forgetEnv();
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${PREFIX}:`);
}

export function seal(plain: string, context: string, keys: KeyRing = keyRing()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.current.seal, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${PREFIX}:${keys.current.id}:${iv.toString("base64url")}:${body.toString("base64url")}`;
}

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealError";
  }
}

/** Opens a sealed value; a value stored before sealing existed is returned as it is. */
export function open(value: string, context: string, keys: KeyRing = keyRing()): string {
  if (!isSealed(value)) return value;
  const [, id, ivText, bodyText] = value.split(":");
  const key = keys.all.find((k) => k.id === id);
  if (!key || !ivText || !bodyText) throw new SealError(`No data key ${id ?? "?"} to open a ${context} value: is DATA_KEY (or DATA_KEY_PREVIOUS) set to the key it was sealed with?`);
  const body = Buffer.from(bodyText, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key.seal, Buffer.from(ivText, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - 16));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError(`A ${context} value does not open with key ${id}: changed or moved.`);
  }
}

export const sealOptional = (plain: string | null | undefined, context: string, keys?: KeyRing) =>
  plain === null || plain === undefined ? plain : seal(plain, context, keys);

export const openOptional = (value: string | null, context: string, keys?: KeyRing) => (value === null ? null : open(value, context, keys));

/** Whether a value is sealed with the current key (else the rotation still has it to do). */
export function sealedWithCurrent(value: string, keys: KeyRing = keyRing()): boolean {
  return value.startsWith(`${PREFIX}:${keys.current.id}:`);
}

function words(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function tag(key: DataKey, prefix: string): string {
  return createHmac("sha256", key.index).update(prefix, "utf8").digest("hex").slice(0, 16);
}

/** The blind index of a name: a keyed hash of every prefix of every word (current key). */
export function blindIndex(name: string, keys: KeyRing = keyRing()): string[] {
  const out = new Set<string>();
  for (const word of words(name)) {
    for (let n = 1; n <= Math.min(word.length, MAX_PREFIX); n++) out.add(tag(keys.current, word.slice(0, n)));
  }
  return [...out];
}

/**
 * What a name search looks for: per word typed, its hash under every
 * readable key (so search keeps working while a rotation runs). A file
 * matches when, for each word typed, one of its words starts with it.
 */
export function blindQuery(query: string, keys: KeyRing = keyRing()): string[][] {
  return words(query).map((word) => keys.all.map((key) => tag(key, word.slice(0, MAX_PREFIX))));
}
