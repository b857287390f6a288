import { getTranslations } from "next-intl/server";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { Badge } from "./Badge";
import { Section } from "./Section";

/** Illustrative stories, each marked as a composite. */
export async function Stories({ stories }: { stories: ProfessionFrontmatter["stories"] }) {
  const t = await getTranslations("professions.page");
  return (
    <Section id="stories" title={t("sections.stories")}>
      <p className="max-w-prose text-sm">{t("stories.intro")}</p>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 print:block print:space-y-3">
        {stories.map((story) => (
          <article key={story.title} className="break-inside-avoid rounded border border-slate-200 p-3" data-testid="story">
            <h3 className="font-semibold">{story.title}</h3>
            <p className="mt-1">
              <Badge tone="notice">{t("stories.label")}</Badge>
            </p>
            <p className="mt-2 text-sm">{story.text}</p>
          </article>
        ))}
      </div>
    </Section>
  );
}
