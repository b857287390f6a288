/**
 * The language switch (`a[data-switch-locale="fr"]`) leads to this page in
 * the other language, with its query string. The server writes the address
 * it rendered; pages that change without reloading (the workspace) have
 * moved on since, so the address is taken from the page at the click.
 */
export function startLanguageSwitch(): void {
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-switch-locale]") : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    link.href = switchedPath(location.pathname, location.search, link.dataset.switchLocale ?? "");
  }, true);
}

/** `/en/professions/x?q=1` in French: `/fr/professions/x?q=1`. */
export function switchedPath(pathname: string, search: string, locale: string): string {
  const rest = pathname.replace(/^\/(en|fr)(?=\/|$)/, "");
  return `/${locale}${rest === "/" ? "" : rest}${search}`;
}
