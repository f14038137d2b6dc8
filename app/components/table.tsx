// GOV.UK table that stacks into rows on narrow screens (WCAG 1.4.10 reflow, app/styles/_table.scss):
// below the tablet breakpoint each cell prints its column's heading from data-label. The heading
// is written onto every cell here, from `head`, so no table can leave it out. A column whose
// heading is visually hidden (an "Action" column of buttons) gets no data-label: on narrow screens
// it would print a word that wide screens never show.
import type { ReactNode } from "react";

export type TableColumn = {
  label: string;
  /** Right-aligned figures (govuk-table__header--numeric and govuk-table__cell--numeric). */
  numeric?: boolean;
  /** Heading for screen readers only, for a column of actions that speak for themselves. */
  visuallyHidden?: boolean;
  /** Extra classes on this column's cells. */
  cellClassName?: string;
};

// A cell that is one element is written as a fragment (<><Link …/></>): lint's react/jsx-key reads
// an element in an array literal as a list item wanting a key, though the cells are never a list.
export type TableRow = { key: string | number; cells: ReactNode[] };

export function Table({
  caption,
  captionSize,
  captionHidden,
  head,
  rows,
  firstCellIsHeader,
  className,
}: {
  caption: ReactNode;
  captionSize?: "s" | "m" | "l" | "xl";
  /** The caption names the table for screen readers only (a heading above already says it). */
  captionHidden?: boolean;
  head: TableColumn[];
  rows: TableRow[];
  /** Each row's first cell names the row: <th scope="row">. */
  firstCellIsHeader?: boolean;
  className?: string;
}) {
  const captionClass = ["govuk-table__caption", captionSize ? `govuk-table__caption--${captionSize}` : "", captionHidden ? "govuk-visually-hidden" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <table className={className ? `govuk-table ${className}` : "govuk-table"}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((column) => (
            <th scope="col" className={column.numeric ? "govuk-table__header govuk-table__header--numeric" : "govuk-table__header"} key={column.label}>
              {column.visuallyHidden ? <span className="govuk-visually-hidden">{column.label}</span> : column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            {row.cells.map((cell, index) => {
              const column = head[index];
              const label = column && !column.visuallyHidden ? column.label : undefined;
              if (index === 0 && firstCellIsHeader) {
                return (
                  <th scope="row" className="govuk-table__header" data-label={label} key={index}>
                    {cell}
                  </th>
                );
              }
              const cellClass = ["govuk-table__cell", column?.numeric ? "govuk-table__cell--numeric" : "", column?.cellClassName ?? ""].filter(Boolean).join(" ");
              return (
                <td data-label={label} className={cellClass} key={index}>
                  {cell}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
