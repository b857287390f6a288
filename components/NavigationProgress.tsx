"use client";

import { useEffect, useRef, useState } from "react";

/** Shown only when a navigation takes longer than this, so quick ones do not flash. */
const SHOW_AFTER_MS = 150;
/** Gives up if the address never changes (a download, a refused request). */
const GIVE_UP_MS = 15_000;

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.defaultPrevented && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link to another page of this site that the browser or the router will open in this tab. */
function navigatingLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || (link.target && link.target !== "_self")) return null;
  const to = new URL(link.href, location.href);
  if (to.origin !== location.origin) return null;
  // Same page, another anchor: no wait.
  if (to.pathname === location.pathname && to.search === location.search) return null;
  return link;
}

/**
 * Progress while a navigation waits on the server: a thin bar at the top and
 * "Loading…" for screen readers, from a click on a link to another page or a
 * search or compare form (GET) until the address changes. Forms that save
 * (server actions) show their own pending state. Without JavaScript the
 * browser's own indicator does this.
 */
export function NavigationProgress({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  const started = useRef<{ href: string; timer: number; poll: number; giveUp: number } | null>(null);

  useEffect(() => {
    const stop = () => {
      const current = started.current;
      if (!current) return;
      window.clearTimeout(current.timer);
      window.clearInterval(current.poll);
      window.clearTimeout(current.giveUp);
      started.current = null;
      setPending(false);
    };
    const start = () => {
      stop();
      const href = location.href;
      started.current = {
        href,
        timer: window.setTimeout(() => setPending(true), SHOW_AFTER_MS),
        // The router changes the address once the new page is ready.
        poll: window.setInterval(() => {
          if (location.href !== href) stop();
        }, 50),
        giveUp: window.setTimeout(stop, GIVE_UP_MS),
      };
    };
    const onClick = (event: MouseEvent) => {
      if (isPlainClick(event) && navigatingLink(event.target)) start();
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
      const method = (event.submitter?.getAttribute("formmethod") ?? form.method).toLowerCase();
      if (method === "get") start();
    };
    const onPageShow = () => stop();
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    // Back to this page from the browser's cache: nothing is pending any more.
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
      window.removeEventListener("pageshow", onPageShow);
      stop();
    };
  }, []);

  return (
    <div aria-live="polite" className="no-print">
      {pending ? (
        <>
          <div className="fixed inset-x-0 top-0 z-50 h-1 overflow-hidden bg-teal-100" data-testid="navigation-progress">
            <div className="h-full w-1/3 animate-pulse bg-teal-700" />
          </div>
          <span className="sr-only">{label}</span>
        </>
      ) : null}
    </div>
  );
}
