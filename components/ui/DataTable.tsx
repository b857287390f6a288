import type { HTMLAttributes, ReactNode } from "react";

/** One column: its header and how a row fills its cell. */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Classes added to the column's cells (e.g. "whitespace-nowrap"). */
  className?: string;
  /** Figures: the header and the cells aligned to the right, digits of equal width so they line up. */
  numeric?: boolean;
}

/**
 * The tables of the workspace and account pages as one kind of table: a
 * caption for screen readers, column headers with their scope, a row per item,
 * scrolling sideways on a narrow screen instead of squeezing. With `rowHeader`
 * the first column names its row (a header cell with the row's scope), as in
 * the tables of figures.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader = false,
  rowClassName,
  rowProps,
}: {
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowHeader?: boolean;
  rowClassName?: (row: T) => string;
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
}) {
  const classes = (column: Column<T>, ...more: string[]) => ["px-2 py-2", ...more, column.numeric ? "text-right tabular-nums" : "", column.className ?? ""].filter(Boolean).join(" ");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-slate-300">
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`px-2 py-2 ${column.numeric ? "text-right" : ""}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-b border-slate-200 align-top ${rowClassName?.(row) ?? ""}`} {...rowProps?.(row)}>
              {columns.map((column, i) =>
                rowHeader && i === 0 ? (
                  <th key={i} scope="row" className={classes(column, "font-normal")}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={classes(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
