import { getTranslations } from "next-intl/server";
import { PROVINCES } from "@/lib/matching/profile";
import type { OrgContext } from "@/lib/workspace/context";
import { listMembers } from "@/lib/workspace/organizations";

/** What the client form offers: the organization's members (as counsellors) and the provinces by name. */
export async function clientFormChoices(ctx: OrgContext) {
  const [{ members }, tp] = await Promise.all([listMembers(ctx), getTranslations("journeys.provinces")]);
  return {
    members: members.map((m) => ({ id: m.id, label: m.name ? `${m.name} (${m.email})` : m.email })),
    provinces: PROVINCES.map((code) => ({ code, label: tp(code) })),
  };
}
