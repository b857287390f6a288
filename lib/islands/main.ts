/**
 * The site's only script on public pages: small behaviours layered on
 * server-rendered HTML that works without it. Public pages do not load
 * React in the browser (lib/http/static-html.mjs takes Next.js's scripts
 * out), so they are interactive as soon as this has run. Bundled by
 * lib/islands/build.ts into public/islands/site.js.
 */
import { enhanceButtons, startButtons } from "./buttons";
import { startJourney } from "./journey";
import { startLanguageSwitch } from "./language";
import { enhanceLiveSearch } from "./live-search";
import { startProgress } from "./progress";
import { startSubmitButtons } from "./submit";

/** What each page's markup asks for, set up once per element. */
function enhance(): void {
  enhanceButtons();
  enhanceLiveSearch();
}

function start(): void {
  startProgress();
  startLanguageSwitch();
  startButtons();
  startSubmitButtons();
  startJourney();
  enhance();
  // Pages that change without reloading (the workspace's router) bring new forms and buttons.
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      enhance();
    });
  }).observe(document.body, { childList: true, subtree: true });
  // When the page became interactive, for measurements (tests/bench/slow-phone.ts).
  (window as Window & { parallelReadyAt?: number }).parallelReadyAt = performance.now();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
