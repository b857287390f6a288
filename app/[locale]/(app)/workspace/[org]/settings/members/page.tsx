import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, inputClass } from "@/components/journeys/ui";
import { LinkButton } from "@/components/workspace/LinkButton";
import { InviteForm } from "@/components/workspace/InviteForm";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { assignableRoles, can, isRole } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/routing";
import { listMembers } from "@/lib/workspace/organizations";
import { changeRoleAction, inviteAction, removeMemberAction, revokeInvitationAction } from "../../../actions";
import { NO_INDEX, dateFormats, errorText, one, type OrgParams, type SearchParams } from "../../../page-helpers";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.members" });
  return { title: t("title"), robots: NO_INDEX };
}

const NOTICES = ["roleChanged", "removed", "revoked"] as const;

/** Members and their roles; for those who manage members: change a role, remove (after confirming), pending invitations, invite. */
export default async function MembersPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "member.read", "/settings/members");
  const { members, invitations } = await listMembers(ctx);
  const search = await searchParams;
  const t = await getTranslations("workspace");
  const { day } = await dateFormats();
  const manage = can(ctx.role, "member.manage");
  const roles = assignableRoles(ctx.role);
  const roleLabel = (role: string) => (isRole(role) ? t(`roles.${role}`) : role);
  // Owners are managed only by owners; nobody changes or removes themselves here.
  const manageable = (m: { id: string; role: string }) => manage && m.id !== ctx.membershipId && (m.role !== "owner" || can(ctx.role, "owner.manage"));
  const removing = manage ? members.find((m) => m.id === one(search, "remove") && manageable(m)) : undefined;
  const notice = one(search, "notice");
  const error = await errorText(one(search, "error"));
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="org" value={ctx.org.slug} />
    </>
  );
  const here = `/${locale}/workspace/${ctx.org.slug}/settings/members`;

  if (removing) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("members.removeTitle", { email: removing.email })}</h1>
        <p>{t("members.removeBody")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <form action={removeMemberAction}>
            {hidden}
            <input type="hidden" name="id" value={removing.id} />
            <Button variant="danger">{t("members.removeConfirm")}</Button>
          </form>
          <LinkButton href={here} variant="secondary">
            {t("members.cancel")}
          </LinkButton>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("members.title")}</h1>
        <p>{t("members.intro")}</p>
      </div>
      {notice && (NOTICES as readonly string[]).includes(notice) ? <Notice>{t(`members.${notice as (typeof NOTICES)[number]}`)}</Notice> : null}
      {error ? <Alert>{error}</Alert> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("members.title")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="px-2 py-2">
                {t("members.member")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("members.role")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("members.since")}
              </th>
              {manage ? (
                <th scope="col" className="px-2 py-2">
                  {t("members.actions")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="px-2 py-2 font-medium">
                  {m.name ? `${m.name} · ` : ""}
                  {m.email} {m.id === ctx.membershipId ? <span className="font-normal">{t("members.you")}</span> : null}
                </th>
                <td className="px-2 py-2">{roleLabel(m.role)}</td>
                <td className="px-2 py-2 whitespace-nowrap">{day(m.since)}</td>
                {manage ? (
                  <td className="px-2 py-2">
                    {manageable(m) ? (
                      <div className="flex flex-wrap items-end gap-2">
                        <form action={changeRoleAction} className="flex flex-wrap items-end gap-2">
                          {hidden}
                          <input type="hidden" name="id" value={m.id} />
                          <label htmlFor={`role-${m.id}`} className="sr-only">
                            {t("members.roleFor", { email: m.email })}
                          </label>
                          <select id={`role-${m.id}`} name="role" defaultValue={m.role} className={`${inputClass} mt-0 w-auto`}>
                            {roles.map((r) => (
                              <option key={r} value={r}>
                                {roleLabel(r)}
                              </option>
                            ))}
                          </select>
                          <Button variant="secondary">{t("members.changeRole")}</Button>
                        </form>
                        <LinkButton href={`${here}?remove=${m.id}`} variant="danger">
                          {t("members.remove")}
                        </LinkButton>
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {manage ? (
        <>
          <section aria-labelledby="pending" className="space-y-2">
            <h2 id="pending" className="text-xl font-semibold">
              {t("members.pending")}
            </h2>
            {invitations.length === 0 ? (
              <p>{t("members.noPending")}</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded border border-slate-200">
                {invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                    <span>
                      <span className="font-medium">{i.email}</span> · {roleLabel(i.role)} · {t("members.expires", { date: day(i.expiresAt) })}
                    </span>
                    <form action={revokeInvitationAction}>
                      {hidden}
                      <input type="hidden" name="id" value={i.id} />
                      <Button variant="secondary">
                        {t("members.revoke")}
                        <span className="sr-only"> ({i.email})</span>
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="invite" className="max-w-xl space-y-2">
            <h2 id="invite" className="text-xl font-semibold">
              {t("members.invite")}
            </h2>
            <InviteForm action={inviteAction} locale={locale} org={ctx.org.slug} roles={roles.map((r) => ({ value: r, label: roleLabel(r) }))} />
          </section>
        </>
      ) : null}
    </div>
  );
}
