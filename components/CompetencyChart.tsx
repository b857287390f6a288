"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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

/**
 * Horizontal bars of competency levels. The chart is drawn for sighted
 * users; the same figures are in a table for screen readers, and in the
 * definitions list under it for everyone.
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
  const height = Math.max(120, items.length * (seriesNames ? 44 : 30) + 30);
  return (
    <figure className="break-inside-avoid">
      <figcaption className="mb-1 font-semibold">{title}</figcaption>
      <div aria-hidden="true" style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={items} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} hide />
            <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip formatter={(_value, _name, entry) => [(entry.payload as ChartItem).label, levelHeading]} />
            <Bar dataKey="percent" name={seriesNames?.[0] ?? levelHeading} fill="#0b5563" isAnimationActive={false} />
            {seriesNames ? <Bar dataKey="comparePercent" name={seriesNames[1]} fill="#b4461b" isAnimationActive={false} /> : null}
          </BarChart>
        </ResponsiveContainer>
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
