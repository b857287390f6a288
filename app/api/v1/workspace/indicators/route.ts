import { workspaceApi } from "@/lib/api/workspace";
import { indicatorsQuerySchema } from "@/lib/workspace/indicators/service";
import { indicatorsResponse } from "./respond";

/** GET: the organization's indicators for `from`..`to` (default: the last eight quarters); `?format=csv` downloads them. Counts under five people are suppressed. */
export const GET = workspaceApi({ permission: "indicators.read", query: indicatorsQuerySchema }, ({ ctx, query, locale }) => indicatorsResponse(ctx, query, locale));
