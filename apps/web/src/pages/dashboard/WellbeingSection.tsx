import { formatMonth, useI18n } from '../../i18n/i18n';
import { CsvDownload, CsvTableName } from './CsvDownload';
import { monthKey } from './format';
import type { Period } from './PeriodSelector';
import { SuppressedTableView } from './SuppressedTableView';
import type { Dashboard, SuppressedTable } from './types';

interface Props {
  dashboard: Dashboard;
  period: Period;
  neighbourhoodLabel(code: string): string;
}

/**
 * A table with rows and columns swapped (months across, like the other tables by month), each
 * hidden value keeping its reason: suppression does not depend on which way a table is read.
 */
export function transposed(t: SuppressedTable): SuppressedTable {
  const rowTotalReasons = t.rowTotalReasons ?? t.cells.map((c) => c.totalReason ?? null);
  return {
    rows: t.columns,
    columns: t.rows,
    cells: t.columns.map((c, j) => ({
      row: c,
      values: t.cells.map((r) => r.values[j] ?? null),
      reasons: t.cells.map((r) => r.reasons?.[j] ?? null),
      total: t.columnTotals[j] ?? null,
      totalReason: t.columnTotalReasons?.[j] ?? null,
    })),
    rowTotals: t.columnTotals,
    columnTotals: t.rowTotals,
    total: t.total,
    rowTotalReasons: t.columnTotalReasons,
    columnTotalReasons: rowTotalReasons,
    totalReason: t.totalReason,
  };
}

/**
 * «Esiti e progetti di vita»: the UCLA-3 loneliness bands at the start and after 12 weeks, per
 * neighbourhood and month (distributions: nobody's start is paired with their 12 weeks), and the
 * «Dopo di noi» and mental-health pathways opened and closed and their actions per month, from the
 * reports vault's month-coarse events. The same small-cell rule as every other table.
 */
export function WellbeingSection({ dashboard, period, neighbourhoodLabel }: Props) {
  const { t, locale } = useI18n();
  const monthLabel = (m: string) => formatMonth(monthKey(m), locale);
  const outcomeLabel = (c: string) => {
    const [phase, band] = c.split('.');
    return t('dashboard.wellbeing.outcomeColumn', { phase: t(`dashboard.wellbeing.phaseShort.${phase}`), band: t(`dashboard.wellbeing.bandShort.${band}`) });
  };
  const kindLabel = (k: string) => t(`wellbeing.kind.${k}`);
  const actionLabel = (a: string) => t(`dashboard.wellbeing.action.${a}`);
  const block = (name: CsvTableName, table: SuppressedTable, rowHeader: string, rowLabel: (r: string) => string, columnLabel: (c: string) => string, testId: string) => (
    <div className="mt-4" key={name}>
      <h3 className="h5">{t(`dashboard.wellbeing.${name}.title`)}</h3>
      <p className="small">{t(`dashboard.wellbeing.${name}.help`)}</p>
      <CsvDownload table={name} period={period} label={t(`dashboard.wellbeing.${name}.title`)} />
      <SuppressedTableView table={table} caption={t(`dashboard.wellbeing.${name}.caption`)} rowHeader={rowHeader} rowLabel={rowLabel} columnLabel={columnLabel} k={dashboard.k} testId={testId} />
    </div>
  );
  const month = t('dashboard.tables.month');
  return (
    <section aria-labelledby="dashboard-wellbeing" className="mb-5" data-testid="dashboard-wellbeing">
      <h2 id="dashboard-wellbeing" className="h4">
        {t('dashboard.wellbeing.title')}
      </h2>
      <p className="small">{t('dashboard.wellbeing.intro')}</p>
      <p className="small" data-testid="dashboard-wellbeing-bands">
        {t('dashboard.wellbeing.bands')}
      </p>
      {block('outcomesByNeighbourhood', dashboard.outcomesByNeighbourhood, t('dashboard.neighbourhoods.name'), neighbourhoodLabel, outcomeLabel, 'table-outcomes-by-neighbourhood')}
      {block('outcomesByMonth', transposed(dashboard.outcomesByMonth), t('dashboard.wellbeing.outcomeHeader'), outcomeLabel, monthLabel, 'table-outcomes-by-month')}
      {block('pathwaysOpenedByMonth', dashboard.pathwaysOpenedByMonth, month, monthLabel, kindLabel, 'table-pathways-opened')}
      {block('pathwaysClosedByMonth', dashboard.pathwaysClosedByMonth, month, monthLabel, kindLabel, 'table-pathways-closed')}
      {block('pathwayActionsByMonth', transposed(dashboard.pathwayActionsByMonth), t('dashboard.wellbeing.actionHeader'), actionLabel, monthLabel, 'table-pathway-actions')}
    </section>
  );
}
