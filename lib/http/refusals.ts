import { PayloadTooLargeError, TooManyRequestsError, type LocalizedText } from "@/lib/errors";

/**
 * Answers proxy.ts gives before a request reaches a page, an action or an
 * endpoint: JSON `{ error, message, fields }` for `/api/...`, otherwise a
 * small page in the visitor's language. Both are a few hundred bytes.
 */

export type Locale = "en" | "fr";

const TEXTS = {
  bad_path: { en: "This address is malformed.", fr: "Cette adresse est mal formée." },
  bad_request: { en: "This request is malformed.", fr: "Cette requête est mal formée." },
  not_found: { en: "This page does not exist.", fr: "Cette page n’existe pas." },
  method_not_allowed: { en: "This method is not allowed here.", fr: "Cette méthode n’est pas permise ici." },
  length_required: { en: "The request must state its length.", fr: "La requête doit indiquer sa longueur." },
  foreign_origin: {
    en: "This form can only be sent from Parallel’s own pages.",
    fr: "Ce formulaire ne peut être envoyé que depuis les pages de Parallel.",
  },
} satisfies Record<string, LocalizedText>;

const STATUS = { bad_path: 400, bad_request: 400, not_found: 404, method_not_allowed: 405, length_required: 411, foreign_origin: 403 } as const;

const TITLES: Record<Locale, { home: string; title: (status: number) => string }> = {
  en: { home: "Back to the home page", title: (s) => `Request refused (${s}) | Parallel` },
  fr: { home: "Retour à l’accueil", title: (s) => `Requête refusée (${s}) | Parallel` },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function refusal(
  kind: keyof typeof TEXTS | PayloadTooLargeError | TooManyRequestsError,
  options: { locale: Locale; api: boolean; headers?: Record<string, string> },
): Response {
  const { locale, api } = options;
  const status = typeof kind === "string" ? STATUS[kind] : kind instanceof PayloadTooLargeError ? 413 : 429;
  const code = typeof kind === "string" ? kind : kind.code;
  const message = typeof kind === "string" ? TEXTS[kind][locale] : kind.messageIn(locale);
  const headers = new Headers(options.headers);
  if (kind instanceof TooManyRequestsError) headers.set("Retry-After", String(Math.ceil(kind.retryAfterSeconds)));
  headers.set("Cache-Control", "no-store");
  if (api) {
    headers.set("Content-Type", "application/json");
    headers.set("Access-Control-Allow-Origin", "*");
    return new Response(JSON.stringify({ error: code, message, fields: {} }), { status, headers });
  }
  headers.set("Content-Type", "text/html; charset=utf-8");
  const t = TITLES[locale];
  const html =
    `<!doctype html><html lang="${locale === "fr" ? "fr-CA" : "en-CA"}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(t.title(status))}</title></head><body><main><h1>${escapeHtml(message)}</h1>` +
    `<p><a href="/${locale}">${escapeHtml(t.home)}</a></p></main></body></html>`;
  return new Response(html, { status, headers });
}
