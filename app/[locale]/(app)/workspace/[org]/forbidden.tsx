import { getLocale, getTranslations } from "next-intl/server";

/** The 403 page inside the workspace (the header stays): the role does not open this page. */
export default async function WorkspaceForbidden() {
  const locale = await getLocale();
  const t = await getTranslations("workspace.forbidden");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={`/${locale}/workspace`}>{t("back")}</a>
      </p>
    </div>
  );
}
