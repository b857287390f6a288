// Runs a TypeScript command-line tool from lib/cli fast: bundles it once with
// esbuild into .data/cli/ (again whenever a source file under lib/ or prisma/
// is newer), then runs the bundle with plain Node instead of a TypeScript
// loader, which takes most of a second to start.
//   node --conditions=react-server lib/cli/launch.mjs <tool> [args...]
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [tool, ...args] = process.argv.slice(2);
if (!tool || !/^[a-z-]+$/.test(tool)) {
  console.error("usage: launch.mjs <tool> [args...]");
  process.exit(2);
}
const root = process.cwd();
const entry = path.join(root, "lib", "cli", `${tool}.ts`);
const bundle = path.join(root, ".data", "cli", `${tool}.mjs`);

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) {
      if (item.name !== "data" && item.name !== "migrations") newest = Math.max(newest, newestSource(full));
    } else if (/\.(ts|json)$/.test(item.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newestSource(path.join(root, "lib")), newestSource(path.join(root, "prisma")));
if (stale) {
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    packages: "external",
    alias: { "@": root },
    logLevel: "warning",
  });
}
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
