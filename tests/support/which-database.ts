import { resolveTestDatabase } from "./database";

/** For tests/run-all.sh: prints "server <url>" or "embedded", the database the test tiers will use. */
const mode = await resolveTestDatabase();
console.log(mode.kind === "server" ? `server ${mode.url}` : "embedded");
process.exit(0);
