import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/journeys/schema";
import { fieldId } from "./ui";

/** The list of problems at the top of a rejected step, each a link to its field. */
export async function ErrorSummary({ errors, labels, messages }: { errors: FieldErrors; labels: Record<string, string>; messages: Record<string, string> }) {
  const t = await getTranslations("journeys.errors");
  const entries = Object.keys(errors);
  if (!entries.length) return null;
  return (
    <div id="errors" role="alert" tabIndex={-1} className="rounded border-2 border-red-800 bg-red-50 p-4">
      <h2 className="font-semibold text-red-900">{t("summary", { count: entries.length })}</h2>
      <ul className="mt-2 list-disc pl-5">
        {entries.map((field) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`} className="text-red-900 underline">
              {labels[field] ? `${labels[field]}: ` : ""}
              {messages[field]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
