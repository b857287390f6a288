import { getTranslations } from "next-intl/server";
import { sourceAnchor } from "@/lib/professions/sections";

/** Footnote-style links ("[1]", "[2]") from a step or a figure to the sources list. */
export async function SourceRefs({ ids, footnotes }: { ids: readonly string[]; footnotes: Record<string, number> }) {
  const t = await getTranslations("professions.page");
  const refs = ids.flatMap((id) => (footnotes[id] ? [{ id, number: footnotes[id] }] : [])).sort((a, b) => a.number - b.number);
  if (!refs.length) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap text-xs">
      {refs.map(({ id, number }) => (
        <a key={id} href={`#${sourceAnchor(id)}`} className="px-0.5 underline">
          <span className="sr-only">{t("sourceRef", { number })}</span>
          <span aria-hidden="true">[{number}]</span>
        </a>
      ))}
    </sup>
  );
}
