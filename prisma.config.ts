import { defineConfig } from "prisma/config";

// The CLI looks for a native schema engine before `generate` and would try to
// download one. Generating the client needs no engine, so any executable
// satisfies the check; migrations use the WebAssembly engine
// (prisma/migrate.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
