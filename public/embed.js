/*!
 * Parallel embed: put a Parallel pathway page on your own site.
 *
 *   <script src="https://<parallel site>/embed.js" data-org="<organization id>"
 *           data-view="profession" data-profession="registered-nurses"
 *           data-province="AB" data-locale="fr" async></script>
 *   <noscript><a href="https://<parallel site>/fr/professions/registered-nurses">…</a></noscript>
 *
 * Views: profession (data-profession, data-province), search (data-query),
 * alternatives (data-noc), journey (data-noc, optional). Look: data-primary,
 * data-text, data-background (#rrggbb), data-radius (0-24), data-font
 * (system, sans, serif); invalid values are ignored by the page.
 * Inserts an iframe after this script and sets its height from the page's
 * messages (only from that iframe, on Parallel's origin). Sets no cookies.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || script.getAttribute("data-parallel-done")) return;
  script.setAttribute("data-parallel-done", "1");
  var origin;
  try {
    origin = new URL(script.src, document.baseURI).origin;
  } catch (e) {
    return;
  }
  var d = script.dataset;
  var org = (d.org || "").toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(org)) {
    if (window.console) console.warn("Parallel embed: data-org must be your organization's id.");
    return;
  }
  var view = d.view || "profession";
  var path;
  var params = new URLSearchParams();
  if (view === "profession" && /^[a-z0-9-]{2,80}$/.test(d.profession || "")) {
    path = "/professions/" + d.profession;
    if (d.province) params.set("province", d.province.toUpperCase());
  } else if (view === "search") {
    path = "/occupations";
    if (d.query) params.set("q", d.query);
  } else if (view === "alternatives" && /^\d{5}$/.test(d.noc || "")) {
    path = "/occupations/" + d.noc + "/alternatives";
  } else if (view === "journey") {
    path = "/journey";
    if (/^\d{5}$/.test(d.noc || "")) params.set("occupation", d.noc);
  } else {
    if (window.console) console.warn("Parallel embed: unknown data-view or missing data-profession / data-noc.");
    return;
  }
  ["locale", "primary", "text", "background", "radius", "font"].forEach(function (key) {
    if (d[key]) params.set(key, d[key]);
  });
  var query = params.toString();
  var iframe = document.createElement("iframe");
  iframe.src = origin + "/embed/" + org + path + (query ? "?" + query : "");
  iframe.title = d.title || (d.locale === "fr" ? "Parallel : parcours professionnel" : "Parallel: career pathway");
  iframe.loading = "lazy";
  iframe.referrerPolicy = "strict-origin-when-cross-origin";
  iframe.setAttribute("data-parallel-embed", view);
  iframe.style.cssText = "display:block;width:100%;max-width:100%;border:0;height:" + (parseInt(d.height, 10) || 600) + "px";
  script.parentNode.insertBefore(iframe, script.nextSibling);

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== iframe.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== "parallel-embed:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 40 || height > 50000) return;
    iframe.style.height = Math.ceil(height) + "px";
  });
})();
