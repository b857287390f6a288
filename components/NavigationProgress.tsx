/**
 * Where the progress bar appears while a navigation waits on the server
 * (lib/islands/progress.ts draws it): from a click on a link to another
 * page, or a search or compare form, until the next page shows. Forms that
 * save show their own pending state. Without JavaScript the browser's own
 * indicator does this.
 */
export function NavigationProgress({ label }: { label: string }) {
  return <div id="navigation-progress" data-label={label} aria-live="polite" className="no-print" />;
}
