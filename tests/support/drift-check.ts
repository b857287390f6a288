import { pendingSql } from "../../prisma/migrate";
import { describeTestDatabase, resolveTestDatabase, startEmbeddedFromImage } from "./database";

/**
 * The drift check of `npm test`: fails when prisma/schema.prisma and the
 * committed migrations differ. On a server the migrations are replayed in a
 * temporary database there; embedded, in a second in-memory database.
 */
const mode = await resolveTestDatabase();
console.log(`Drift check: ${mode.kind === "server" ? describeTestDatabase(mode).replace(/, one database per test file$/, "") : "embedded PostgreSQL (PGlite), in memory"}`);
let sql: string;
if (mode.kind === "server") {
  sql = await pendingSql(mode.url);
} else {
  const [main, shadow] = [await startEmbeddedFromImage("empty"), await startEmbeddedFromImage("empty")];
  try {
    sql = await pendingSql(main.url, shadow.url);
  } finally {
    await Promise.all([main.drop(), shadow.drop()]);
  }
}
if (sql) {
  console.error("prisma/schema.prisma differs from prisma/migrations. Create a migration with `npm run db:migrate -- new <name>`:\n");
  console.error(sql);
  process.exit(1);
}
console.log("Schema and migrations agree.");
process.exit(0);
