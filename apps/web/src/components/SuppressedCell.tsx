import { formatNumber, useI18n } from '../i18n/i18n';

/** Why a count is hidden (the API's SuppressionReason). */
export type HiddenReason = 'SMALL' | 'COMPLEMENTARY';

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
  /**
   * Why it is hidden: SMALL reads "< k"; COMPLEMENTARY (hidden to protect another count: it may be
   * k or more) reads "nascosto per riservatezza", never "< k". Unknown: "< k" where `k` is the
   * API's threshold of a count known to be small (the callers' counters), as before.
   */
  reason?: HiddenReason | null;
}

/**
 * A count from the city's aggregates. When the count is hidden it shows "< 10" (or "< k") if it is
 * small, or "nascosto per riservatezza" if it was hidden to protect another (it may be 173), with
 * an explanation for screen readers and on hover, and never the number, not even in an attribute.
 */
export function SuppressedCell({ value, suppressed, k, digits = 0, nullMeans = 'suppressed', format, reason }: SuppressedCellProps) {
  const { t, locale } = useI18n();
  const hidden = suppressed === true || (value === null && nullMeans === 'suppressed');
  if (hidden && reason === 'COMPLEMENTARY') {
    return (
      <span className="suppressed suppressed-complementary" title={t('dashboard.suppressedCell.complementaryHelp', { k: k ?? 10 })}>
        <span aria-hidden="true">{t('dashboard.suppressedCell.complementaryShort')}</span>
        <span className="visually-hidden">{t('dashboard.suppressedCell.complementaryHelp', { k: k ?? 10 })}</span>
      </span>
    );
  }
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
