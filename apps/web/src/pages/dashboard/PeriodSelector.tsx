import { FormEvent, useEffect, useState } from 'react';
import { formatMonth, useI18n } from '../../i18n/i18n';
import { currentMonth, shiftMonth } from './format';

export interface Period {
  from?: string;
  to?: string;
}

/** How far back the selector goes, in months. */
const HISTORY = 48;

/**
 * The longest period the dashboard API accepts, in months (its coverage refuses more:
 * COVERAGE_MAX_MONTHS in libs/contracts): the "to" month is offered only within it.
 */
export const MAX_MONTHS = 36;

/** The "to" months possible for a "from" month: from it, at most MAX_MONTHS, never after this month. */
export function toMonthsFor(from: string, now = new Date()): string[] {
  const last = currentMonth(now);
  const out: string[] = [];
  for (let i = 0; i < MAX_MONTHS; i++) {
    const m = shiftMonth(from, i);
    if (m > last) break;
    out.push(m);
  }
  return out.reverse();
}

/** The "to" month kept when "from" changes: the same when still possible, else the nearest possible. */
export function clampTo(from: string, to: string, now = new Date()): string {
  const options = toMonthsFor(from, now);
  if (options.includes(to)) return to;
  return to < from ? options[options.length - 1] : options[0];
}

/** Default period: the API's (the last twelve months up to this one). */
export function defaultPeriod(now = new Date()): Required<Period> {
  const to = currentMonth(now);
  return { from: shiftMonth(to, -12), to };
}

/** Two month selects ("from", "to") and a reset to the last twelve months. */
export function PeriodSelector({ period, onChange }: { period: Period; onChange(period: Period): void }) {
  const { t, locale } = useI18n();
  const fallback = defaultPeriod();
  const [from, setFrom] = useState(period.from ?? fallback.from);
  const [to, setTo] = useState(period.to ?? fallback.to);
  const [invalid, setInvalid] = useState(false);
  const toMonths = toMonthsFor(from);
  useEffect(() => {
    setFrom(period.from ?? fallback.from);
    setTo(period.to ?? fallback.to);
  }, [period.from, period.to, fallback.from, fallback.to]);
  const months = Array.from({ length: HISTORY + 1 }, (_, i) => shiftMonth(fallback.to, -i));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (from > to) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onChange({ from, to });
  };
  return (
    <form className="dashboard-period" onSubmit={submit} aria-labelledby="dashboard-period-title" data-testid="period-form">
      <h2 id="dashboard-period-title" className="h6 mb-2">
        {t('dashboard.period.title')}
      </h2>
      <div className="row g-2 align-items-end">
        <div className="col-6 col-md-auto">
          <label htmlFor="dashboard-from" className="form-label">
            {t('dashboard.period.from')}
          </label>
          <select
            id="dashboard-from"
            className="form-select"
            value={from}
            onChange={(e) => {
              setFrom(e.target.value);
              setTo((current) => clampTo(e.target.value, current));
            }} aria-invalid={invalid || undefined} aria-describedby={invalid ? 'dashboard-period-error' : undefined} data-testid="period-from">
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-6 col-md-auto">
          <label htmlFor="dashboard-to" className="form-label">
            {t('dashboard.period.to')}
          </label>
          <select id="dashboard-to" className="form-select" value={to} onChange={(e) => setTo(e.target.value)} aria-describedby="dashboard-period-limit" data-testid="period-to">
            {toMonths.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-auto">
          <button type="submit" className="btn btn-primary" data-testid="period-apply">
            {t('dashboard.period.apply')}
          </button>
        </div>
        <div className="col-auto">
          <button type="button" className="btn btn-outline-primary" data-testid="period-reset" onClick={() => { setInvalid(false); onChange({}); }}>
            {t('dashboard.period.reset')}
          </button>
        </div>
      </div>
      <p id="dashboard-period-limit" className="small text-secondary mt-1 mb-0">
        {t('dashboard.period.limit', { n: MAX_MONTHS })}
      </p>
      {invalid && (
        <div id="dashboard-period-error" className="alert alert-danger mt-2 mb-0" role="alert">
          {t('dashboard.period.invalid')}
        </div>
      )}
    </form>
  );
}
