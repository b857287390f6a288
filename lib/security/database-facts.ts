import pg from "pg";
import type { DatabaseFacts } from "./check";

/** What the security check needs to know of the database, read as the app connects. */
export async function readDatabaseFacts(url: string): Promise<DatabaseFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const me = (await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(`SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`)).rows[0]!;
    const tenant = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname IN ('parallel_app', 'parallel_audit_writer')`,
    );
    return {
      role: me.rolname,
      superuser: me.rolsuper,
      bypassRls: me.rolbypassrls,
      tenantRolesSafe: tenant.rows.length === 2 && tenant.rows.every((r) => !r.rolsuper && !r.rolbypassrls),
    };
  } finally {
    await client.end();
  }
}
