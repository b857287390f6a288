import { z } from "zod";

/** GET /api/oembed: what it reads and what it answers (oEmbed 1.0, type rich). */

const dimension = (name: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, `${name} is a whole number of pixels`)
    .transform(Number)
    .pipe(z.number().int().min(50, `${name} is at least 50`).max(10000, `${name} is at most 10000`))
    .optional();

export const oembedQuery = z.object({
  url: z
    .string({ error: "url is required: a profession or occupation page of this site" })
    .min(8, "url is a full address, e.g. https://parallel.example/en/professions/registered-nurses")
    .max(500, "url has at most 500 characters")
    .meta({ example: "https://parallel.example/fr/professions/registered-nurses" }),
  maxwidth: dimension("maxwidth"),
  maxheight: dimension("maxheight"),
  format: z.enum(["json", "xml"], { error: "format is json (or xml, which is not served)" }).default("json"),
  org: z.uuid({ error: "org is an organization id (UUID)" }).optional().meta({ description: "The organization whose embed (look, allowed sites) the iframe shows; also read from an /embed/<org>/... url." }),
  locale: z.enum(["en", "fr"]).optional(),
});
export type OembedQuery = z.infer<typeof oembedQuery>;

export const oembedResponseSchema = z
  .object({
    version: z.literal("1.0"),
    type: z.literal("rich"),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    html: z.string().meta({ description: "An iframe of the page's embed (with an organization), or a plain link card (without)." }),
    width: z.number().int(),
    height: z.number().int(),
    cache_age: z.number().int(),
  })
  .meta({ id: "OEmbed" });
