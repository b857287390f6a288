import { Section } from "./Section";

/** The scope of practice and the page's markdown body (rendered on the server). */
export function WorkInCanada({ title, scope, bodyHtml }: { title: string; scope: string; bodyHtml: string }) {
  return (
    <Section id="work" title={title}>
      <p className="max-w-prose">{scope}</p>
      <div
        className="max-w-prose space-y-3 [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-semibold [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc"
        // Rendered from the repository's own markdown, raw HTML escaped (lib/professions/markdown.ts).
        dangerouslySetInnerHTML={{ __html: bodyHtml }}
      />
    </Section>
  );
}
