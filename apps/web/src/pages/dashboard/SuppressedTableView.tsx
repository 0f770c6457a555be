import { SuppressedCell } from '../../components/SuppressedCell';
import { useI18n } from '../../i18n/i18n';
import { TableScroll } from '../../components/TableScroll';
import type { SuppressedTable } from './types';

interface Props {
  table: SuppressedTable;
  caption: string;
  /** Header of the first column (what the rows are) */
  rowHeader: string;
  rowLabel(row: string): string;
  columnLabel(column: string): string;
  k: number;
  /** Drops the columns whose total is a shown 0 (never a hidden one). */
  hideEmptyColumns?: boolean;
  /** One row only (e.g. referrals by state): shows the columns as rows, with one value column titled `valueHeader`. */
  transpose?: boolean;
  valueHeader?: string;
  testId?: string;
}

/** A table of counts after suppression: hidden cells as "< k" or "nascosto per riservatezza" (their reason), totals row and column. */
export function SuppressedTableView({ table, caption, rowHeader, rowLabel, columnLabel, k, hideEmptyColumns, transpose, valueHeader, testId }: Props) {
  const { t } = useI18n();
  if (table.rows.length === 0 || table.columns.length === 0) {
    return <p className="text-secondary" data-testid={testId}>{t('dashboard.tables.empty')}</p>;
  }
  if (transpose) {
    const values = table.cells[0]?.values ?? [];
    return (
      <TableScroll className="dashboard-table-scroll" label={caption}>
        <table className="table table-sm table-striped dashboard-table" data-testid={testId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              <th scope="col" className="text-end">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {table.columns.map((c, j) => (
              <tr key={c}>
                <th scope="row">{columnLabel(c)}</th>
                <td className="text-end">
                  <SuppressedCell value={values[j]} reason={table.cells[0]?.reasons?.[j]} k={k} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.tables.total')}</th>
              <td className="text-end fw-semibold">
                <SuppressedCell value={table.total} reason={table.totalReason} k={k} />
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    );
  }
  const shown = table.columns.map((c, j) => ({ c, j })).filter(({ j }) => !hideEmptyColumns || table.columnTotals[j] !== 0);
  /** With one column the row total repeats it. */
  const totalColumn = table.columns.length > 1;
  return (
    <TableScroll className="dashboard-table-scroll" label={caption}>
      <table className="table table-sm table-striped dashboard-table" data-testid={testId}>
        <caption>
          {caption}
          {shown.length < table.columns.length && <span className="d-block small">{t('dashboard.tables.emptyColumnsHidden')}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {shown.map(({ c }) => (
              <th key={c} scope="col" className="text-end">
                {columnLabel(c)}
              </th>
            ))}
            {totalColumn && (
              <th scope="col" className="text-end">
                {t('dashboard.tables.total')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r}>
              <th scope="row">{rowLabel(r)}</th>
              {shown.map(({ c, j }) => (
                <td key={c} className="text-end" data-row={r} data-column={c}>
                  <SuppressedCell value={table.cells[i]?.values[j]} reason={table.cells[i]?.reasons?.[j]} k={k} />
                </td>
              ))}
              {totalColumn && (
                <td className="text-end fw-semibold">
                  <SuppressedCell value={table.rowTotals[i]} reason={table.rowTotalReasons?.[i] ?? table.cells[i]?.totalReason} k={k} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        {table.rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.tables.total')}</th>
              {shown.map(({ c, j }) => (
                <td key={c} className="text-end fw-semibold">
                  <SuppressedCell value={table.columnTotals[j]} reason={table.columnTotalReasons?.[j]} k={k} />
                </td>
              ))}
              {totalColumn && (
                <td className="text-end fw-semibold">
                  <SuppressedCell value={table.total} reason={table.totalReason} k={k} />
                </td>
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}
