import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { typeset, typesetTree } from "@/lib/i18n/typography";
import { LOCALES, professionFrontmatterSchema, type Locale, type ProfessionFrontmatter } from "./schema";

/**
 * Loads the authored profession pages: `content/professions/<slug>/<locale>.md`,
 * YAML frontmatter (validated with `professionFrontmatterSchema`) followed by a
 * markdown body. Plain Node (fs + gray-matter), usable from scripts and tests
 * as well as from server components.
 */

export interface ProfessionFile {
  slug: string;
  locale: Locale;
  frontmatter: ProfessionFrontmatter;
  body: string;
}

/** Parsed results per directory, so each file is read and validated once. */
const cache = new Map<string, ProfessionFile[]>();

/** Forgets cached results (for tests and for dev tooling that edits content). */
export function clearProfessionCache(): void {
  cache.clear();
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative.split(path.sep).join("/") : file;
}

/**
 * YAML turns unquoted dates (`checked: 2026-11-23`) into Date objects;
 * the schema expects the `YYYY-MM-DD` string, so turn them back.
 */
function normalizeDates(value: unknown): unknown {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10);
  }
  if (Array.isArray(value)) return value.map(normalizeDates);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, normalizeDates(v)]));
  }
  return value;
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Reads and validates one page. `file` must be `<dir>/<slug>/<locale>.md`; the
 * folder name must equal the frontmatter `slug` and the file name its `locale`.
 * Throws an Error naming the file and every problem found.
 */
export function parseProfessionFile(file: string): ProfessionFile {
  const shown = displayPath(file);
  const locale = path.basename(file, ".md");
  const folderSlug = path.basename(path.dirname(file));
  if (!isLocale(locale)) {
    throw new Error(`${shown}: the file name must be one of ${LOCALES.map((l) => `${l}.md`).join(", ")}`);
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options object given so gray-matter's shared cache is not used.
    parsed = matter(fs.readFileSync(file, "utf8"), {});
  } catch (error) {
    throw new Error(`${shown}: cannot read the YAML frontmatter: ${error instanceof Error ? error.message : String(error)}`);
  }

  const result = professionFrontmatterSchema.safeParse(normalizeDates(parsed.data));
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `  - ${issue.path.length ? issue.path.join(".") : "(frontmatter)"}: ${issue.message}`)
      .join("\n");
    throw new Error(`${shown}: invalid frontmatter\n${issues}`);
  }
  const frontmatter = result.data;
  if (frontmatter.slug !== folderSlug) {
    throw new Error(`${shown}: slug "${frontmatter.slug}" does not match the folder name "${folderSlug}"`);
  }
  if (frontmatter.locale !== locale) {
    throw new Error(`${shown}: locale "${frontmatter.locale}" does not match the file name "${locale}.md"`);
  }
  // French pages get their typography (non-breaking spaces, "1er") from the one helper that also sets the messages'.
  return { slug: frontmatter.slug, locale, frontmatter: typesetTree(frontmatter, locale), body: typeset(parsed.content.trim(), locale) };
}

/**
 * Every profession page under `dir`, sorted by slug then locale. Results are
 * cached per directory. Throws (naming the file and the zod issues) if any page
 * is invalid.
 */
// turbopackIgnore: the folder is read at run time; without it the build traces the whole project.
export function loadProfessionFiles(dir: string = path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "professions")): ProfessionFile[] {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;

  const files: ProfessionFile[] = [];
  if (fs.existsSync(key)) {
    const folders = fs
      .readdirSync(key, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders) {
      const pages = fs
        .readdirSync(path.join(key, folder), { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
        .map((entry) => entry.name)
        .sort();
      for (const page of pages) files.push(parseProfessionFile(path.join(key, folder, page)));
    }
  }
  cache.set(key, files);
  return files;
}

/** One page, or `undefined` if that profession has no page in that language. */
export function loadProfession(
  slug: string,
  locale: Locale,
  dir?: string,
): ProfessionFile | undefined {
  return loadProfessionFiles(dir).find((file) => file.slug === slug && file.locale === locale);
}

/** Every page in one language, sorted by slug. */
export function listProfessions(locale: Locale, dir?: string): ProfessionFile[] {
  return loadProfessionFiles(dir).filter((file) => file.locale === locale);
}
