/**
 * Progress while a navigation waits on the server: a thin bar at the top and
 * "Loading…" for screen readers, from a click on a link to another page or a
 * GET form (search, compare) until the page changes. Forms that save show
 * their own pending state (submit.ts). Without JavaScript the browser's own
 * indicator does this.
 *
 * Pages that load whole are replaced, bar and all. The workspace changes
 * pages without unloading (the router), so the bar also stops when the
 * address changes.
 */

/** Shown only when a navigation takes longer than this, so quick ones do not flash. */
const SHOW_AFTER_MS = 150;
/** Gives up if the address never changes (a download, a refused request). */
const GIVE_UP_MS = 15_000;

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.defaultPrevented && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link to another page of this site that opens in this tab. */
function navigatingLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || (link.target && link.target !== "_self")) return null;
  const to = new URL(link.href, location.href);
  if (to.origin !== location.origin) return null;
  // Same page, another anchor: no wait.
  if (to.pathname === location.pathname && to.search === location.search) return null;
  return link;
}

export function startProgress(): void {
  const region = document.getElementById("navigation-progress");
  if (!region) return;
  const label = region.dataset.label ?? "";
  let current: { timer: number; poll: number; giveUp: number } | null = null;

  const show = () => {
    const bar = document.createElement("div");
    bar.className = "fixed inset-x-0 top-0 z-50 h-1 overflow-hidden bg-teal-100";
    bar.dataset.testid = "navigation-progress";
    const fill = document.createElement("div");
    fill.className = "h-full w-1/3 animate-pulse bg-teal-700";
    bar.append(fill);
    const text = document.createElement("span");
    text.className = "sr-only";
    text.textContent = label;
    region.replaceChildren(bar, text);
  };
  const stop = () => {
    if (!current) return;
    window.clearTimeout(current.timer);
    window.clearInterval(current.poll);
    window.clearTimeout(current.giveUp);
    current = null;
    region.replaceChildren();
  };
  const start = () => {
    stop();
    const href = location.href;
    current = {
      timer: window.setTimeout(show, SHOW_AFTER_MS),
      poll: window.setInterval(() => {
        if (location.href !== href) stop();
      }, 50),
      giveUp: window.setTimeout(stop, GIVE_UP_MS),
    };
  };

  document.addEventListener("click", (event) => {
    if (isPlainClick(event) && navigatingLink(event.target)) start();
  });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    const method = (event.submitter?.getAttribute("formmethod") ?? form.method).toLowerCase();
    if (method === "get") start();
  });
  // Back to this page from the browser's cache: nothing is pending any more.
  window.addEventListener("pageshow", stop);
}
