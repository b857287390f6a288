import { workspaceApi } from "@/lib/api/workspace";
import { indicatorsQuerySchema } from "@/lib/workspace/indicators/service";
import { indicatorsResponse } from "../indicators/respond";

/** GET: the indicators as CSV (recorded as indicators.export); `<5` marks counts of fewer than five people, `x` counts hidden to protect them. */
export const GET = workspaceApi({ permission: "indicators.read", query: indicatorsQuerySchema }, ({ ctx, query, locale }) => indicatorsResponse(ctx, { ...query, format: "csv" }, locale));
