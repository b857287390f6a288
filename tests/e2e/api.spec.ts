import { expect, test } from "@playwright/test";

test("GET /api/v1/occupations searches and validates its parameters", async ({ request }) => {
  const ok = await request.get("/api/v1/occupations?q=registerd%20nurse&locale=en&limit=3");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.results[0]).toMatchObject({ code: "31301", teer: 1 });
  expect(body.results.length).toBeLessThanOrEqual(3);

  const bad = await request.get("/api/v1/occupations?q=x&locale=de&limit=500");
  expect(bad.status()).toBe(400);
  const error = await bad.json();
  expect(Object.keys(error.fields).sort()).toEqual(["limit", "locale", "q"]);
});

test("GET /api/v1/occupations/[code] returns an occupation, 400 for a malformed code, 404 for an unknown one", async ({ request }) => {
  const ok = await request.get("/api/v1/occupations/32101?locale=fr");
  expect(ok.status()).toBe(200);
  expect((await ok.json()).title).toBe("Infirmiers auxiliaires/infirmières auxiliaires");
  expect((await request.get("/api/v1/occupations/3210")).status()).toBe(400);
  expect((await request.get("/api/v1/occupations/99999")).status()).toBe(404);
});

test("GET /api/v1/occupations/[code]/alternatives ranks explained alternatives", async ({ request }) => {
  const res = await request.get("/api/v1/occupations/31301/alternatives?limit=10&locale=fr");
  expect(res.status()).toBe(200);
  const body = await res.json();
  // The top ten, with the registered nurses guide's curated options merged in and labelled.
  type Result = { code: string; source: string; regulated: boolean; retraining: unknown; licensing: unknown };
  const results = body.results as Result[];
  expect(results.filter((r) => r.source !== "curated")).toHaveLength(10);
  expect(results.some((r) => r.source === "both" || r.source === "curated")).toBe(true);
  expect(results.map((r) => r.code)).toContain("32101");
  expect(body.results[0]).toHaveProperty("explanation.fr");
  // Licensed work carries what is known of the licence, never a gap-derived estimate.
  for (const r of results) expect(r.regulated ? r.retraining === null && r.licensing !== null : r.licensing === null).toBe(true);
  expect(body.engineVersion).toBeTruthy();
  expect((await request.get("/api/v1/occupations/99999/alternatives")).status()).toBe(404);
  expect((await request.get("/api/v1/occupations/31301/alternatives?limit=0")).status()).toBe(400);
});

test("POST /api/v1/match validates the profile and ranks", async ({ request }) => {
  const ok = await request.post("/api/v1/match?limit=5", {
    data: { origin: "21300", adjustments: { F02a01: 4 }, constraints: { acceptRegulated: false, teerRange: [1, 2] } },
  });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.results.filter((r: { source: string }) => r.source !== "curated")).toHaveLength(5);
  expect(body.results.every((r: { regulated: boolean }) => r.regulated === false)).toBe(true);

  // A physician at CLB 5: health options first, each with a language step; nothing removed.
  const clb5 = await request.post("/api/v1/match?limit=10", { data: { origin: "31102", constraints: { languageClb: 5 } } });
  const top = (await clb5.json()).results.slice(0, 10) as { code: string; language: { levels: number } }[];
  expect(top.filter((r) => r.code.startsWith("3")).length).toBeGreaterThanOrEqual(8);
  expect(top.some((r) => r.language.levels > 0)).toBe(true);

  const bad = await request.post("/api/v1/match", { data: { origin: "abc", constraints: { languageClb: 20 } } });
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(["constraints.languageClb", "origin"]);

  const unscored = await request.post("/api/v1/match", { data: { origin: "21300", adjustments: { B03a03: 4 } } });
  expect(unscored.status()).toBe(422);
  expect((await unscored.json()).fields).toHaveProperty("adjustments");

  const unknown = await request.post("/api/v1/match", { data: { origin: "99999" } });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).fields).toHaveProperty("origin");

  const notJson = await request.post("/api/v1/match", { headers: { "content-type": "application/json" }, data: Buffer.from("{oops") });
  expect(notJson.status()).toBe(400);
});
