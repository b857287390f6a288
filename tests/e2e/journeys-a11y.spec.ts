import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";

/**
 * The journeys as a keyboard or screen reader user meets them, and the
 * pages around them: step changes named in the title, focus and a live
 * region; a double tap on a slow phone; delete with confirmation; starting
 * from an occupation; the saved link; not-found pages; icons and sitemap.
 */
test.describe.configure({ timeout: 180_000 });

const PRE = "Before you arrive: your profession in Canada";

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached with ${max} presses of Tab: ${target}`);
}

/** The step change as announced: title, focused heading, live region. */
async function expectStepChange(page: Page, n: number, title: string, journey = PRE) {
  await expect(page).toHaveTitle(`Step ${n} of 6: ${title} – ${journey} | Parallel`, { timeout: 30_000 });
  const heading = page.locator("#step-title");
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  await expect(page.getByTestId("step-announcer")).toHaveText(`Step ${n} of 6: ${title}`);
}

test("keyboard only: each step change sets the title, moves focus to the step heading and is announced", async ({ page }) => {
  await page.goto("/en/pre-arrival?occupation=31301");
  await expect(page).toHaveTitle(`Step 1 of 6: Your profession – ${PRE} | Parallel`);
  await expect(page.getByTestId("start-notice")).toContainText("Registered nurses");
  await expect(page.getByRole("radio", { name: /31301/ })).toBeChecked();
  // The first page of a visit keeps its reading order: nothing is announced yet.
  await expect(page.getByTestId("step-announcer")).toHaveText("");
  await expectAccessible(page);

  await tabTo(page, page.getByLabel("Country where you practised"));
  await page.keyboard.type("Philippines");
  await tabTo(page, page.getByLabel("Years of practice"));
  await page.keyboard.type("8");
  await tabTo(page, page.getByLabel("Year you last practised"));
  await page.keyboard.type("2024");
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");
  await expectStepChange(page, 2, "Where, when and language");
  await expectAccessible(page);

  await tabTo(page, page.getByRole("checkbox", { name: "Alberta" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");
  await expectStepChange(page, 3, "What practising it in Canada takes");

  await tabTo(page, page.getByRole("button", { name: "Back" }));
  await page.keyboard.press("Enter");
  await expectStepChange(page, 2, "Where, when and language");
  await expect(page.getByRole("checkbox", { name: "Alberta" })).toBeChecked();

  // A rejected step: focus goes to the list of problems instead.
  await page.getByRole("checkbox", { name: "Alberta" }).uncheck();
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("#errors")).toBeFocused({ timeout: 30_000 });
  await expect(page.locator("#errors")).toContainText("Choose at least one province or territory.");
  expect((await page.title()).trim()).not.toBe("");
});

test("a double tap on a slow connection sends one step, and a tap on the next step right after is ignored", async ({ page, context }) => {
  await page.goto("/en/pre-arrival?occupation=31301");
  await page.getByLabel("Country where you practised").fill("Philippines");
  await page.getByLabel("Years of practice").fill("8");
  await page.getByLabel("Year you last practised").fill("2024");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#step-title")).toHaveText("Where, when and language", { timeout: 30_000 });
  // A new step ignores taps for its first 0.6 s (see below): a person takes longer than that to answer.
  await page.waitForTimeout(800);
  await page.getByRole("checkbox", { name: "Ontario" }).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#step-title")).toHaveText("What practising it in Canada takes", { timeout: 30_000 });
  await page.waitForTimeout(800);

  // A throttled phone: the answer takes seconds; the button says so and ignores more taps.
  // Steps are whole page loads, so what happens in a page is noted in sessionStorage, which the next page of the tab still reads.
  await page.addInitScript({
    content: `new MutationObserver(() => {
      const busy = [...document.querySelectorAll("button[aria-disabled=true]")].find((b) => b.textContent === "Saving…");
      if (busy) sessionStorage.setItem("saving-shown", "1");
    }).observe(document, { subtree: true, childList: true, attributes: true });`,
  });
  // The second half of a double tap that lands on the next step just as it appears (0.1 s after), in that step's first showing only.
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      if (document.getElementById("step-title")?.textContent !== "Your competencies and your situation") return;
      observer.disconnect();
      if (sessionStorage.getItem("late-tap")) return;
      sessionStorage.setItem("late-tap", "1");
      window.setTimeout(() => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Save and continue");
        button?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, detail: 1 }));
        document.body.dataset.lateTap = button ? "sent" : "missing";
      }, 100);
    }).observe(document, { subtree: true, childList: true, characterData: true });`,
  });
  await page.reload();
  await expect(page.locator("#step-title")).toHaveText("What practising it in Canada takes");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 1500, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  const save = page.getByRole("button", { name: "Save and continue" });
  await save.dblclick({ noWaitAfter: true });
  await save.click({ noWaitAfter: true, timeout: 2000 }).catch(() => {});
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // One step forward, and the tap that lands on the new step as it appears does not submit it.
  await expect(page.locator("#step-title")).toHaveText("Your competencies and your situation", { timeout: 30_000 });
  await expect(page.locator("body")).toHaveAttribute("data-late-tap", "sent");
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => sessionStorage.getItem("saving-shown"))).toBe("1");
  expect(posts).toHaveLength(1);
  await expect(page).toHaveURL(/step=competencies/);
  await expect(page.locator("#errors")).toHaveCount(0);
  await expect(page.locator("#journey-progress")).toHaveText(/Step 4 of 6/);
  // A deliberate tap afterwards is sent (and this step, unanswered, is refused with its errors).
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#errors")).toContainText("Months for training: Enter a number.", { timeout: 30_000 });
});

