import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass, inputClass } from "@/components/journeys/ui";
import { LinkButton } from "@/components/workspace/LinkButton";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/routing";
import { CLIENT_SORTS, CLIENT_STATUSES, PAGE_SIZES, clientListSchema, type ClientListQuery } from "@/lib/workspace/clients/schema";
import { caseloadOrigins, listClients } from "@/lib/workspace/clients/service";
import { listMembers } from "@/lib/workspace/organizations";
import { NO_INDEX, dateFormats, errorText, one, type OrgParams, type SearchParams } from "../../page-helpers";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.clients" });
  return { title: t("title"), robots: NO_INDEX };
}

const QUERY_KEYS = ["q", "status", "counsellor", "origin", "sort", "dir", "page", "pageSize"] as const;

/** The address's filters as the list query; a filter that does not parse is dropped (and the page says so). */
function parseQuery(search: Record<string, string | string[] | undefined>): { query: ClientListQuery; dropped: boolean } {
  const raw: Record<string, string> = {};
  for (const key of QUERY_KEYS) {
    const v = one(search, key)?.trim();
    if (v) raw[key] = v;
  }
  const first = clientListSchema.safeParse(raw);
  if (first.success) return { query: first.data, dropped: false };
  for (const issue of first.error.issues) delete raw[String(issue.path[0])];
  const second = clientListSchema.safeParse(raw);
  return { query: second.success ? second.data : clientListSchema.parse({}), dropped: true };
}

/** The caseload: search, filters, sort and pages, all in the address (a GET form that works without JavaScript). */
export default async function ClientsPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.read", "/clients");
  const search = await searchParams;
  const { query, dropped } = parseQuery(search);
  const [page, origins, { members }] = await Promise.all([listClients(ctx, query), caseloadOrigins(ctx), listMembers(ctx)]);
  const t = await getTranslations("workspace");
  const { day } = await dateFormats();
  const base = `/${locale}/workspace/${ctx.org.slug}/clients`;
  const dir = query.dir ?? (query.sort === "name" ? "asc" : "desc");
  const filtered = Boolean(query.q || query.status || query.counsellor || query.origin);
  const error = await errorText(one(search, "error"));

  const href = (changes: Partial<Record<(typeof QUERY_KEYS)[number], string | number | undefined>>) => {
    const current: Record<string, string | number | undefined> = { ...query, dir: query.dir, ...changes };
    const out = new URLSearchParams();
    for (const key of QUERY_KEYS) {
      const v = current[key];
      if (v === undefined || v === "") continue;
      if (key === "page" && v === 1) continue;
      if (key === "pageSize" && v === 25) continue;
      if (key === "sort" && v === "updated") continue;
      out.set(key, String(v));
    }
    const s = out.toString();
    return s ? `${base}?${s}` : base;
  };
  const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.total, page.page * page.pageSize);
  const originTitle = (o: { titleEn: string; titleFr: string }) => (locale === "fr" ? o.titleFr : o.titleEn);
  const sortedOrigins = [...origins].sort((a, b) => originTitle(a).localeCompare(originTitle(b), locale));
  const memberName = (m: { name: string | null; email: string }) => m.name || m.email;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("clients.title")}</h1>
        {can(ctx.role, "client.write") ? <LinkButton href={`${base}/new`}>{t("clients.new")}</LinkButton> : null}
      </div>
      {one(search, "deleted") ? <Notice>{t("clients.deleted")}</Notice> : null}
      {error ? <Alert>{error}</Alert> : null}
      {dropped ? <Alert>{t("clients.badQuery")}</Alert> : null}

      <form method="get" action={base} role="search" aria-labelledby="filters-title" className="space-y-3 rounded bg-[var(--color-surface)] p-4">
        <h2 id="filters-title" className="text-lg font-semibold">
          {t("clients.filters")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="clients-q" className="block font-medium">
              {t("clients.search")}
            </label>
            <input id="clients-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={80} autoComplete="off" className={inputClass} />
          </div>
          <Select id="clients-status" name="status" label={t("clients.status")} value={query.status ?? ""}>
            <option value="">{t("clients.anyStatus")}</option>
            {CLIENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
          <Select id="clients-counsellor" name="counsellor" label={t("clients.counsellor")} value={query.counsellor ?? ""}>
            <option value="">{t("clients.anyCounsellor")}</option>
            {ctx.membershipId ? <option value="me">{t("clients.me")}</option> : null}
            <option value="none">{t("clients.unassigned")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {memberName(m)}
              </option>
            ))}
          </Select>
          <Select id="clients-origin" name="origin" label={t("clients.origin")} value={query.origin ?? ""}>
            <option value="">{t("clients.anyOrigin")}</option>
            {sortedOrigins.map((o) => (
              <option key={o.code} value={o.code}>
                {t("clients.originOption", { title: originTitle(o), code: o.code, count: o.count })}
              </option>
            ))}
          </Select>
          <Select id="clients-sort" name="sort" label={t("clients.sort")} value={query.sort}>
            {CLIENT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`clients.sorts.${s}`)}
              </option>
            ))}
          </Select>
          <Select id="clients-dir" name="dir" label={t("clients.dir")} value={dir}>
            <option value="asc">{t("clients.asc")}</option>
            <option value="desc">{t("clients.desc")}</option>
          </Select>
          <Select id="clients-size" name="pageSize" label={t("clients.pageSize")} value={String(query.pageSize)}>
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass("primary")}>
            {t("clients.apply")}
          </button>
          {filtered ? <a href={base}>{t("clients.reset")}</a> : null}
        </div>
      </form>

      {page.total > 0 || filtered ? (
        <p role="status" className="font-medium" data-testid="client-total">
          {t("clients.total", { count: page.total })}
          {page.total > 0 ? <span className="font-normal text-[var(--color-muted)]"> {t("clients.showing", { from, to, total: page.total })}</span> : null}
        </p>
      ) : null}

      {page.total === 0 ? (
        filtered ? (
          <p>{t("clients.noMatch")}</p>
        ) : (
          <div className="space-y-2">
            <p className="font-medium">{t("clients.empty")}</p>
            <p>{t("clients.emptyHelp")}</p>
          </div>
        )
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("clients.title")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="px-2 py-2">
                  {t("clients.name")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("clients.status")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("clients.trainedAs")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("clients.counsellor")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("clients.arrival")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("clients.updated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((c) => (
                <tr key={c.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-2 font-medium">
                    <a href={`${base}/${c.id}`}>{c.displayName}</a>
                  </th>
                  <td className="px-2 py-2">{t(`statuses.${c.status}`)}</td>
                  <td className="px-2 py-2">{c.origin ? (locale === "fr" ? c.origin.titleFr : c.origin.titleEn) : <span className="text-[var(--color-muted)]">{t("clients.none")}</span>}</td>
                  <td className="px-2 py-2">{c.counsellor?.name ?? <span className="text-[var(--color-muted)]">{t("clients.unassigned")}</span>}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{c.arrivalDate ? day(c.arrivalDate) : ""}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{day(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {page.pages > 1 ? (
        <nav aria-label={t("clients.pagination")} className="flex flex-wrap items-center gap-4">
          {page.page > 1 ? <a href={href({ page: page.page - 1 })}>{t("clients.previous")}</a> : null}
          <span>{t("clients.pageOf", { page: page.page, pages: page.pages })}</span>
          {page.page < page.pages ? <a href={href({ page: page.page + 1 })}>{t("clients.next")}</a> : null}
        </nav>
      ) : null}
    </div>
  );
}

function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClass}>
        {children}
      </select>
    </div>
  );
}
