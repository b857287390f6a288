import { getFormatter, getTranslations } from "next-intl/server";

export interface SignInRow {
  id: string;
  at: Date;
  method: "email" | "passkey";
  outcome: "requested" | "success" | "failure";
  reason: string | null;
  device: { browser: string; os: string };
  ipAddress: string | null;
  newDevice: boolean;
}

const REASONS = ["unknown-address", "link-expired", "link-invalid", "passkey-refused", "rate-limited", "refused", "error"] as const;

/** The account's latest sign-in events: when, how, what happened, from which browser and address. */
export async function SignInHistory({ rows }: { rows: SignInRow[] }) {
  const t = await getTranslations("privacy.signIns");
  const format = await getFormatter();
  const reason = (r: string | null) => (r && (REASONS as readonly string[]).includes(r) ? t(`reasons.${r as (typeof REASONS)[number]}`) : "");
  return (
    <section aria-labelledby="sign-ins" className="space-y-3" data-testid="sign-in-history">
      <h2 id="sign-ins" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="px-2 py-2">{t("when")}</th>
                <th scope="col" className="px-2 py-2">{t("method")}</th>
                <th scope="col" className="px-2 py-2">{t("outcome")}</th>
                <th scope="col" className="px-2 py-2">{t("browser")}</th>
                <th scope="col" className="px-2 py-2">{t("address")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  <td className="px-2 py-2">{format.dateTime(row.at, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="px-2 py-2">{t(`methods.${row.method}`)}</td>
                  <td className="px-2 py-2">
                    {t(`outcomes.${row.outcome}`)}
                    {row.reason ? <span className="block text-[var(--color-muted)]">{reason(row.reason)}</span> : null}
                    {row.newDevice ? <span className="block font-semibold">{t("newDevice")}</span> : null}
                  </td>
                  <td className="px-2 py-2">{t("device", { browser: row.device.browser, os: row.device.os })}</td>
                  <td className="px-2 py-2 font-mono">{row.ipAddress ?? t("unknownAddress")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm text-[var(--color-muted)]">{t("notYou")}</p>
    </section>
  );
}
