import { useState } from 'react';
import { ApiError, downloadWithToken } from '../../api/client';
import { errorText } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import type { Period } from './PeriodSelector';

/** The dashboard's tables that download as CSV (GET /insights/<table>.csv). */
export type CsvTableName =
  | 'reportsByNeighbourhoodAndNeed'
  | 'reportsByMonthAndNeed'
  | 'reportsByNeighbourhoodAndMonth'
  | 'referralsByState'
  | 'unmetNeed'
  | 'slaBreachesByMonth'
  | 'outcomesByNeighbourhood'
  | 'outcomesByMonth'
  | 'pathwaysOpenedByMonth'
  | 'pathwaysClosedByMonth'
  | 'pathwayActionsByMonth'
  | 'initiativesByNeighbourhoodAndKind'
  | 'sessionsByNeighbourhoodAndMonth'
  | 'seatsOfferedByNeighbourhood'
  | 'seatsTakenByNeighbourhood'
  | 'seatsTakenByMonth'
  | 'prescriptionsByState'
  | 'firstAttendanceByMonth'
  | 'volunteerHoursByNeighbourhoodAndMonth';

/** The address of a table's CSV for the period shown (Italian Excel's form; `&format=machine` for scripts). */
export function csvPath(table: CsvTableName, period: Period): string {
  const q = new URLSearchParams();
  if (period.from) q.set('from', period.from);
  if (period.to) q.set('to', period.to);
  const query = q.toString();
  return `/insights/${table}.csv${query ? `?${query}` : ''}`;
}

/**
 * «Scarica CSV» for one table: a button (the download needs the bearer token, which a link cannot
 * carry), the file for Italian Excel (`;`, Italian headings, accents that read right).
 */
export function CsvDownload({ table, period, label }: { table: CsvTableName; period: Period; label: string }) {
  const { t, locale } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function onClick() {
    setPending(true);
    setError(undefined);
    try {
      await downloadWithToken(csvPath(table, period), `${table}.csv`);
    } catch (e) {
      setError(errorText(e instanceof ApiError ? e : new Error(String(e)), t, locale));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="dashboard-csv mb-2">
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => void onClick()} disabled={pending} data-testid={`csv-${table}`}>
        {t('dashboard.csv.download')}
        <span className="visually-hidden"> – {label}</span>
      </button>
      {error && (
        <p className="text-danger small mb-0 mt-1" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
