import { z } from "zod";

/**
 * The look of an organization's embedded pathway pages: a few validated
 * values (hex colours, a corner radius, a font from a safe list), turned
 * into CSS custom properties on the embed's root element. Never free CSS:
 * every value is checked here, from the settings form, the API, the CLI
 * and each snippet's data- attributes alike.
 */

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Font stacks an embed may use: system fonts only, nothing downloaded. */
export const FONT_STACKS = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  sans: '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif',
  serif: 'Georgia, Cambria, "Times New Roman", "Liberation Serif", serif',
} as const;
export type FontName = keyof typeof FONT_STACKS;
export const FONT_NAMES = Object.keys(FONT_STACKS) as FontName[];

/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5;
export const MAX_RADIUS = 24;

const colour = (what: string) =>
  z
    .string({ error: `${what}: a colour as #rrggbb` })
    .trim()
    .regex(HEX_COLOUR, `${what}: a colour as #rrggbb, e.g. #0b5563`)
    .transform((v) => v.toLowerCase());

export const DEFAULT_THEME = {
  primary: "#0b5563",
  text: "#1b1f23",
  background: "#ffffff",
  radius: 6,
  font: "system",
} as const satisfies Theme;

/** The parts of a theme, each checked alone. */
export const themeFields = {
  primary: colour("primary").meta({ description: "Buttons and links.", example: "#0b5563" }),
  text: colour("text").meta({ description: "Body text.", example: "#1b1f23" }),
  background: colour("background").meta({ description: "Page background.", example: "#ffffff" }),
  radius: z.coerce
    .number({ error: `radius: a whole number of pixels from 0 to ${MAX_RADIUS}` })
    .int(`radius: a whole number of pixels from 0 to ${MAX_RADIUS}`)
    .min(0, `radius: a whole number of pixels from 0 to ${MAX_RADIUS}`)
    .max(MAX_RADIUS, `radius: a whole number of pixels from 0 to ${MAX_RADIUS}`)
    .meta({ description: "Corner radius in pixels.", example: 6 }),
  font: z.enum(FONT_NAMES as [FontName, ...FontName[]], { error: `font: one of ${FONT_NAMES.join(", ")}` }).meta({ example: "system" }),
};

export interface Theme {
  primary: string;
  text: string;
  background: string;
  radius: number;
  font: FontName;
}

/** Relative luminance of an sRGB colour (WCAG 2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text on a primary-coloured button: white or black, whichever reads better (always at least 4.58:1). */
export function onPrimary(primary: string): "#ffffff" | "#000000" {
  return contrast(primary, "#ffffff") >= contrast(primary, "#000000") ? "#ffffff" : "#000000";
}

const round = (n: number) => Math.floor(n * 100) / 100;

/** The readable-contrast rules a whole theme must meet; each problem names its field. */
export function contrastProblems(theme: Pick<Theme, "primary" | "text" | "background">): { field: "text" | "primary"; ratio: number }[] {
  const problems: { field: "text" | "primary"; ratio: number }[] = [];
  const body = contrast(theme.text, theme.background);
  if (body < MIN_CONTRAST) problems.push({ field: "text", ratio: round(body) });
  const links = contrast(theme.primary, theme.background);
  if (links < MIN_CONTRAST) problems.push({ field: "primary", ratio: round(links) });
  return problems;
}

/** A whole theme as stored in the embed settings: every field, and readable. */
export const themeSchema = z
  .object(themeFields)
  .superRefine((theme, ctx) => {
    for (const problem of contrastProblems(theme)) {
      ctx.addIssue({
        code: "custom",
        path: [problem.field],
        params: { contrast: problem.ratio },
        message:
          problem.field === "text"
            ? `text on background has a contrast of ${problem.ratio}:1; at least ${MIN_CONTRAST}:1 is needed (WCAG AA)`
            : `links in the primary colour on background have a contrast of ${problem.ratio}:1; at least ${MIN_CONTRAST}:1 is needed (WCAG AA)`,
      });
    }
  })
  .meta({ id: "EmbedTheme", description: "The look of the embedded pages: checked colours (WCAG AA contrast), radius and a font from a safe list." });

/** A stored theme, or the default for anything missing or no longer valid. */
export function storedTheme(value: unknown): Theme {
  const merged = { ...DEFAULT_THEME, ...(value && typeof value === "object" ? value : {}) };
  const parsed = themeSchema.safeParse(merged);
  return parsed.success ? parsed.data : { ...DEFAULT_THEME };
}

/**
 * A theme with a snippet's overrides (data- attributes, passed to the embed
 * page as query parameters): each valid value replaces the organization's,
 * an invalid one is ignored, and colours that together would read below
 * AA are dropped (the organization's stay).
 */
export function withOverrides(base: Theme, overrides: Partial<Record<keyof Theme, string | undefined>>): Theme {
  const next: Theme = { ...base };
  for (const key of ["radius", "font"] as const) {
    const raw = overrides[key];
    if (raw === undefined) continue;
    const parsed = themeFields[key].safeParse(raw);
    if (parsed.success) (next as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  const colours: Partial<Pick<Theme, "primary" | "text" | "background">> = {};
  for (const key of ["primary", "text", "background"] as const) {
    const raw = overrides[key];
    if (raw === undefined) continue;
    const parsed = themeFields[key].safeParse(raw);
    if (parsed.success) colours[key] = parsed.data;
  }
  const candidate = { ...next, ...colours };
  return contrastProblems(candidate).length ? next : candidate;
}

/** The CSS custom properties of a theme, set as the embed root's style. */
export function themeStyle(theme: Theme): Record<string, string> {
  return {
    "--embed-primary": theme.primary,
    "--embed-on-primary": onPrimary(theme.primary),
    "--embed-text": theme.text,
    "--embed-background": theme.background,
    "--embed-radius": `${theme.radius}px`,
    "--embed-font": FONT_STACKS[theme.font],
  };
}
