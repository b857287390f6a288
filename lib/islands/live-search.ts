/**
 * Search as you type, on a plain GET form that works without JavaScript.
 *
 *   <form data-live-search="results-id" data-live-status="status-id"
 *         data-live-min="2" data-live-stay action="/en/occupations">
 *
 * Each pause in typing loads the form's own result page (`action?q=…`, a
 * page the server caches) and takes from it the results and the status
 * line, by their ids, in place of the ones shown. Every text is the
 * server's, so nothing is formatted twice. With `data-live-stay`, Enter
 * stays on the page (the results are already shown); without it, Enter
 * loads the result page.
 */

const PAUSE_MS = 200;

function setupForm(form: HTMLFormElement): void {
  const results = document.getElementById(form.dataset.liveSearch ?? "");
  const status = document.getElementById(form.dataset.liveStatus ?? "");
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!results || !status || !input) return;
  const min = Number(form.dataset.liveMin ?? "0") || 0;
  const searching = form.dataset.liveSearching ?? "";
  const failed = form.dataset.liveError ?? "";
  let timer = 0;
  let pending: AbortController | null = null;
  let shown = input.value.trim();

  const replaceFrom = (page: Document) => {
    const nextResults = page.getElementById(results.id);
    const nextStatus = page.getElementById(status.id);
    results.replaceChildren(...(nextResults ? Array.from(nextResults.childNodes, (node) => document.importNode(node, true)) : []));
    status.textContent = nextStatus?.textContent ?? "";
  };

  const run = async (q: string) => {
    pending?.abort();
    const own = new AbortController();
    pending = own;
    // On the result page itself the address follows the search, so reload, back and sharing show the same results.
    const here = new URL(location.href);
    if (here.pathname === new URL(form.action, location.href).pathname) {
      if (q) here.searchParams.set("q", q);
      else here.searchParams.delete("q");
      history.replaceState(history.state, "", here);
    }
    if (q.length < min) {
      results.replaceChildren();
      status.textContent = "";
      shown = q;
      return;
    }
    status.textContent = searching;
    try {
      const url = new URL(form.action, location.href);
      url.search = new URLSearchParams({ q }).toString();
      const response = await fetch(url, { signal: own.signal, headers: { accept: "text/html" } });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      if (pending !== own) return;
      replaceFrom(page);
      shown = q;
    } catch (error) {
      if (pending === own && !(error instanceof DOMException && error.name === "AbortError")) status.textContent = failed;
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q === shown) return;
    timer = window.setTimeout(() => void run(q), PAUSE_MS);
  });
  form.addEventListener("submit", (event) => {
    if (!("liveStay" in form.dataset)) return;
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value.trim());
  });
}

/** Sets up the live search forms not set up yet (pages that change without reloading bring new ones). */
export function enhanceLiveSearch(): void {
  document.querySelectorAll<HTMLFormElement>("form[data-live-search]:not([data-live-ready])").forEach((form) => {
    form.dataset.liveReady = "";
    setupForm(form);
  });
}
