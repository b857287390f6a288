/**
 * Charts of the indicators, drawn in SVG on the server (no script sent, and
 * they print). Each is hidden from screen readers: the table after it holds
 * the same figures. Suppressed counts are never drawn.
 */

export const SERIES_COLOURS = ["#0b5563", "#6b9e3f", "#b4461b", "#7a5195"] as const;

function Legend({ names }: { names: string[] }) {
  return (
    <p className="mb-1 flex flex-wrap gap-4 text-xs">
      {names.map((name, i) => (
        <span key={name} className="inline-flex items-center gap-1">
          <svg viewBox="0 0 10 10" className="h-3 w-3" role="presentation">
            <rect width="10" height="10" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
          </svg>
          {name}
        </span>
      ))}
    </p>
  );
}

/** Horizontal bars, one row per label, one bar per series (null: suppressed, not drawn). */
export function BarChart({ caption, rows, series }: { caption: string; rows: { label: string; values: (number | null)[] }[]; series?: string[] }) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const drawn = rows.filter((r) => r.values.some((v) => v !== null));
  return (
    <figure className="break-inside-avoid" aria-hidden="true" data-chart="bars">
      <figcaption className="mb-1 text-sm font-semibold">{caption}</figcaption>
      {series ? <Legend names={series} /> : null}
      <div className="grid grid-cols-[minmax(6rem,14rem)_1fr] items-center gap-x-3 gap-y-1 text-sm">
        {drawn.map((r) => (
          <div key={r.label} className="contents">
            <span className="truncate">{r.label}</span>
            <span className="space-y-0.5">
              {r.values.map((v, i) =>
                v === null ? null : (
                  <span key={i} className="flex items-center gap-2">
                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="block h-3 grow" role="presentation">
                      <rect x="0" y="0" width="100" height="10" fill="#eef2f3" />
                      <rect x="0" y="0" width={(v / max) * 100} height="10" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
                    </svg>
                    <span className="w-10 text-right tabular-nums">{v}</span>
                  </span>
                ),
              )}
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}

/** One stacked bar per period (its shown parts only), scaled to the largest period. */
export function StackedChart({ caption, periods, series }: { caption: string; periods: { label: string; parts: (number | null)[] }[]; series: string[] }) {
  const max = Math.max(1, ...periods.map((p) => p.parts.reduce<number>((s, v) => s + (v ?? 0), 0)));
  return (
    <figure className="break-inside-avoid" aria-hidden="true" data-chart="stacked">
      <figcaption className="mb-1 text-sm font-semibold">{caption}</figcaption>
      <Legend names={series} />
      <div className="grid grid-cols-[5rem_1fr] items-center gap-x-3 gap-y-1 text-sm">
        {periods.map((p) => {
          let x = 0;
          return (
            <div key={p.label} className="contents">
              <span>{p.label}</span>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="block h-4 w-full" role="presentation">
                <rect x="0" y="0" width="100" height="10" fill="#eef2f3" />
                {p.parts.map((v, i) => {
                  if (v === null || v === 0) return null;
                  const width = (v / max) * 100;
                  const rect = <rect key={i} x={x} y="0" width={width} height="10" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />;
                  x += width;
                  return rect;
                })}
              </svg>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
