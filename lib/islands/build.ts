import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { ISLANDS_PATH } from "./address";

const ISLANDS_FILE = `public${ISLANDS_PATH}`;

/**
 * Bundles lib/islands/main.ts into public/islands/site.js (minified, for
 * the browsers Next.js supports) and returns a short hash of it, which the
 * pages add to its address so it may be cached for good. Run by
 * next.config.ts for every build and development server; writes only when
 * the bundle changed.
 */
export function buildIslands(root: string): string {
  const result = buildSync({
    entryPoints: [path.join(root, "lib/islands/main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["chrome111", "edge111", "firefox111", "safari16.4"],
    legalComments: "none",
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  const file = path.join(root, ISLANDS_FILE);
  let current: Buffer | null = null;
  try {
    current = readFileSync(file);
  } catch {
    // Not built yet.
  }
  if (!current || !current.equals(code)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, code);
  }
  return createHash("sha256").update(code).digest("base64url").slice(0, 10);
}
