import { formatNumber, useI18n } from '../i18n/i18n';

export interface SuppressedCellProps {
  /** The count; in the API's tables `null` means "hidden because under k". */
  value: number | null | undefined;
  /** Forces the hidden rendering whatever `value` holds (the value is never printed). */
  suppressed?: boolean;
  /** The threshold under which counts are hidden, when the API gives it (default: the text of common.suppressed). */
  k?: number;
  /** Decimal digits for a shown value. */
  digits?: number;
  /** What `null` means: hidden under k (the API's tables, default) or simply no data. */
  nullMeans?: 'suppressed' | 'missing';
  /** Custom text for a shown value (e.g. a duration); default: the number in the reader's locale. */
  format?: (value: number) => string;
}

/**
 * A count from the city's aggregates. When the count is hidden it shows "< 10" (or "< k") with an
 * explanation for screen readers and on hover, and never the number, not even in an attribute.
 */
export function SuppressedCell({ value, suppressed, k, digits = 0, nullMeans = 'suppressed', format }: SuppressedCellProps) {
  const { t, locale } = useI18n();
  const hidden = suppressed === true || (value === null && nullMeans === 'suppressed');
  if (hidden) {
    const short = k === undefined ? t('common.suppressed') : t('dashboard.suppressedCell.short', { k });
    const help = k === undefined ? t('common.suppressedHelp') : t('dashboard.suppressedCell.help', { k });
    return (
      <span className="suppressed" title={help}>
        <span aria-hidden="true">{short}</span>
        <span className="visually-hidden">{help}</span>
      </span>
    );
  }
  if (value === null || value === undefined || !Number.isFinite(value)) {
    const help = t('dashboard.suppressedCell.missing');
    return (
      <span className="no-data" title={help}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{help}</span>
      </span>
    );
  }
  return <span className="count">{format ? format(value) : formatNumber(value, locale, digits)}</span>;
}
