import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/client-messages";

/** Texts the workspace's own interactive forms read in the browser (nothing else is sent). */
const WORKSPACE_CLIENT_MESSAGES = ["workspace.form", "workspace.statuses", "workspace.members", "workspace.apiKeys"] as const;

/** The signed-in areas. Each page checks access itself (lib/auth/guards.ts): a layout's check would not protect its pages. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), WORKSPACE_CLIENT_MESSAGES)}>{children}</NextIntlClientProvider>;
}
