import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useSubscription } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { formatMonth, useI18n } from '../../i18n/i18n';
import { CommunitySection } from './CommunitySection';
import { PrescriptionsSection } from './PrescriptionsSection';
import { Counters } from './Counters';
import { CsvDownload } from './CsvDownload';
import { formatTime, monthKey } from './format';
import { MapSection } from './MapSection';
import { MonthlyChart, monthBars, monthTotalsTable } from './MonthlyChart';
import { Period, PeriodSelector } from './PeriodSelector';
import { SuppressedTableView } from './SuppressedTableView';
import { WellbeingSection } from './WellbeingSection';
import { DASHBOARD_QUERY, Dashboard, NEIGHBOURHOODS_QUERY, NeighbourhoodShape, REFERRALS_MOVING, REPORTS_ARRIVING } from './types';
import './dashboard.css';

/** Refetch this long after the last report or referral move (a burst → one refetch). */
export const LIVE_DEBOUNCE_MS = 2000;

/** The city's dashboard: aggregates of the period, small counts hidden, refreshed as reports arrive. */
export function DashboardPage() {
  const { t, locale } = useI18n();
  const [period, setPeriod] = useState<Period>({});
  const variables = { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
  const { data, error, loading, reload } = useQuery(DASHBOARD_QUERY, variables);
  const shapes = useQuery(NEIGHBOURHOODS_QUERY);
  const [updatedAt, setUpdatedAt] = useState<Date>();

  useEffect(() => {
    if (data) setUpdatedAt(new Date());
  }, [data]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onReport = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void reload(), LIVE_DEBOUNCE_MS);
  }, [reload]);
  // A reconnection refetches too: ticks sent while the line was down are not replayed.
  useSubscription(REPORTS_ARRIVING, onReport, true, onReport);
  // Referrals accepted, started, completed...: times to acceptance and contact, states, breaches.
  useSubscription(REFERRALS_MOVING, onReport);

  const dashboard = data?.dashboard;
  const monthLabel = (m: string) => formatMonth(monthKey(m), locale);
  const needLabel = (n: string) => t(`common.need.${n}`);
  const rowNames = new Map((dashboard?.coverage.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  const neighbourhoodLabel = (code: string) => rowNames.get(code) ?? code;

  return (
    <div data-testid="dashboard" className="dashboard-page">
      <PageTitle subtitle={dashboard ? t('dashboard.subtitle', { from: monthLabel(dashboard.from), to: monthLabel(dashboard.to) }) : undefined}>{t('dashboard.title')}</PageTitle>

      <div className="dashboard-toolbar mb-4">
        <PeriodSelector period={period} onChange={setPeriod} />
        <div className="dashboard-live">
          <span className="badge bg-primary">{t('common.live')}</span>
          <p role="status" aria-live="polite" className="mb-0 mt-1" data-testid="dashboard-updated">
            {updatedAt ? t('dashboard.updatedAt', { time: formatTime(updatedAt, locale) }) : ''}
          </p>
        </div>
      </div>

      {dashboard && (
        <p className="small" data-testid="dashboard-suppression-note">
          {t('dashboard.suppressionNote', { k: dashboard.k })}
        </p>
      )}
      <ErrorAlert error={error} onRetry={() => void reload()} />
      {!dashboard && loading && <Loading />}

      {dashboard && (
        <>
          <section aria-labelledby="dashboard-summary" className="mb-5">
            <h2 id="dashboard-summary" className="h4">
              {t('dashboard.sections.summary')}
            </h2>
            <Counters dashboard={dashboard} />
            <p className="small mt-3 mb-0" data-testid="csv-hint">
              {t('dashboard.csv.hint')}
            </p>
          </section>

          <section aria-labelledby="dashboard-neighbourhoods" className="mb-5">
            <h2 id="dashboard-neighbourhoods" className="h4">
              {t('dashboard.sections.neighbourhoods')}
            </h2>
            <MapSection dashboard={dashboard} shapes={shapes.data?.neighbourhoods} shapesUnavailable={!!shapes.error} period={period} />
          </section>

          <section aria-labelledby="dashboard-trends" className="mb-5">
            <h2 id="dashboard-trends" className="h4">
              {t('dashboard.sections.trends')}
            </h2>
            <h3 className="h5">{t('dashboard.trends.reportsTitle')}</h3>
            <MonthlyChart bars={monthBars(dashboard.reportsByNeighbourhoodAndMonth)} k={dashboard.k} />
            <CsvDownload table="reportsByNeighbourhoodAndMonth" period={period} label={t('dashboard.trends.reportsTitle')} />
            <SuppressedTableView
              table={monthTotalsTable(dashboard.reportsByNeighbourhoodAndMonth)}
              caption={t('dashboard.trends.reportsCaption')}
              rowHeader={t('dashboard.tables.month')}
              rowLabel={(r) => r}
              columnLabel={monthLabel}
              valueHeader={t('dashboard.trends.reportsColumn')}
              k={dashboard.k}
              transpose
              testId="table-reports-per-month"
            />
            <h3 className="h5 mt-4">{t('dashboard.trends.needsTitle')}</h3>
            <p className="small">{t('dashboard.needsNote')}</p>
            <CsvDownload table="reportsByMonthAndNeed" period={period} label={t('dashboard.trends.needsTitle')} />
            <SuppressedTableView
              table={dashboard.reportsByMonthAndNeed}
              caption={t('dashboard.trends.needsCaption')}
              rowHeader={t('dashboard.tables.month')}
              rowLabel={monthLabel}
              columnLabel={needLabel}
              k={dashboard.k}
              hideEmptyColumns
              testId="table-reports-by-month"
            />
            <h3 className="h5 mt-4">{t('dashboard.trends.slaTitle')}</h3>
            <p className="small">{t('dashboard.trends.slaHelp')}</p>
            <CsvDownload table="slaBreachesByMonth" period={period} label={t('dashboard.trends.slaTitle')} />
            <SuppressedTableView
              table={dashboard.slaBreachesByMonth}
              caption={t('dashboard.trends.slaCaption')}
              rowHeader={t('dashboard.tables.month')}
              rowLabel={monthLabel}
              columnLabel={() => t('dashboard.trends.slaColumn')}
              k={dashboard.k}
              testId="table-sla-breaches"
            />
          </section>

          <section aria-labelledby="dashboard-services" className="mb-5">
            <h2 id="dashboard-services" className="h4">
              {t('dashboard.sections.services')}
            </h2>
            <h3 className="h5">{t('dashboard.services.referralsTitle')}</h3>
            <CsvDownload table="referralsByState" period={period} label={t('dashboard.services.referralsTitle')} />
            <SuppressedTableView
              table={dashboard.referralsByState}
              caption={t('dashboard.services.referralsCaption')}
              rowHeader={t('dashboard.services.state')}
              rowLabel={(r) => r}
              columnLabel={(s) => t(`common.referralStatus.${s}`)}
              valueHeader={t('dashboard.services.referrals')}
              k={dashboard.k}
              transpose
              testId="table-referrals-by-state"
            />
            <h3 className="h5 mt-4">{t('dashboard.services.unmetTitle')}</h3>
            <p className="small">{t('dashboard.services.unmetHelp')}</p>
            <CsvDownload table="unmetNeed" period={period} label={t('dashboard.services.unmetTitle')} />
            <SuppressedTableView
              table={dashboard.unmetNeed}
              caption={t('dashboard.services.unmetCaption')}
              rowHeader={t('dashboard.neighbourhoods.name')}
              rowLabel={neighbourhoodLabel}
              columnLabel={needLabel}
              k={dashboard.k}
              hideEmptyColumns
              testId="table-unmet-need"
            />
          </section>

          <WellbeingSection dashboard={dashboard} period={period} neighbourhoodLabel={neighbourhoodLabel} />

          <CommunitySection dashboard={dashboard} period={period} neighbourhoodLabel={neighbourhoodLabel} />
          <PrescriptionsSection dashboard={dashboard} period={period} neighbourhoodLabel={neighbourhoodLabel} />
        </>
      )}
    </div>
  );
}
