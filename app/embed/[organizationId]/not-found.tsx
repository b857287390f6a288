import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";

/** A page the embed does not have (an unknown profession or occupation): a short line and a link to Parallel, without the site's header. */
export default async function EmbedNotFound() {
  const t = await getTranslations("embed");
  return (
    <div className="space-y-2 p-4" data-testid="embed-not-found">
      <p>{t("notFound")}</p>
      <p>
        <a href={env().SITE_URL} target="_blank" rel="noopener">
          Parallel
        </a>
      </p>
    </div>
  );
}
