import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll } from "./helpers";

/**
 * Reading load: both journeys, in English and French, walked with the same
 * answers; the words a person sees on each step before opening anything
 * (text inside a closed <details> other than its summary is not counted)
 * are counted in the page's main region and printed. No step may go over
 * MAX_WORDS. The walk is on a 320 px wide screen: every step must fit
 * without scrolling sideways (with its disclosures opened too) and have no
 * serious or critical axe violation.
 */

test.describe.configure({ timeout: 240_000 });

const MAX_WORDS = 600;

/** Words in <main> as first shown: closed disclosures count their summary only. */
async function wordsOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    if (!main) return 0;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template, [hidden]")) continue;
      const details = parent.closest("details");
      if (details && !details.open && !parent.closest("summary")) continue;
      count += (node.textContent ?? "").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    return count;
  });
}

const next = async (page: Page, locale: "en" | "fr") => {
  await page.getByRole("button", { name: locale === "fr" ? "Enregistrer et continuer" : "Save and continue" }).click();
};

async function waitForStep(page: Page, n: number, locale: "en" | "fr") {
  await expect(page.locator("#journey-progress")).toContainText(locale === "fr" ? `Étape ${n} sur 6` : `Step ${n} of 6`, { timeout: 60_000 });
}

async function fillPlans(page: Page, withArrival: boolean) {
  await page.locator('input[name="provinces"][value="ON"]').check();
  if (withArrival) {
    await page.locator('select[name="arrivalMonth"]').selectOption("3");
    await page.locator('input[name="arrivalYear"]').fill(String(new Date().getUTCFullYear() + 1));
  }
  await page.locator('input[name="test"][value="ielts"]').check();
  for (const [skill, score] of [["listening", "7"], ["reading", "6.5"], ["writing", "6"], ["speaking", "6.5"]] as const) {
    await page.locator(`input[name="${skill}"]`).fill(score);
  }
}

async function fillSituation(page: Page) {
  await page.locator('input[name="retrainingMonths"]').fill("12");
  await page.locator('input[name="retrainingBudget"]').fill("8000");
  await page.locator('input[name="dependants"]').fill("1");
  for (const name of ["willingToMove", "willingToRetrain", "acceptRegulated"]) await page.locator(`input[name="${name}"][value="yes"]`).check();
}

const WALKS = [
  { kind: "pre-arrival", occupation: "31301", label: "registered nurse" },
  { kind: "post-assessment", occupation: "31102", label: "family physician" },
] as const;

for (const { kind, occupation, label } of WALKS) {
  for (const locale of ["en", "fr"] as const) {
    test(`words per step: ${kind}, ${label}, ${locale}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      const counts: { step: string; words: number }[] = [];
      const record = async (n: number) => {
        await waitForStep(page, n, locale);
        const title = (await page.locator("#step-title").textContent())?.trim() ?? "";
        counts.push({ step: `${n}. ${title}`, words: await wordsOnScreen(page) });
        await expectNoHorizontalScroll(page);
        await expectAccessible(page);
        // Opened, the details still fit the screen.
        const closed = page.locator("main details:not([open]) > summary");
        for (let i = await closed.count(); i > 0; i--) await closed.first().click();
        await expectNoHorizontalScroll(page);
      };

      await page.goto(`/${locale}/${kind}?occupation=${occupation}`);
      await page.locator('input[name="country"]').fill("Philippines");
      await page.locator('input[name="yearsPractised"]').fill("8");
      await page.locator('input[name="lastPractised"]').fill(String(new Date().getUTCFullYear() - 1));
      await record(1);
      await next(page, locale);

      if (kind === "pre-arrival") {
        await waitForStep(page, 2, locale);
        await fillPlans(page, true);
        await record(2);
        await next(page, locale);
        await record(3);
        await next(page, locale);
      } else {
        await waitForStep(page, 2, locale);
        await page.locator('input[name="body"]').fill("Medical Council of Canada");
        await page.locator('input[name="outcome"][value="gaps"]').check();
        await page.locator('input[name="gaps"][value="exams"]').check();
        await record(2);
        await next(page, locale);
        await waitForStep(page, 3, locale);
        await fillPlans(page, false);
        await record(3);
        await next(page, locale);
      }
      await waitForStep(page, 4, locale);
      await fillSituation(page);
      await record(4);
      await next(page, locale);
      await record(5);
      // Two options on the roadmap: each adds its first step there.
      const options = page.locator('input[name="option"]');
      await expect(options.first()).toBeVisible();
      for (const i of [0, 1]) if ((await options.count()) > i) await options.nth(i).check();
      await next(page, locale);
      await record(6);

      if (process.env.WORDS_DUMP) console.log(await page.locator("main").innerText());
      const total = counts.reduce((s, c) => s + c.words, 0);
      console.log(`\nWords per step before expanding (${kind}, ${label}, ${locale}), limit ${MAX_WORDS}:\n${counts.map((c) => `  ${String(c.words).padStart(5)}  ${c.step}`).join("\n")}\n  ${String(total).padStart(5)}  in all`);
      await context.close();
      expect(counts.filter((c) => c.words > MAX_WORDS)).toEqual([]);
    });
  }
}
