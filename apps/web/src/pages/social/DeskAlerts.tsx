import { ReactNode } from 'react';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { DeskAlertItem } from './DeskAlertItem';
import { DeskAlert, isUnacknowledgedEmergency, useDeskAlerts } from './useDeskAlerts';
import './social.css';

export type { DeskAlert };
export { DESK_ALERTS, DESK_ALERT_RAISED } from './useDeskAlerts';

/**
 * What the system tells the social desk (an emergency, someone's emergency access, needs no
 * service can take, every service refused or let the deadline pass, a missed first contact, a
 * failed or completed referral), most severe first and then oldest first, live. On the triage page
 * (no `reportId`) the emergencies nobody has acknowledged stay pinned on top, above everything,
 * until someone presses «Presa visione»; the rest are the report's open alerts. On a report's page,
 * every alert of that report, ended ones included. `afterPinned` (the triage page's search by
 * code) comes right below the pinned emergencies. Never a person's data.
 */
export function DeskAlerts({ reportId, first = 50, onRaised, afterPinned }: { reportId?: string; first?: number; onRaised?: () => void; afterPinned?: ReactNode }) {
  const { t } = useI18n();
  const { alerts, more, loaded, error, reload } = useDeskAlerts({ reportId, first, onRaised });
  const pinned = reportId ? [] : alerts.filter(isUnacknowledgedEmergency);
  const rest = reportId ? alerts : alerts.filter((a) => !isUnacknowledgedEmergency(a));
  const item = (a: DeskAlert, compact = false) => <DeskAlertItem alert={a} showLink={!reportId} compact={compact} onAcknowledged={() => void reload()} />;
  return (
    <>
      {pinned.length > 0 && (
        <section className="desk-alerts-pinned alert alert-danger shadow" aria-labelledby="desk-alerts-pinned-title" data-testid="desk-alerts-pinned">
          <h2 id="desk-alerts-pinned-title" className="h4">
            {t('social.alerts.pinned.title', { n: pinned.length })}
          </h2>
          <p className="small mb-2">{t('social.alerts.pinned.hint')}</p>
          <ul className="list-unstyled mb-0">
            {pinned.map((a) => (
              <li key={a.id} className="py-2 border-top border-danger-subtle" data-testid={`desk-alert-${a.kind}-${a.reportId}`}>
                {item(a, true)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {afterPinned}
      <section className="card card-body shadow-sm mb-4" aria-labelledby="desk-alerts-title" data-testid="desk-alerts">
        <h2 id="desk-alerts-title" className="h4">
          {t('social.alerts.title')}
        </h2>
        {!reportId && <p className="small text-secondary">{t('social.alerts.order')}</p>}
        <ErrorAlert error={error} onRetry={() => void reload()} />
        <div aria-live="polite">
          {loaded && rest.length === 0 && <p className="mb-0">{pinned.length > 0 ? t('social.alerts.noneOther') : t('social.alerts.none')}</p>}
          {rest.length > 0 && (
            <ul className="list-unstyled mb-0" data-testid="desk-alerts-list">
              {rest.map((a) => (
                <li key={a.id} className={`border-bottom py-2${a.resolvedAt ? ' text-secondary' : ''}`} data-testid={`desk-alert-${a.kind}-${a.reportId}`}>
                  {item(a)}
                </li>
              ))}
            </ul>
          )}
          {more && <p className="small mt-2 mb-0">{t('social.alerts.more')}</p>}
        </div>
      </section>
    </>
  );
}
