import { z } from "zod";

/** Route parameters of the match report endpoints, checked before anything runs. */

const clientId = z.uuid({ error: "A client id (UUID)." });
const reportId = z.uuid({ error: "A report id (UUID)." });

export const clientParams = z.object({ id: clientId });
export const reportParams = z.object({ id: clientId, reportId });
/** A report id, or a report id followed by ".pdf" (the PDF of that report). */
export const reportOrPdfParams = z.object({
  id: clientId,
  reportId: z.string().regex(/^[0-9a-fA-F-]{36}(\.pdf)?$/, { error: "A report id (UUID), optionally followed by .pdf." }).pipe(
    z.string().transform((v, ctx) => {
      const pdf = v.toLowerCase().endsWith(".pdf");
      const id = pdf ? v.slice(0, -4) : v;
      if (!z.uuid().safeParse(id).success) {
        ctx.addIssue({ code: "custom", message: "A report id (UUID), optionally followed by .pdf." });
        return z.NEVER;
      }
      return { id, pdf };
    }),
  ),
});
export const optionParams = z.object({ id: clientId, reportId, code: z.string().regex(/^\d{5}$/, { error: "A NOC 2021 unit group: five digits." }) });
export const shareParams = z.object({ id: clientId, reportId, shareId: z.uuid({ error: "A link id (UUID)." }) });
export const pdfQuery = z.object({ locale: z.enum(["en", "fr"], { error: "en or fr." }).optional() }).loose();
