import { expect, request, type APIRequestContext } from "@playwright/test";

/**
 * Saves the first step of a journey the way a browser without JavaScript
 * does: reads the step's form from the page (its hidden server-action field
 * included) and posts it as multipart form data with the page's Origin. The
 * app answers 303 to the next step and sets the journey's cookie; the token
 * in that cookie is the acknowledgement.
 */
export interface StepForm {
  action: string;
  fields: Record<string, string>;
}

export async function readProfessionForm(baseURL: string, locale: "en" | "fr" = "en"): Promise<StepForm> {
  const context = await request.newContext({ baseURL });
  try {
    const response = await context.get(`/${locale}/pre-arrival`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const form = html.split("<form").find((f) => /name="step"[^>]*value="profession"|value="profession"[^>]*name="step"/.test(f) && /\$ACTION_ID_/.test(f));
    if (!form) throw new Error("The profession step's form (with its server action) is not on the page.");
    const fields: Record<string, string> = {};
    for (const input of form.split("</form>")[0]!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(input[0])?.[1];
      if (name) fields[name.replace(/&quot;/g, '"').replace(/&amp;/g, "&")] = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    }
    return { action: `/${locale}/pre-arrival`, fields };
  } finally {
    await context.dispose();
  }
}

export const JOURNEY_COOKIE = "parallel_pre_arrival";

export type SaveOutcome = { ok: true; token: string } | { ok: false; reason: string };

/** One save of the profession step, as a fresh browser; `country` marks the row. */
export async function saveProfession(context: APIRequestContext, baseURL: string, form: StepForm, country: string): Promise<SaveOutcome> {
  try {
    const response = await context.post(form.action, {
      multipart: {
        ...form.fields,
        occupation: "31102",
        country,
        yearsPractised: "12",
        lastPractised: "2024",
        intent: "next",
      },
      headers: { Origin: baseURL },
      maxRedirects: 0,
      timeout: 15_000,
    });
    const location = response.headers()["location"] ?? "";
    const cookie = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${JOURNEY_COOKIE}=`));
    const token = cookie ? decodeURIComponent(cookie.value.slice(JOURNEY_COOKIE.length + 1).split(";")[0]!) : "";
    if (response.status() === 303 && location.includes("step=plans") && /^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: true, token };
    return { ok: false, reason: `${response.status()} ${location}` };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split("\n")[0]! };
  }
}
