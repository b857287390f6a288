import { getTranslations } from "next-intl/server";

/** The page's content, in the root and the localized not-found pages: what happened and ways back, in `locale`. */
export async function NotFoundBody({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "errors" });
  const layout = await getTranslations({ locale, namespace: "layout" });
  const links = [
    { href: `/${locale}`, label: t("backHome") },
    { href: `/${locale}/professions`, label: layout("professions") },
    { href: `/${locale}/pre-arrival`, label: layout("preArrival") },
  ];
  return (
    <div className="space-y-3" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
