import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Server-only modules are imported directly by tests, outside React's server build.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Engine tests prepare the full reference data once per file (a few seconds on a busy machine).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", hookTimeout: 120_000, testTimeout: 60_000, sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Picks the database (a server, or the embedded one) and prints which.
          globalSetup: ["tests/support/vitest-database.ts"],
          testTimeout: 120_000,
          // A file that seeds the embedded database (PGlite runs one statement at a time) needs minutes on a busy machine.
          hookTimeout: 300_000,
          // Each file gets its own database; two at a time suits a 2-core machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          // next-auth imports "next/server" without its extension, which Node's own loader refuses: let Vite load it.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
