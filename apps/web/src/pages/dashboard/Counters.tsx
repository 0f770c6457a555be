import { ReactNode } from 'react';
import { StatusBadge } from '../../components/common';
import { SuppressedCell } from '../../components/SuppressedCell';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { formatDuration } from './format';
import type { AcceptanceTimes, Dashboard, SuppressedTable } from './types';

/**
 * A lower bound of a table's hidden total from what is visible (hidden counts as 0): the larger of the
 * sum of its rows (their totals, or their visible cells) and the sum of its visible column totals.
 */
export function visibleSum(table: SuppressedTable): number {
  const byRows = table.rows.reduce((sum, _, i) => {
    const total = table.rowTotals[i] ?? table.cells[i]?.total ?? null;
    return sum + (total ?? (table.cells[i]?.values ?? []).reduce<number>((a, v) => a + (v ?? 0), 0));
  }, 0);
  const byColumns = table.columnTotals.reduce<number>((a, v) => a + (v ?? 0), 0);
  return Math.max(byRows, byColumns);
}

function Card({ title, children, tone, testId }: { title: string; children: ReactNode; tone?: 'success' | 'danger' | 'warning'; testId?: string }) {
  return (
    <div className="col">
      <div className={`card h-100 shadow-sm dashboard-card${tone ? ` dashboard-card-${tone}` : ''}`} data-testid={testId}>
        <div className="card-body">
          <h3 className="h6 card-title text-uppercase dashboard-card-title">{title}</h3>
          {children}
        </div>
      </div>
    </div>
  );
}

/** A total: the API's when shown; otherwise "at least" the sum of the visible cells, or "< k". */
function TableTotal({ table, k }: { table: SuppressedTable; k: number }) {
  const { t, locale } = useI18n();
  if (table.total !== null) return <SuppressedCell value={table.total} />;
  const atLeast = visibleSum(table);
  if (atLeast <= 0) return <SuppressedCell value={null} reason={table.totalReason} k={k} />;
  return <>{t('dashboard.counters.atLeast', { n: formatNumber(atLeast, locale) })}</>;
}

function Times({ times, k, kind }: { times: AcceptanceTimes; k: number; kind: 'acceptance' | 'firstContact' }) {
  const { t, locale } = useI18n();
  const hidden = times.count === null;
  const duration = (m: number) => formatDuration(m, t, locale);
  return (
    <>
      <dl className="dashboard-times mb-0">
        <dt>{t('dashboard.counters.median')}</dt>
        <dd>
          <SuppressedCell value={times.medianMinutes} suppressed={hidden} k={k} nullMeans="missing" format={duration} />
        </dd>
        <dt>{t('dashboard.counters.p90')}</dt>
        <dd>
          <SuppressedCell value={times.p90Minutes} suppressed={hidden} k={k} nullMeans="missing" format={duration} />
        </dd>
      </dl>
      <p className="small text-secondary mb-0 mt-2">
        {hidden ? t('dashboard.counters.timesHidden', { k }) : t(`dashboard.counters.${kind}Count`, { n: formatNumber(times.count ?? 0, locale) })}
      </p>
    </>
  );
}

/** The headline counters of the period. */
export function Counters({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const { k } = dashboard;
  const unowned = dashboard.unownedReports;
  return (
    <>
      <div className="row row-cols-1 row-cols-sm-2 row-cols-lg-3 g-3">
        <Card title={t('dashboard.counters.unowned')} tone={unowned === 0 ? 'success' : 'danger'}>
          <p className="dashboard-number mb-1" data-testid="unowned-reports">
            {formatNumber(unowned, locale)}
          </p>
          <StatusBadge label={unowned === 0 ? t('dashboard.counters.unownedOk') : t('dashboard.counters.unownedBad')} tone={unowned === 0 ? 'success' : 'danger'} />
          <p className="small text-secondary mb-0 mt-2">{t('dashboard.counters.unownedHelp')}</p>
        </Card>
        {/* Reports, each counted once; the needs flagged (one per need of each report) on a smaller line. */}
        <Card title={t('dashboard.counters.reports')}>
          <p className="dashboard-number mb-1" data-testid="reports-total">
            <TableTotal table={dashboard.reportsByNeighbourhoodAndMonth} k={k} />
          </p>
          <p className="small text-secondary mb-0">{t('dashboard.counters.reportsHelp')}</p>
          <p className="small mb-0 mt-2" data-testid="needs-total">
            <strong>
              {t('dashboard.counters.needs')}: <TableTotal table={dashboard.reportsByMonthAndNeed} k={k} />
            </strong>{' '}
            {t('dashboard.counters.needsHelp')}
          </p>
        </Card>
        <Card title={t('dashboard.counters.slaBreaches')}>
          <p className="dashboard-number mb-1" data-testid="sla-breaches">
            <TableTotal table={dashboard.slaBreachesByMonth} k={k} />
          </p>
          <p className="small text-secondary mb-0">{t('dashboard.counters.slaBreachesHelp')}</p>
        </Card>
        <Card title={t('dashboard.counters.acceptance')}>
          <Times times={dashboard.acceptance} k={k} kind="acceptance" />
        </Card>
        <Card title={t('dashboard.counters.firstContact')}>
          <Times times={dashboard.firstContact} k={k} kind="firstContact" />
        </Card>
        <Card title={t('dashboard.counters.deadLetters')} tone={dashboard.deadLetters > 0 ? 'warning' : undefined}>
          <p className="dashboard-number mb-1" data-testid="dead-letters">
            {formatNumber(dashboard.deadLetters, locale)}
          </p>
          <p className="small text-secondary mb-0">{t('dashboard.counters.deadLettersHelp')}</p>
        </Card>
      </div>
      {dashboard.deadLetters > 0 && (
        <div className="alert alert-warning mt-3" data-testid="dead-letters-warning">
          {t('dashboard.counters.deadLettersWarning', { n: formatNumber(dashboard.deadLetters, locale) })}
        </div>
      )}
    </>
  );
}
