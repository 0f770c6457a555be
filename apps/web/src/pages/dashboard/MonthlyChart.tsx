import { formatMonth, formatNumber, useI18n } from '../../i18n/i18n';
import { HATCH_ID } from './mapData';
import { monthKey } from './format';
import type { SuppressedTable, SuppressionReason } from './types';

export interface MonthBar {
  month: string;
  /** The month's reports; null when hidden: drawn as an outline of no height that means anything, never as a small bar */
  value: number | null;
  /** Why it is hidden: SMALL (under k) or COMPLEMENTARY (hidden to protect another count: it may be k or more) */
  reason?: SuppressionReason | null;
}

/**
 * Reports per month from the neighbourhood × month table of reports (each report counted once):
 * one bar per column, its column total (null when hidden).
 */
export function monthBars(table: SuppressedTable): MonthBar[] {
  return table.columns.map((month, j) => ({ month, value: table.columnTotals[j] ?? null, reason: table.columnTotalReasons?.[j] ?? null }));
}

/**
 * The same monthly totals as a one-row table (months as columns), for the accessible table next to
 * the chart; the period total is the table's total (null when hidden).
 */
export function monthTotalsTable(table: SuppressedTable): SuppressedTable {
  const values = table.columns.map((_, j) => table.columnTotals[j] ?? null);
  const reasons = table.columns.map((_, j) => table.columnTotalReasons?.[j] ?? null);
  const totalReason = table.totalReason ?? null;
  return {
    rows: table.columns.length > 0 ? ['reports'] : [],
    columns: table.columns,
    cells: table.columns.length > 0 ? [{ row: 'reports', total: table.total, values, reasons, totalReason }] : [],
    rowTotals: table.columns.length > 0 ? [table.total] : [],
    columnTotals: values,
    total: table.total,
    rowTotalReasons: table.columns.length > 0 ? [totalReason] : [],
    columnTotalReasons: reasons,
    totalReason,
  };
}

const BAR = 36;
const GAP = 12;
const HEIGHT = 160;
const TOP = 20;
const BOTTOM = 24;

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
          const x = GAP + i * (BAR + GAP);
          if (hidden) {
            // Neither kind of hidden month is drawn as a quantity: a dashed outline of the whole plot
            // height says "not shown", never "small"; the words say why.
            const complementary = b.reason === 'COMPLEMENTARY';
            return (
              <g key={b.month} data-testid={`monthly-bar-${monthKey(b.month)}`} data-state={complementary ? 'complementary' : 'suppressed'}>
                <rect x={x} y={TOP} width={BAR} height={plot} fill={`url(#${HATCH_ID}-chart)`} fillOpacity={0.35} stroke="#17324d" strokeWidth={1} strokeDasharray="3 2" />
                <text x={x + BAR / 2} y={TOP + plot / 2} textAnchor="middle" dominantBaseline="middle" fontSize={11} fill="#17324d" fontStyle="italic"
                  transform={complementary ? `rotate(-90 ${x + BAR / 2} ${TOP + plot / 2})` : undefined}>
                  {complementary ? t('dashboard.map.complementaryShort') : t('dashboard.suppressedCell.short', { k })}
                </text>
                <text x={x + BAR / 2} y={HEIGHT - 8} textAnchor="middle" fontSize={10} fill="#17324d">
                  {formatMonth(monthKey(b.month), locale).replace(/\s\d{2}(\d{2})$/, ' $1')}
                </text>
              </g>
            );
          }
          const h = Math.max(Math.round(((b.value ?? 0) / max) * plot), 0);
          return (
            <g key={b.month} data-testid={`monthly-bar-${monthKey(b.month)}`} data-state="shown">
              <rect x={x} y={TOP + plot - h} width={BAR} height={h} fill="#0066cc" stroke="#17324d" strokeWidth={0} />
              <text x={x + BAR / 2} y={TOP + plot - h - 4} textAnchor="middle" fontSize={11} fill="#17324d">
                {formatNumber(b.value ?? 0, locale)}
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
