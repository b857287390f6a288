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
