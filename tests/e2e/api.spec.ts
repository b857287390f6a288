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
  expect(body.results).toHaveLength(10);
  expect(body.results.map((r: { code: string }) => r.code)).toContain("32101");
  expect(body.results[0]).toHaveProperty("explanation.fr");
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
  expect(body.results).toHaveLength(5);
  expect(body.results.every((r: { regulated: boolean }) => r.regulated === false)).toBe(true);

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
