import "server-only";
import { NextResponse } from "next/server";
import { CLIENT_STATUS_LABELS, REFERRAL_KIND_LABELS } from "@/lib/workspace/casework/labels";
import type { OrgContext } from "@/lib/workspace/context";
import { indicators, indicatorsCsv, type IndicatorsQuery } from "@/lib/workspace/indicators/service";

/** The indicators as JSON (indicators.read) or a CSV download (indicators.export). */
export async function indicatorsResponse(ctx: OrgContext, query: IndicatorsQuery, locale: "en" | "fr"): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  if (query.format !== "csv") return NextResponse.json(await indicators(ctx, query, "indicators.read"), { headers });
  const data = await indicators(ctx, query, "indicators.export");
  const lang = query.locale ?? locale;
  const csv = indicatorsCsv(data, lang, (s) => CLIENT_STATUS_LABELS[lang][s], (k) => REFERRAL_KIND_LABELS[lang][k]);
  const name = `indicators-${ctx.org.slug}-${data.range.from}-${data.range.to}.csv`;
  return new Response(csv, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
}
