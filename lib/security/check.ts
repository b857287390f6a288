/**
 * The security check a deployment must pass: `npm start` runs it before
 * serving a site that is not on this machine, and refuses to start on any
 * problem; `npm run -s security -- check` runs it on demand. Each problem
 * says what to fix. Pure: the caller reads the settings and the database.
 */

export interface DatabaseFacts {
  /** The role the app connects as. */
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** The roles organization data is reached through: present, not superuser, NOBYPASSRLS. */
  tenantRolesSafe: boolean;
}

export interface SecurityInput {
  siteUrl: string;
  /** AUTH_SECRET as set in the environment (undefined: generated into the data folder). */
  authSecret: string | undefined;
  /** DATA_KEY as set in the environment (undefined: generated into the data folder, beside the data it protects). */
  dataKey: string | undefined;
  embedded: boolean;
  database: DatabaseFacts;
}

/** Secrets found in examples and tutorials: never acceptable. */
const PLACEHOLDER_SECRETS = ["changeme", "change-me", "secret", "your-secret", "development", "test", "password"];

/** A site on this machine (trying Parallel), not a deployment. */
export function isLocalSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

export function securityProblems(input: SecurityInput): string[] {
  const problems: string[] = [];
  const { database } = input;
  if (!database.tenantRolesSafe)
    problems.push("The database roles parallel_app and parallel_audit_writer must exist without SUPERUSER or BYPASSRLS: run the migrations (npm run db:migrate -- deploy).");
  if (isLocalSite(input.siteUrl)) return problems;
  if (new URL(input.siteUrl).protocol !== "https:")
    problems.push(`SITE_URL is ${input.siteUrl}: a deployed site must use https (set SITE_URL=https://..., with TLS ended in front of the app).`);
  const secret = input.authSecret;
  if (!secret) problems.push("AUTH_SECRET is not set: set it to a random value of at least 32 characters (the same on every node), e.g. `openssl rand -base64 32`.");
  else if (secret.length < 32 || PLACEHOLDER_SECRETS.some((p) => secret.toLowerCase().includes(p)) || new Set(secret).size < 10)
    problems.push("AUTH_SECRET looks like a placeholder or is too short: use a random value of at least 32 characters.");
  const dataKey = input.dataKey;
  if (!dataKey)
    problems.push(
      "DATA_KEY is not set: the key that seals client names and notes must be kept apart from the database and its backups. Set DATA_KEY to 32 random bytes in base64 (`openssl rand -base64 32`, or `npm run -s security -- new-key`).",
    );
  else if (Buffer.from(dataKey, "base64").length !== 32 || new Set(dataKey).size < 16)
    problems.push("DATA_KEY must be 32 random bytes in base64 (`openssl rand -base64 32`); the value set is not.");
  if (input.embedded)
    problems.push("The embedded database is for trying Parallel on one machine: set DATABASE_URL to a PostgreSQL server for a deployed site.");
  else if (database.superuser || database.bypassRls)
    problems.push(
      `The app connects to PostgreSQL as ${database.role}, which ${database.superuser ? "is a superuser" : "has BYPASSRLS"} and so is not held by row-level security: connect as the tables' owner without SUPERUSER or BYPASSRLS (ALTER ROLE ${database.role} NOSUPERUSER NOBYPASSRLS, or a dedicated owner role).`,
    );
  return problems;
}