for (const javaScriptEnabled of [true, false]) {
  test(`delete asks for confirmation first (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/fr/pre-arrival?occupation=31301");
    await page.getByLabel("Pays où vous avez exercé").fill("Haïti");
    await page.getByLabel("Années d’exercice").fill("5");
    await page.getByLabel("Dernière année où vous avez exercé").fill("2023");
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    await expect(page.locator("#journey-progress")).toHaveText(/Étape 2 sur 6/, { timeout: 30_000 });

    await page.getByRole("link", { name: "Supprimer mes réponses" }).click();
    await expect(page.getByRole("heading", { name: "Supprimer vos réponses ?" })).toBeVisible();
    await expect(page).toHaveTitle(/^Supprimer vos réponses\s\? – /);
    if (javaScriptEnabled) {
      await expect(page.locator("#step-title")).toBeFocused();
      await expectAccessible(page);
    }
    // "No" keeps everything.
    await page.getByRole("link", { name: "Non, garder mes réponses" }).click();
    await expect(page.locator("#journey-progress")).toHaveText(/Étape 2 sur 6/);
    await page.getByRole("link", { name: /1\. Profession/ }).click();
    await expect(page.getByLabel("Pays où vous avez exercé")).toHaveValue("Haïti");

    await page.getByRole("link", { name: "Supprimer mes réponses" }).click();
    await page.getByRole("button", { name: "Oui, supprimer mes réponses" }).click();
    await expect(page.getByRole("status")).toContainText("Vos réponses ont été supprimées");
    await expect(page.getByLabel("Pays où vous avez exercé")).toHaveValue("");
    // Nothing left to delete: no delete control, and the confirmation page is not offered.
    await expect(page.getByRole("link", { name: "Supprimer mes réponses" })).toHaveCount(0);
    await page.goto("/fr/pre-arrival?delete=confirm");
    await expect(page.getByRole("heading", { name: "Supprimer vos réponses ?" })).toHaveCount(0);
    await context.close();
  });
}

test("start from an occupation page or a profession page with the occupation chosen", async ({ page }) => {
  await page.goto("/en/occupations/31301");
  const start = page.getByTestId("start-journey");
  await expect(start.getByRole("heading", { name: "Start the journey with this occupation" })).toBeVisible();
  await start.getByRole("link", { name: "Before you arrive in Canada" }).click();
  await expect(page).toHaveURL(/\/en\/pre-arrival\?occupation=31301$/);
  await expect(page.getByRole("radio", { name: /31301/ })).toBeChecked();

  await page.goto("/fr/professions/registered-nurses");
  await page.getByTestId("start-journey").getByRole("link", { name: "J’ai mon évaluation des diplômes" }).click();
  await expect(page).toHaveURL(/\/fr\/post-assessment\?occupation=31301$/);
  await expect(page.locator("#journey-progress")).toHaveText(/Étape 1 sur 6/);
  await expect(page.getByRole("radio", { name: /31301/ })).toBeChecked();
  await expect(page.getByTestId("start-notice")).toContainText("31301");
  await expectAccessible(page);

  // An unknown or malformed code chooses nothing and says why.
  for (const code of ["99999", "abc<b>"]) {
    await page.goto(`/en/pre-arrival?occupation=${encodeURIComponent(code)}`);
    await expect(page.getByTestId("start-notice")).toHaveText(`There is no occupation with the code “${code}” in NOC 2021, so none is chosen. Search for your profession below.`);
    await expect(page.getByRole("radio")).toHaveCount(0);
  }
});

test("a rejected profession step keeps the search box, its results and says why", async ({ page }) => {
  await page.goto("/en/post-assessment");
  await page.getByLabel("Your profession, as you would say it at home").fill("nurse");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const results = await page.getByRole("radio").count();
  expect(results).toBeGreaterThan(1);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#errors")).toContainText("Enter the country where you practised, for example Philippines.");
  await expect(page.getByLabel("Your profession, as you would say it at home")).toHaveValue("nurse");
  await expect(page.getByRole("radio")).toHaveCount(results);
  await expectAccessible(page);
});

test("the saved-link page: the link on the site the person uses, a copy button, the expiry and how to print", async ({ browser, baseURL }) => {
  // The app is configured with 127.0.0.1 as its address; the person reaches it as localhost.
  const origin = baseURL!.replace("127.0.0.1", "localhost");
  const context = await browser.newContext({ baseURL: origin });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const page = await context.newPage();
  await page.goto("/en/pre-arrival");
  await page.getByRole("button", { name: "Save and get a private link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your saved answers");
  const link = await page.getByLabel("Your private link").inputValue();
  expect(link.startsWith(`${origin}/en/saved/`)).toBe(true);
  await expect(page.getByText(/We keep your answers until \w+ \d{1,2}, \d{4}\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Keep a copy on paper or as a PDF" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print or save this page as PDF" })).toBeVisible();
  await page.getByRole("button", { name: "Copy the link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectAccessible(page);

  // Behind a proxy: the address the proxy says the browser used.
  const proxied = await context.request.get(new URL(link).pathname, { headers: { "X-Forwarded-Host": "parallel.example.ca", "X-Forwarded-Proto": "https" } });
  expect(await proxied.text()).toContain(`value="https://parallel.example.ca/en/saved/`);
  await context.close();

  // Without JavaScript the link is selectable text, and there is no copy button.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(new URL(link).pathname);
  await expect(plain.getByLabel("Your private link")).toHaveValue(link.replace("localhost", "127.0.0.1"));
  await expect(plain.getByRole("button", { name: "Copy the link" })).toHaveCount(0);
  await noJs.close();
});

