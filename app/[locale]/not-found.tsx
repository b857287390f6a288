import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundBody } from "@/components/NotFoundBody";

/** Any unknown address under a language: the app's page, inside the layout (header, `lang`), in that language. */
export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations("errors");
  const layout = await getTranslations("layout");
  return (
    <NotFoundBody
      title={t("notFoundTitle")}
      body={t("notFoundBody")}
      links={[
        { href: `/${locale}`, label: t("backHome") },
        { href: `/${locale}/professions`, label: layout("professions") },
        { href: `/${locale}/pre-arrival`, label: layout("preArrival") },
      ]}
    />
  );
}
