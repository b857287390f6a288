import { getTranslations } from "next-intl/server";
import { PROVINCES, type ProfessionFrontmatter } from "@/lib/content/schema";
import { Badge } from "./Badge";
import { Section } from "./Section";

/** Whether and where the profession is regulated, and the bodies a person deals with. */
export async function Regulation({ regulation }: { regulation: ProfessionFrontmatter["regulation"] }) {
  const t = await getTranslations("professions.page");
  const tp = await getTranslations("provinces");
  const everywhere = PROVINCES.every((p) => regulation.provinces.includes(p));
  return (
    <Section id="regulation" title={t("sections.regulation")}>
      <p>
        <Badge tone={regulation.status === "not-regulated" ? "neutral" : "notice"}>{t(`regulation.status.${regulation.status}`)}</Badge>
      </p>
      <p className="max-w-prose">{regulation.where}</p>
      {regulation.provinces.length ? (
        <div>
          <h3 className="font-semibold">{t("regulation.provinces")}</h3>
          <p>{everywhere ? t("regulation.allProvinces") : regulation.provinces.map((p) => tp(p)).join(", ")}</p>
        </div>
      ) : null}
      <div>
        <h3 className="mb-2 font-semibold">{t("regulation.bodies")}</h3>
        <ul className="space-y-2">
          {regulation.bodies.map((body) => (
            <li key={body.name} className="break-inside-avoid rounded border border-slate-200 p-3">
              <p className="font-medium">{body.name}</p>
              <p className="text-sm text-[var(--color-muted)]">{t(`regulation.kinds.${body.kind}`)}</p>
              <p className="mt-1 text-sm">{body.role}</p>
            </li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
