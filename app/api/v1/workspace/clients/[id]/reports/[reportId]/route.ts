import { workspaceApi } from "@/lib/api/workspace";
import { pdfQuery, reportOrPdfParams } from "@/lib/api/reports";
import { pdfFileName, renderReportPdf } from "@/lib/workspace/reports/pdf";
import { getReport, reportDocument } from "@/lib/workspace/reports/service";

/**
 * GET .../reports/{reportId}: one version with its input, results, decisions
 * and the differences since the previous one. GET .../reports/{reportId}.pdf:
 * the same as a PDF download (?locale=en|fr; the client's language by default).
 */
export const GET = workspaceApi({ permission: "client.read", params: reportOrPdfParams, query: pdfQuery }, async ({ ctx, params, query }) => {
  const { id, pdf } = params.reportId;
  if (!pdf) return getReport(ctx, params.id, id);
  const data = await reportDocument(ctx, params.id, id, query.locale ?? null);
  const bytes = await renderReportPdf(data);
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdfFileName(data.report.version, data.report.createdAt, data.locale)}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
