/**
 * Where to go after signing in: only a path of this site in a known language
 * (never another site: no open redirect), else the workspace.
 */
export function safeNext(value: unknown, locale: string): string {
  const fallback = `/${locale}/workspace`;
  if (typeof value !== "string") return fallback;
  let path = value;
  try {
    // next-auth hands back absolute URLs of this site; keep their path only.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search;
    }
  } catch {
    return fallback;
  }
  return /^\/(en|fr)(\/[A-Za-z0-9/_.-]*)?(\?[A-Za-z0-9=&%_.-]*)?$/.test(path) && !path.includes("//") ? path : fallback;
}
