export interface ChartItem {
  code: string;
  name: string;
  definition: string;
  /** Level as a share of the descriptor's scale, 0-100. */
  percent: number;
  label: string;
  /** A second series, for side-by-side comparisons. */
  comparePercent?: number;
  compareLabel?: string;
}

const COLOURS = ["#0b5563", "#b4461b"] as const;

/** One bar, 0-100, drawn in SVG so it prints (browsers leave out backgrounds) and needs no script. */
function Bar({ percent, colour, label }: { percent: number; colour: string; label: string }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="block h-3 w-full" role="presentation">
      <title>{label}</title>
      <rect x="0" y="0" width="100" height="10" fill="#eef2f3" />
      <rect x="0" y="0" width={width} height="10" fill={colour} />
    </svg>
  );
}

/**
 * Horizontal bars of competency levels, rendered on the server (no
 * JavaScript sent for them). The chart is drawn for sighted users; the same
 * figures are in a table for screen readers, and in the definitions list
 * under it for everyone.
 */
export function CompetencyChart({
  title,
  items,
  levelHeading,
  descriptorHeading,
  seriesNames,
}: {
  title: string;
  items: ChartItem[];
  levelHeading: string;
  descriptorHeading: string;
  seriesNames?: [string, string];
}) {
  return (
    <figure className="break-inside-avoid" data-chart="competencies">
      <figcaption className="mb-1 font-semibold">{title}</figcaption>
      <div aria-hidden="true" className="w-full">
        {seriesNames ? (
          <p className="mb-1 flex flex-wrap gap-4 text-xs">
            {seriesNames.map((name, i) => (
              <span key={name} className="inline-flex items-center gap-1">
                <svg viewBox="0 0 10 10" className="h-3 w-3" role="presentation">
                  <rect width="10" height="10" fill={COLOURS[i]} />
                </svg>
                {name}
              </span>
            ))}
          </p>
        ) : null}
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.code} className="grid grid-cols-[minmax(6rem,10rem)_1fr] items-center gap-2 text-xs">
              <span className="truncate" title={item.name}>
                {item.name}
              </span>
              <span className="space-y-0.5">
                <Bar percent={item.percent} colour={COLOURS[0]} label={`${seriesNames?.[0] ?? levelHeading}: ${item.label}`} />
                {seriesNames && item.comparePercent !== undefined ? (
                  <Bar percent={item.comparePercent} colour={COLOURS[1]} label={`${seriesNames[1]}: ${item.compareLabel ?? ""}`} />
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {/* Tables ignore overflow, so the visually hidden wrapper is a div. */}
      <div className="sr-only">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{descriptorHeading}</th>
            <th scope="col">{seriesNames?.[0] ?? levelHeading}</th>
            {seriesNames ? <th scope="col">{seriesNames[1]}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <th scope="row">{item.name}</th>
              <td>{item.label}</td>
              {seriesNames ? <td>{item.compareLabel}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
