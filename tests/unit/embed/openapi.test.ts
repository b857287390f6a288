import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { OPERATIONS, openApiDocument } from "@/lib/api/openapi/document";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const API = path.join(ROOT, "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every app/api/**\/route.ts as (method, OpenAPI path): [code] becomes {code}, [...rest] becomes {rest}. */
function routes(): { method: string; path: string; file: string }[] {
  const found: { method: string; path: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const urlPath = `/${path.relative(path.join(ROOT, "app"), dir).split(path.sep).join("/")}`.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, "{$1}");
        for (const method of METHODS) {
          const exported = new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b|export\\s*\\{[^}]*\\b${method}\\b[^}]*\\}`).test(source);
          if (exported) found.push({ method: method.toLowerCase(), path: urlPath, file: path.relative(ROOT, full) });
        }
      }
    }
  };
  walk(API);
  return found;
}

describe("the OpenAPI document", () => {
  const document = openApiDocument("http://localhost:3000");

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("documents every route handler's methods", () => {
    const all = routes();
    expect(all.length).toBeGreaterThan(10);
    const documented = new Set(OPERATIONS.map((op) => `${op.method} ${op.path}`));
    const missing = all.filter((r) => !documented.has(`${r.method} ${r.path}`)).map((r) => `${r.method.toUpperCase()} ${r.path} (${r.file})`);
    expect(missing, `not documented in lib/api/openapi/: ${missing.join(", ")}`).toEqual([]);
  });

  it("documents no route that does not exist", () => {
    const real = new Set(routes().map((r) => `${r.method} ${r.path}`));
    const stale = OPERATIONS.filter((op) => !real.has(`${op.method} ${op.path}`)).map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(stale).toEqual([]);
  });

  it("gives every operation an error shape and, but for sign-in forms, an example call", () => {
    for (const op of OPERATIONS) {
      expect(Object.keys(op.responses).length, `${op.method} ${op.path}`).toBeGreaterThan(0);
      if (op.auth !== "session" || op.method === "get") expect(op.examples.length, `${op.method} ${op.path} has no example`).toBeGreaterThan(0);
    }
    const ops = Object.values(document.paths ?? {}).flatMap((item) => Object.values(item as Record<string, { responses: Record<string, unknown> }>));
    expect(ops.length).toBe(OPERATIONS.length);
    expect(document.components?.schemas?.Error).toBeDefined();
  });

  it("derives request schemas from the routes' own zod schemas", () => {
    const search = document.paths?.["/api/v1/occupations"]?.get as { parameters: { name: string; in: string; required?: boolean }[] };
    expect(search.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(["query:limit", "query:locale", "query:q"]);
    expect(search.parameters.find((p) => p.name === "q")?.required).toBe(true);
    const match = document.paths?.["/api/v1/match"]?.post as { requestBody: { content: Record<string, { schema: unknown }> } };
    expect(JSON.stringify(match.requestBody.content["application/json"]!.schema)).toContain("origin");
  });
});
