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
 * «Prescrizioni sociali e volontariato»: prescriptions (referrals to an activity) by state, the
 * first-attendance rate with its denominator said in words, and volunteer hours per neighbourhood
 * and month, with the same small-cell rule as every other table. The figures still to come
 * (outcomes, pathways) are listed as such.
 */
export function PrescriptionsSection({ dashboard, period, neighbourhoodLabel }: Props) {
  const { t, locale } = useI18n();
  const monthLabel = (m: string) => formatMonth(monthKey(m), locale);
  const rate = dashboard.firstAttendance;
  const k = dashboard.k;
  const block = (name: CsvTableName, table: SuppressedTable, rows: 'neighbourhood' | 'month', columnLabel: (c: string) => string, testId: string) => (
    <div className="mt-4" key={name}>
      <h3 className="h5">{t(`dashboard.prescriptions.${name}.title`)}</h3>
      <p className="small">{t(`dashboard.prescriptions.${name}.help`)}</p>
      <CsvDownload table={name} period={period} label={t(`dashboard.prescriptions.${name}.title`)} />
      <SuppressedTableView
        table={table}
        caption={t(`dashboard.prescriptions.${name}.caption`)}
        rowHeader={rows === 'neighbourhood' ? t('dashboard.neighbourhoods.name') : t(`dashboard.prescriptions.${name}.rowHeader`)}
        rowLabel={rows === 'neighbourhood' ? neighbourhoodLabel : monthLabel}
        columnLabel={columnLabel}
        k={k}
        testId={testId}
      />
    </div>
  );
  return (
    <section aria-labelledby="dashboard-prescriptions" className="mb-5" data-testid="dashboard-prescriptions">
      <h2 id="dashboard-prescriptions" className="h4">
        {t('dashboard.sections.prescriptions')}
      </h2>
      <p className="small">{t('dashboard.prescriptions.intro')}</p>

      <h3 className="h5 mt-4">{t('dashboard.prescriptions.prescriptionsByState.title')}</h3>
      <p className="small">{t('dashboard.prescriptions.prescriptionsByState.help')}</p>
      <CsvDownload table="prescriptionsByState" period={period} label={t('dashboard.prescriptions.prescriptionsByState.title')} />
      <SuppressedTableView
        table={dashboard.prescriptionsByState}
        caption={t('dashboard.prescriptions.prescriptionsByState.caption')}
        rowHeader={t('dashboard.services.state')}
        rowLabel={(r) => r}
        columnLabel={(s) => t(`common.referralStatus.${s}`)}
        valueHeader={t('dashboard.prescriptions.prescriptionsByState.value')}
        k={k}
        transpose
        testId="table-prescriptions-by-state"
      />

      <h3 className="h5 mt-4">{t('dashboard.prescriptions.rate.title')}</h3>
      <p className="small">{t('dashboard.prescriptions.rate.denominator')}</p>
      <p className="fs-5" data-testid="first-attendance-rate">
        {rate.ratePercent !== null && rate.accepted !== null && rate.firstAttended !== null
          ? t('dashboard.prescriptions.rate.shown', { rate: rate.ratePercent, attended: rate.firstAttended, accepted: rate.accepted })
          : rate.reason === 'COMPLEMENTARY' && rate.accepted !== null
            ? t('dashboard.prescriptions.rate.complementary', { accepted: rate.accepted })
            : rate.reason === 'SMALL'
              ? t('dashboard.prescriptions.rate.small', { k })
              : t('dashboard.prescriptions.rate.none')}
      </p>
      {block('firstAttendanceByMonth', dashboard.firstAttendanceByMonth, 'month', (c) => t(`dashboard.prescriptions.attendance.${c}`), 'table-first-attendance-by-month')}
      {block('volunteerHoursByNeighbourhoodAndMonth', dashboard.volunteerHoursByNeighbourhoodAndMonth, 'neighbourhood', monthLabel, 'table-volunteer-hours')}
    </section>
  );
}
