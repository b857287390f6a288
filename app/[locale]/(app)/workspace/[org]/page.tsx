import { notFound, redirect } from "next/navigation";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import type { OrgParams } from "../page-helpers";

/** The organization's address alone opens its caseload (for members only: the check comes first). */
export default async function OrganizationHome({ params }: { params: OrgParams }) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  const ctx = await pageContext(locale, org, "client.read", "");
  redirect(`/${locale}/workspace/${ctx.org.slug}/clients`);
}
