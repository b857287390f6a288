import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";

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
        <DataTable
          caption={t("title")}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { header: t("when"), cell: (row) => format.dateTime(row.at, { dateStyle: "medium", timeStyle: "short" }) },
            { header: t("method"), cell: (row) => t(`methods.${row.method}`) },
            {
              header: t("outcome"),
              cell: (row) => (
                <>
                  {t(`outcomes.${row.outcome}`)}
                  {row.reason ? <span className="block text-[var(--color-muted)]">{reason(row.reason)}</span> : null}
                  {row.newDevice ? <span className="block font-semibold">{t("newDevice")}</span> : null}
                </>
              ),
            },
            { header: t("browser"), cell: (row) => t("device", { browser: row.device.browser, os: row.device.os }) },
            { header: t("address"), cell: (row) => row.ipAddress ?? t("unknownAddress"), className: "font-mono" },
          ]}
        />
      )}
      <p className="text-sm text-[var(--color-muted)]">{t("notYou")}</p>
    </section>
  );
}