const NOT_FOUND = [
  { url: "/en/nope", lang: "en-CA", title: "Page not found", nav: "Main", back: "Back to the home page" },
  { url: "/en/occupations/nope/deeper", lang: "en-CA", title: "Page not found", nav: "Main", back: "Back to the home page" },
  { url: "/fr/professions/nope", lang: "fr-CA", title: "Page introuvable", nav: "Navigation principale", back: "Retour à l'accueil" },
  { url: "/fr/nope", lang: "fr-CA", title: "Page introuvable", nav: "Navigation principale", back: "Retour à l'accueil" },
  { url: "/de", lang: "en-CA", title: "Page not found", nav: "Main", back: "Back to the home page" },
  { url: "/nope", lang: "en-CA", title: "Page not found", nav: "Main", back: "Back to the home page" },
  { url: "/nope.txt", lang: "en-CA", title: "Page not found", nav: "Main", back: "Back to the home page" },
];

for (const { url, lang, title, nav, back } of NOT_FOUND) {
  test(`unknown address ${url}: the app's own not-found page, in its language`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("navigation", { name: nav })).toBeVisible();
    await expect(page.getByRole("link", { name: back })).toBeVisible();
    expect((await page.title()).trim()).not.toBe("");
    await expectAccessible(page);
    await page.getByRole("link", { name: back }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang.slice(0, 2)}$`));
  });
}

test("icons and the journeys in the sitemap", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  await page.goto("/en");
  const icon = page.locator('link[rel="icon"][type="image/svg+xml"]');
  await expect(icon).toHaveCount(1);
  const svg = await request.get((await icon.getAttribute("href"))!);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/en/pre-arrival", "/fr/pre-arrival", "/en/post-assessment", "/fr/post-assessment"]) expect(sitemap).toContain(`${path}</loc>`);
});
