import { z } from "zod";
import { MAX_ORIGINS, originListSchema } from "./origins";
import { themeSchema } from "./theme";

export const EMBED_LOCALES = ["en", "fr"] as const;
export type EmbedLocale = (typeof EMBED_LOCALES)[number];

/** An organization's embed settings as an administrator sends them (form, command line). */
export const embedSettingsSchema = z
  .object({
    origins: originListSchema.meta({ description: `Exact origins allowed to frame the embeds (at most ${MAX_ORIGINS}).`, example: ["https://www.example.org"] }),
    theme: themeSchema,
    locale: z.enum(EMBED_LOCALES, { error: "locale is en or fr" }).meta({ description: "Language of the embeds when a snippet names none." }),
  })
  .meta({ id: "EmbedSettingsInput" });
export type EmbedSettingsInput = z.infer<typeof embedSettingsSchema>;
