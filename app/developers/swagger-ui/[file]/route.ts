import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The interactive API reference's files (swagger-ui-dist, Apache-2.0, from
 * npm), served by the app itself: the developers page loads nothing from
 * another site. Only these files, cached a day.
 */
const FILES: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

/** Starts the reference once the bundle has loaded (no inline code, so the page's CSP stays strict). */
const INIT = `(function(){function start(){var el=document.getElementById("swagger-ui");if(!el)return;if(typeof window.SwaggerUIBundle!=="function"){return setTimeout(start,50);}if(el.getAttribute("data-started"))return;el.setAttribute("data-started","1");window.SwaggerUIBundle({url:el.getAttribute("data-url"),domNode:el,deepLinking:false,tryItOutEnabled:false,defaultModelsExpandDepth:0,docExpansion:"list",validatorUrl:null});}start();})();`;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const headers = { "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" };
  if (file === "init.js") return new Response(INIT, { headers: { ...headers, "Content-Type": "text/javascript; charset=utf-8" } });
  const type = FILES[file];
  if (!type) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "swagger-ui-dist", file));
  // The page has its own title and introduction: the reference's repeated heading (a second h1) is hidden.
  const extra = file === "swagger-ui.css" ? "\n#swagger-ui .information-container{display:none}\n" : "";
  return new Response(Buffer.concat([body, Buffer.from(extra)]), { headers: { ...headers, "Content-Type": type } });
}
