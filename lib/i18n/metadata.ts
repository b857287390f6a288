import type { Metadata } from "next";
import { routing } from "./routing";

/** hreflang alternates for a path that exists in every locale. */
export function alternates(path: string): Metadata["alternates"] {
  const languages = Object.fromEntries(routing.locales.map((l) => [l === "fr" ? "fr-CA" : "en-CA", `/${l}${path}`]));
  return { languages: { ...languages, "x-default": `/${routing.defaultLocale}${path}` } };
}
