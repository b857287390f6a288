import { Marked, type Tokens } from "marked";

/**
 * Markdown bodies of profession pages to HTML, on the server (no JavaScript
 * reaches the browser). Bodies are authored in the repository, but raw HTML in
 * them is still shown as text, so a page's markup stays ours. Headings move
 * down one level: a body's "##" sits under the page section's own h2.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const markdown = new Marked({
  gfm: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(depth + 1, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

/** The HTML of a markdown body, with raw HTML escaped and headings one level down. */
export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}
