import type { HTMLAttributes, ReactNode } from "react";

/** One column: its header and how a row fills its cell. */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Classes added to the column's cells (e.g. "whitespace-nowrap"). */
  className?: string;
}

/**
 * The lists of the workspace and account pages as one kind of table: a
 * caption for screen readers, column headers with their scope, a row per item,
 * scrolling sideways on a narrow screen instead of squeezing.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  rowProps,
}: {
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string;
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-slate-300">
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-2 py-2">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-b border-slate-200 align-top ${rowClassName?.(row) ?? ""}`} {...rowProps?.(row)}>
              {columns.map((column, i) => (
                <td key={i} className={`px-2 py-2 ${column.className ?? ""}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
