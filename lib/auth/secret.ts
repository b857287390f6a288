import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * The secret that signs sign-in tokens and cookies: AUTH_SECRET when set,
 * otherwise one generated on first use and kept in .data/auth-secret
 * (readable by its owner only), so `npm start` needs no set-up and links
 * stay valid across restarts. Every process of one install reads the same.
 */
export const SECRET_FILE = path.join(".data", "auth-secret");

export function authSecret(): string {
  const given = env().AUTH_SECRET;
  if (given) return given;
  const file = path.resolve(process.cwd(), SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secret;
}
