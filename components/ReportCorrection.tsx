import { getLocale, getTranslations } from "next-intl/server";
import { MESSAGE_MAX, MESSAGE_MIN } from "@/lib/corrections/schema";
import { ReportCorrectionForm, type CorrectionTexts } from "./ReportCorrectionForm";

interface Props {
  /** The page's path without its language, e.g. `/professions/physicians` or `/professions/physicians/on`. */
  page: string;
  /** The section the correction concerns by default ("page" for the whole page). */
  section?: string;
  /** Sections the reader may choose from (id and title); without them the form concerns `section`. */
  sections?: { id: string; title: string }[];
}

const ERROR_KEYS = ["messageRequired", "messageTooShort", "messageTooLong", "emailInvalid", "invalid"] as const;

/**
 * "Report a correction": a small form under a page's content. No account,
 * and it works without JavaScript (a plain form post; the page comes back
 * with the result). The message is stored for content editors
 * (`npm run corrections`). Texts are formatted here, on the server, so the
 * browser formats no messages.
 */
export async function ReportCorrection({ page, section = "page", sections }: Props) {
  const t = await getTranslations("corrections");
  const locale = await getLocale();
  const texts: CorrectionTexts = {
    title: t("title"),
    intro: t("intro"),
    section: t("section"),
    wholePage: t("wholePage"),
    message: t("message"),
    messageHint: t("messageHint", { min: MESSAGE_MIN, max: MESSAGE_MAX }),
    email: t("email"),
    emailHint: t("emailHint"),
    send: t("send"),
    sending: t("sending"),
    sent: t("sent"),
    duplicate: t("duplicate"),
    failed: t("failed"),
    invalid: t("invalid"),
    errors: Object.fromEntries(ERROR_KEYS.map((key) => [key, t(`errors.${key}`)])),
  };
  return <ReportCorrectionForm page={page} section={section} sections={sections} locale={locale} texts={texts} />;
}
