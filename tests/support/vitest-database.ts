import { describeTestDatabase, ensureEmbeddedTemplate, resolveTestDatabase } from "./database";

/**
 * Vitest global set-up of the integration tier: decides once which database
 * the test files use (a server, or the embedded one when none is named or
 * answering), says so, and hands the choice to the workers through the
 * environment. Embedded: builds the migrated template image first.
 */
export default async function setup(): Promise<void> {
  const mode = await resolveTestDatabase();
  if (mode.kind === "embedded") {
    process.env.TEST_DATABASE = "embedded";
    delete process.env.TEST_DATABASE_URL;
    const started = performance.now();
    await ensureEmbeddedTemplate();
    console.log(`Integration tests: ${describeTestDatabase(mode)} (template ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } else {
    process.env.TEST_DATABASE_URL = mode.url;
    console.log(`Integration tests: ${describeTestDatabase(mode)}`);
  }
}
