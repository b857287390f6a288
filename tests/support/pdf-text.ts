/**
 * The text of a PDF, page by page, read with pdf.js (the legacy build runs in
 * Node without a browser). Lines are joined as pdf.js reports them; callers
 * should compare with whitespace normalised.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; text: string }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await doc.destroy();
  return { pages, text: pages.join("\n") };
}

/** Collapses every kind of space (including non-breaking ones) to one plain space. */
export function normalised(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ");
}
