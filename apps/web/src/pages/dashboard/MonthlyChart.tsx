import { formatMonth, formatNumber, useI18n } from '../../i18n/i18n';
import { HATCH_ID } from './mapData';
import { monthKey } from './format';
import type { SuppressedTable } from './types';

export interface MonthBar {
  month: string;
  /** The month's reports; null when hidden (under k): drawn hatched, with no meaningful height */
  value: number | null;
}

/**
 * Reports per month from the neighbourhood × month table of reports (each report counted once):
 * one bar per column, its column total (null when hidden).
 */
export function monthBars(table: SuppressedTable): MonthBar[] {
  return table.columns.map((month, j) => ({ month, value: table.columnTotals[j] ?? null }));
}

/**
 * The same monthly totals as a one-row table (months as columns), for the accessible table next to
 * the chart; the period total is the table's total (null when hidden).
 */
export function monthTotalsTable(table: SuppressedTable): SuppressedTable {
  const values = table.columns.map((_, j) => table.columnTotals[j] ?? null);
  return {
    rows: table.columns.length > 0 ? ['reports'] : [],
    columns: table.columns,
    cells: table.columns.length > 0 ? [{ row: 'reports', total: table.total, values }] : [],
    rowTotals: table.columns.length > 0 ? [table.total] : [],
    columnTotals: values,
    total: table.total,
  };
}

const BAR = 36;
const GAP = 12;
const HEIGHT = 160;
const TOP = 20;
const BOTTOM = 24;
/** A hidden month's bar: a marker, not a quantity. */
const HIDDEN_BAR = 6;

/** A bar chart of monthly reports; decorative (aria-hidden): the table next to it carries the data. */
export function MonthlyChart({ bars, k }: { bars: MonthBar[]; k: number }) {
  const { t, locale } = useI18n();
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const width = bars.length * (BAR + GAP) + GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  const anyHidden = bars.some((b) => b.value === null);
  return (
    <figure className="dashboard-chart mb-3">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} className="dashboard-chart-svg" aria-hidden="true" focusable="false" data-testid="monthly-chart">
        <line x1={0} x2={width} y1={TOP + plot} y2={TOP + plot} stroke="#17324d" strokeWidth={1} />
        {bars.map((b, i) => {
          const hidden = b.value === null;
          const h = hidden ? HIDDEN_BAR : Math.max(Math.round(((b.value ?? 0) / max) * plot), 0);
          const x = GAP + i * (BAR + GAP);
          return (
            <g key={b.month} data-testid={`monthly-bar-${monthKey(b.month)}`} data-state={hidden ? 'suppressed' : 'shown'}>
              <rect x={x} y={TOP + plot - h} width={BAR} height={h} fill={hidden ? `url(#${HATCH_ID}-chart)` : '#0066cc'} stroke="#17324d" strokeWidth={hidden ? 1 : 0} strokeDasharray={hidden ? '3 2' : undefined} />
              <text x={x + BAR / 2} y={TOP + plot - h - 4} textAnchor="middle" fontSize={11} fill="#17324d">
                {hidden ? t('dashboard.suppressedCell.short', { k }) : formatNumber(b.value ?? 0, locale)}
              </text>
              <text x={x + BAR / 2} y={HEIGHT - 8} textAnchor="middle" fontSize={10} fill="#17324d">
                {formatMonth(monthKey(b.month), locale).replace(/\s\d{2}(\d{2})$/, ' $1')}
              </text>
            </g>
          );
        })}
        <defs>
          <pattern id={`${HATCH_ID}-chart`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#0066cc" strokeWidth="3" />
          </pattern>
        </defs>
      </svg>
      <figcaption className="small">
        {t('dashboard.trends.chartCaption')}
        {anyHidden && ` ${t('dashboard.trends.chartHidden', { k })}`}
      </figcaption>
    </figure>
  );
}
