/**
 * Every column that holds a sealed personal field (lib/security/crypto.ts).
 * The authenticated context of a value is "<table>.<column>". Key rotation,
 * the start-up sealing pass and the "nothing in clear text" test read this
 * list: a new personal column is added here as well as to the schema.
 */
export const SEALED_COLUMNS = [
  { table: "client", column: "display_name" },
  { table: "client", column: "contact" },
  { table: "report_option", column: "reason" },
  { table: "report_option", column: "note" },
  { table: "client_note", column: "body" },
  { table: "action_item", column: "title" },
  { table: "referral", column: "partner" },
  { table: "referral", column: "result" },
  { table: "outcome", column: "detail" },
] as const;

export type SealedColumn = (typeof SEALED_COLUMNS)[number];

export const sealedContext = (c: SealedColumn) => `${c.table}.${c.column}`;
