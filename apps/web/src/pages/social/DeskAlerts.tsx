import { Link } from 'react-router-dom';
import { useQuery, useSubscription } from '../../api/hooks';
import { ErrorAlert, StatusBadge } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { AlertWhy, UnmetWhy } from './AlertWhy';

export interface DeskAlert {
  id: string;
  reportId: string;
  kind: string;
  needs: string[];
  createdAt: string;
  /** unmet, exhausted: why each service covering a need was left out. */
  why?: UnmetWhy[] | null;
}

export const DESK_ALERTS = `query DeskAlerts($reportId: ID, $first: Int) {
  deskAlerts(reportId: $reportId, first: $first) { nodes { id reportId kind needs createdAt why { need services { serviceName reasons } } } }
}`;
export const DESK_ALERT_RAISED = 'subscription DeskAlertRaised { deskAlertRaised { alertId reportId } }';

/** Alerts that ask the desk to act now; "completed" is news, not a call to act. */
const URGENT = new Set(['emergency', 'break-glass', 'unmet', 'exhausted', 'first-contact-overdue', 'failed', 'first-contact-requested']);

/**
 * What the system tells the social desk (an emergency, needs no service can take, every service
 * refused or let the deadline pass, a missed first contact, a failed or completed referral),
 * newest first. New ones appear live; `onRaised` lets the page refresh what an alert may change.
 * Never a person's data: kind, needs, time and a link to the report.
 */
export function DeskAlerts({ reportId, first = 10, onRaised }: { reportId?: string; first?: number; onRaised?: () => void }) {
  const { t, locale } = useI18n();
  const { data, error, reload } = useQuery<{ deskAlerts: { nodes: DeskAlert[] } }>(DESK_ALERTS, reportId ? { reportId, first } : { first });
  useSubscription<{ deskAlertRaised: { alertId: string; reportId: string } }>(
    DESK_ALERT_RAISED,
    (d) => {
      if (reportId && d.deskAlertRaised.reportId !== reportId) return;
      void reload();
      onRaised?.();
    },
    true,
    () => void reload(),
  );
  const alerts = data?.deskAlerts.nodes ?? [];
  const needs = (list: string[]) => (list.length > 0 ? list.map((n) => t(`common.need.${n}`)).join(', ') : t('social.alerts.noNeeds'));
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="desk-alerts-title" data-testid="desk-alerts">
      <h2 id="desk-alerts-title" className="h4">
        {t('social.alerts.title')}
      </h2>
      <ErrorAlert error={error} onRetry={() => void reload()} />
      <div aria-live="polite">
        {data && alerts.length === 0 && <p className="mb-0">{t('social.alerts.none')}</p>}
        {alerts.length > 0 && (
          <ul className="list-unstyled mb-0">
            {alerts.map((a) => (
              <li key={a.id} className="border-bottom py-2" data-testid={`desk-alert-${a.kind}-${a.reportId}`}>
                <StatusBadge label={t(`social.alerts.kind.${a.kind}`)} tone={a.kind === 'emergency' ? 'danger' : URGENT.has(a.kind) ? 'warning' : 'success'} />{' '}
                <span className="text-secondary small">{formatDateTime(a.createdAt, locale)}</span>
                <p className="mb-1">{t(`social.alerts.text.${a.kind}`, { needs: needs(a.needs) })}</p>
                {a.why && a.why.length > 0 && <AlertWhy why={a.why} title={t('social.alerts.why')} testId={`alert-why-${a.id}`} />}
                {!reportId && (
                  <Link to={`/segnalazioni/${a.reportId}`}>
                    {t('social.alerts.open')}
                    <span className="visually-hidden"> {t('social.alerts.openOf', { when: formatDateTime(a.createdAt, locale) })}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
