import { formatMonth, formatNumber, useI18n } from '../../i18n/i18n';
import { HATCH_ID } from './mapData';
import { monthKey } from './format';
import type { SuppressedTable } from './types';

export interface MonthBar {
  month: string;
  /** The month's total, or the sum of its visible cells when the total is hidden */
  value: number;
  /** False when some of the month's counts are hidden: the real total is higher */
  complete: boolean;
}

/**
 * Monthly totals from a month × need table (needs flagged, not reports): the shown total, or a lower
 * bound from the visible cells.
 */
export function monthBars(table: SuppressedTable): MonthBar[] {
  return table.rows.map((month, i) => {
    const total = table.rowTotals[i];
    if (total !== null && total !== undefined) return { month, value: total, complete: true };
    const values = table.cells[i]?.values ?? [];
    return { month, value: values.reduce<number>((a, v) => a + (v ?? 0), 0), complete: false };
  });
}

const BAR = 36;
const GAP = 12;
const HEIGHT = 160;
const TOP = 20;
const BOTTOM = 24;

/** A bar chart of monthly totals; decorative (aria-hidden): the table next to it carries the data. */
export function MonthlyChart({ bars }: { bars: MonthBar[] }) {
  const { t, locale } = useI18n();
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = bars.length * (BAR + GAP) + GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  const incomplete = bars.some((b) => !b.complete);
  return (
    <figure className="dashboard-chart mb-3">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} className="dashboard-chart-svg" aria-hidden="true" focusable="false" data-testid="monthly-chart">
        <line x1={0} x2={width} y1={TOP + plot} y2={TOP + plot} stroke="#17324d" strokeWidth={1} />
        {bars.map((b, i) => {
          const h = Math.round((b.value / max) * plot);
          const x = GAP + i * (BAR + GAP);
          return (
            <g key={b.month}>
              <rect x={x} y={TOP + plot - h} width={BAR} height={Math.max(h, 0)} fill={b.complete ? '#0066cc' : `url(#${HATCH_ID}-chart)`} stroke="#17324d" strokeWidth={b.complete ? 0 : 1} />
              <text x={x + BAR / 2} y={TOP + plot - h - 4} textAnchor="middle" fontSize={11} fill="#17324d">
                {b.complete ? formatNumber(b.value, locale) : `≥ ${formatNumber(b.value, locale)}`}
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
        {incomplete && ` ${t('dashboard.trends.chartIncomplete')}`}
      </figcaption>
    </figure>
  );
}
