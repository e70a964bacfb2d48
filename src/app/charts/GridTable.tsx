/**
 * A grid chart's numbers as an HTML table: the text alternative of a chart whose cells are drawn
 * as layers (cell-grid.ts). Rendered only while the user asks for it, so it costs nothing on a
 * filter click otherwise.
 */
export interface GridTableProps {
  readonly caption: string;
  /** The header of the row-name column. */
  readonly corner: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<{ readonly key: string; readonly label: string; readonly cells: readonly string[] }>;
}

export function GridTable({ caption, corner, columns, rows }: GridTableProps) {
  return (
    <div className="chart-table-wrap">
      <table className="chart-table" data-chart-table="">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={columns[i] ?? i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
