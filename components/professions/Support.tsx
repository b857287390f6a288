import { getTranslations } from "next-intl/server";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { Section } from "./Section";

/** Bridging programs and other training, and help with the costs. */
export async function Support({
  bridging,
  funding,
}: {
  bridging: ProfessionFrontmatter["bridging"];
  funding: ProfessionFrontmatter["funding"];
}) {
  const t = await getTranslations("professions.page");
  const lists = [
    { id: "bridging", title: t("support.bridging"), items: bridging.map((b) => ({ label: t(`support.bridgingTypes.${b.type}`), text: b.description })) },
    { id: "funding", title: t("support.funding"), items: funding.map((f) => ({ label: t(`support.fundingTypes.${f.type}`), text: f.description })) },
  ];
  return (
    <Section id="support" title={t("sections.support")}>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2 print:block print:space-y-4">
        {lists.map((list) => (
          <div key={list.id}>
            <h3 className="mb-2 text-lg font-semibold">{list.title}</h3>
            <ul className="space-y-2">
              {list.items.map((item) => (
                <li key={item.label + item.text} className="break-inside-avoid">
                  <p className="font-medium">{item.label}</p>
                  <p className="text-sm">{item.text}</p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}
