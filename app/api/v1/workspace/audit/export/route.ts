import { NextResponse } from "next/server";
import { z } from "zod";
import { workspaceApi } from "@/lib/api/workspace";
import { exportAudit, type AuditEntry } from "@/lib/workspace/audit";

const COLUMNS = ["id", "at", "actor", "actorKind", "action", "subjectType", "subjectId", "requestId", "route", "detail"] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsv(entries: AuditEntry[]): string {
  return [COLUMNS.join(","), ...entries.map((e) => COLUMNS.map((c) => csvCell(e[c])).join(","))].join("\r\n") + "\r\n";
}

/** The whole trail, oldest first, as JSON or CSV (`?format=csv`); the download is itself recorded. */
export const GET = workspaceApi({ permission: "audit.read", query: z.object({ format: z.enum(["json", "csv"]).default("json") }) }, async ({ ctx, query }) => {
  const entries = await exportAudit(ctx);
  const name = `audit-${ctx.org.slug}-${new Date().toISOString().slice(0, 10)}`;
  const headers = { "Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename="${name}.${query.format}"` };
  if (query.format === "csv") return new Response(toCsv(entries), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  return NextResponse.json({ organization: ctx.org.name, exportedAt: new Date().toISOString(), entries }, { headers });
});
