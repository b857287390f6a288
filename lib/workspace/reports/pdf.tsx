import "server-only";
import path from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer, type PageLayoutProps } from "@react-pdf/renderer";
import { frenchTypography } from "@/lib/i18n/typography";
import { PDF_TEXT } from "./pdf-text";
import type { ReportDocumentData } from "./service";
import type { ReportOptionResult } from "./snapshot";

/**
 * A match report as a PDF, drawn on the server: the organization, the
 * client's name or pseudonym, the date, the engine and data versions, the
 * options with their gaps, how to get there and the counsellor's decisions,
 * the first steps of the shortlisted options, the sources, page numbers.
 * DejaVu Sans is embedded (regular and bold; ./fonts, with its licence): it
 * covers French and every symbol used here.
 */

const FAMILY = "DejaVu Sans";
let registered = false;

function registerFonts() {
  if (registered) return;
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "workspace", "reports", "fonts");
  Font.register({
    family: FAMILY,
    fonts: [
      { src: path.join(dir, "DejaVuSans.ttf"), fontWeight: 400 },
      { src: path.join(dir, "DejaVuSans-Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Words are never split: hyphenation rules are English-only and would cut French words wrongly.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

const styles = StyleSheet.create({
  page: { fontFamily: FAMILY, fontSize: 9.5, lineHeight: 1.35, paddingTop: 36, paddingBottom: 24, paddingHorizontal: 40, color: "#1f2937" },
  h1: { fontSize: 18, fontWeight: 700, marginBottom: 6 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 12, marginBottom: 4 },
  h3: { fontSize: 10.5, fontWeight: 700 },
  label: { fontWeight: 700 },
  muted: { color: "#4b5563" },
  meta: { flexDirection: "row", flexWrap: "wrap", marginBottom: 2 },
  metaItem: { width: "50%", marginBottom: 2 },
  option: { borderTop: "0.75pt solid #cbd5e1", paddingTop: 6, marginTop: 6 },
  badges: { flexDirection: "row", flexWrap: "wrap", marginTop: 2, marginBottom: 2 },
  badge: { backgroundColor: "#eef2f7", paddingHorizontal: 4, paddingVertical: 1, marginRight: 4, marginBottom: 2, fontSize: 8.5 },
  decision: { backgroundColor: "#e6f4ea", paddingHorizontal: 4, paddingVertical: 1, marginRight: 4, marginBottom: 2, fontSize: 8.5, fontWeight: 700 },
  bullet: { marginLeft: 6 },
  content: { flexGrow: 1 },
  footer: { flexDirection: "row", justifyContent: "space-between", marginTop: 10, paddingTop: 4, borderTop: "0.5pt solid #cbd5e1", fontSize: 8, color: "#4b5563" },
});

/** Options a PDF shows: the first PDF_OPTIONS, and any option shortlisted further down. */
export const PDF_OPTIONS = 10;
export function pdfOptions<T extends { code: string; rank: number }>(options: readonly T[], decisions: Record<string, { decision: string }>): T[] {
  return options.filter((o) => o.rank <= PDF_OPTIONS || decisions[o.code]?.decision === "shortlisted");
}

/** One list line: a single text node with a hanging bullet (fewer layout nodes than a row of two). */
function Bullet({ children }: { children: string }) {
  return <Text style={styles.bullet}>{`•  ${children}`}</Text>;
}

function ReportPdf({ data, locale, printedAt }: { data: ReportDocumentData; locale: "en" | "fr"; printedAt: Date }) {
  const t = PDF_TEXT[locale];
  const tx = (s: string) => (locale === "fr" ? frenchTypography(s) : s);
  const lbl = (label: string) => tx(locale === "fr" ? `${label} : ` : `${label}: `);
  const sep = locale === "fr" ? " : " : ": ";
  const pick = (b: { en: string; fr: string }) => tx(locale === "fr" ? b.fr : b.en);
  const intl = locale === "fr" ? "fr-CA" : "en-CA";
  const day = (iso: string) => new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
  const money = (n: number) => new Intl.NumberFormat(intl, { style: "currency", currency: "CAD", maximumFractionDigits: 0 }).format(n);
  const { report } = data;
  const results = report.results;
  const own = results.ownProfession;
  const title = (o: { titleEn: string; titleFr: string }) => tx(locale === "fr" ? o.titleFr : o.titleEn);
  const shown = pdfOptions(results.options, report.decisions);
  const shortlisted = shown.filter((o) => report.decisions[o.code]?.decision === "shortlisted");
  const guides = new Set([...(results.ownGuide ? [results.ownGuide] : []), ...shown.flatMap((o) => (o.licensing?.route ? [o.licensing.route.slug] : []))]);
  const sources = results.sources.filter((s) => !s.guide || guides.has(s.guide));

  const gettingThere = (o: ReportOptionResult) => {
    const lines: string[] = [];
    if (o.licensing) {
      lines.push(pick(o.licensing.summary));
      for (const p of o.licensing.prerequisites) lines.push(`${tx(t.first)} ${pick(p)}`);
      for (const p of o.licensing.advancedStanding) lines.push(`${tx(t.standing)} ${pick(p)}`);
    } else if (o.retraining && o.retraining.months > 0) {
      lines.push(tx(t.estimate(Math.max(1, Math.round(o.retraining.months)), money(o.retraining.costCad))));
    } else {
      lines.push(tx(t.noTraining));
    }
    if (o.language.levels > 0 || o.language.personClb !== null) lines.push(tx(t.language(o.language.neededClb, o.language.personClb, Math.round(o.language.months))));
    return lines;
  };
  const steps = (o: ReportOptionResult) =>
    (o.licensing?.route?.steps ?? []).map((s) => {
      const cost = s.minCost !== null && s.maxCost !== null ? `, ${t.cost(money(s.minCost), money(s.maxCost))}` : "";
      return tx(`${locale === "fr" ? s.title.fr : s.title.en}${sep}${t.months(s.minMonths, s.maxMonths)}${cost}`);
    });
  const firstStep = (o: ReportOptionResult) => {
    const route = o.licensing?.route?.steps[0];
    if (route) return tx(`${locale === "fr" ? route.title.fr : route.title.en}${sep}${t.months(route.minMonths, route.maxMonths)}`);
    return gettingThere(o)[0]!;
  };

  // The page template: content, then a footer with the organization, the version and the page number on every page.
  const chrome = ({ pageNumber, totalPages, children }: PageLayoutProps) => (
    <>
      <View style={styles.content}>{children}</View>
      <View style={styles.footer}>
        <Text>{`${data.organization} · ${t.version(report.version)}`}</Text>
        <Text>{tx(t.page(pageNumber ?? 1, totalPages ?? 1))}</Text>
      </View>
    </>
  );

  return (
    <Document title={`${t.title} – ${data.organization}`} author={data.organization} language={locale === "fr" ? "fr-CA" : "en-CA"} creator="Parallel" producer="Parallel">
      <Page size="LETTER" style={styles.page} layout={chrome}>
        <Text style={styles.h1}>{tx(t.title)}</Text>
        <View style={styles.meta}>
          <Text style={styles.metaItem}>
            <Text style={styles.label}>{lbl(t.organization)}</Text>
            {data.organization}
          </Text>
          <Text style={styles.metaItem}>
            <Text style={styles.label}>{lbl(t.client)}</Text>
            {data.client}
          </Text>
          <Text style={styles.metaItem}>
            <Text style={styles.label}>{tx(`${t.reportDate} `)}</Text>
            {day(report.createdAt)} ({t.version(report.version)})
          </Text>
          <Text style={styles.metaItem}>
            <Text style={styles.label}>{tx(`${t.generated} `)}</Text>
            {day(printedAt.toISOString())}
          </Text>
          <Text style={styles.metaItem}>
            <Text style={styles.label}>{lbl(t.engine)}</Text>
            {report.engineVersion}
          </Text>
          <Text style={styles.metaItem}>
            <Text style={styles.label}>{lbl(t.data)}</Text>
            {report.dataVersion}
          </Text>
        </View>

        <Text style={styles.h2}>{tx(t.ownProfession)}</Text>
        <Text style={styles.h3}>
          {title(own)} ({t.code(own.code)})
        </Text>
        <Text>{pick(own.statement)}</Text>

        <Text style={styles.h2}>{tx(t.options)}</Text>
        <Text style={styles.muted}>{tx(t.optionsIntro(shown.length, results.total))}</Text>
        <Text style={styles.muted}>{tx(t.honesty)}</Text>
        {shown.map((o) => {
          const decision = report.decisions[o.code];
          return (
            <View key={o.code} style={styles.option} >
              <Text style={styles.h3}>
                {o.rank}. {title(o)} ({t.code(o.code)})
              </Text>
              <View style={styles.badges}>
                <Text style={styles.badge}>{tx(t.fit(Math.round(o.score * 100)))}</Text>
                {o.regulated ? <Text style={styles.badge}>{tx(t.licenceRequired)}</Text> : null}
                {o.source !== "computed" ? <Text style={styles.badge}>{tx(t.curated)}</Text> : null}
                {decision && decision.decision !== "open" ? <Text style={styles.decision}>{tx(t.decisions[decision.decision])}</Text> : null}
              </View>
              {decision?.reason ? (
                <Text>
                  <Text style={styles.label}>{lbl(t.reason)}</Text>
                  {tx(decision.reason)}
                </Text>
              ) : null}
              {decision?.note ? (
                <Text>
                  <Text style={styles.label}>{lbl(t.note)}</Text>
                  {tx(decision.note)}
                </Text>
              ) : null}
              <Text>{pick(o.explanation)}</Text>
              <Text style={styles.label}>{tx(t.gaps)}</Text>
              {o.gapSummary.length ? o.gapSummary.slice(0, 5).map((g) => <Bullet key={g.en}>{pick(g)}</Bullet>) : <Bullet>{tx(t.noGaps)}</Bullet>}
              <Text style={styles.label}>{tx(t.gettingThere)}</Text>
              {gettingThere(o).map((line) => (
                <Bullet key={line}>{line}</Bullet>
              ))}
              {steps(o).length ? <Text style={styles.muted}>{tx(t.routeSteps)}</Text> : null}
              {steps(o).map((line) => (
                <Bullet key={line}>{line}</Bullet>
              ))}
            </View>
          );
        })}

        <View >
          <Text style={styles.h2}>{tx(t.nextSteps)}</Text>
          <Text style={styles.muted}>{tx(shortlisted.length ? t.nextStepsIntro : t.nextStepsNone)}</Text>
          {shortlisted.map((o) => (
            <Bullet key={o.code}>{`${title(o)} → ${firstStep(o)}`}</Bullet>
          ))}
        </View>

        <Text style={styles.h2}>{tx(t.sources)}</Text>
        <Text style={styles.muted}>{tx(t.sourcesIntro)}</Text>
        {sources.map((s) => (
          <Bullet key={`${s.publisher}|${s.title}|${s.edition}`}>
            {[
              `${s.publisher}, ${s.title} (${s.edition})`,
              s.checked ? tx(t.checked(day(s.checked))) : null,
              s.usedFor ? pick(s.usedFor) : null,
              s.url,
            ]
              .filter(Boolean)
              .join(" – ")}
          </Bullet>
        ))}
      </Page>
    </Document>
  );
}

/** The report as PDF bytes. */
export async function renderReportPdf(data: ReportDocumentData, printedAt = new Date()): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<ReportPdf data={data} locale={data.locale} printedAt={printedAt} />);
}

/** A file name that is safe everywhere: letters, digits and hyphens. */
export function pdfFileName(version: number, createdAt: string, locale: "en" | "fr"): string {
  return `${locale === "fr" ? "rapport-options" : "options-report"}-v${version}-${createdAt.slice(0, 10)}.pdf`;
}
