import { Link } from 'react-router-dom';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, StatusBadge } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { AlertWhy } from './AlertWhy';
import { ACKNOWLEDGE_DESK_ALERT, DeskAlert } from './useDeskAlerts';

/** Alerts that ask the desk to act now; "completed" is news, not a call to act. */
const URGENT = new Set(['emergency', 'break-glass', 'unmet', 'exhausted', 'first-contact-overdue', 'failed', 'first-contact-requested']);

export const alertTone = (kind: string) => (kind === 'emergency' ? 'danger' : URGENT.has(kind) ? 'warning' : 'success');

/**
 * One alert: what it is, when, the fixed text with the needs named, who acknowledged it and when
 * (or the button to do so), whether it escalated, and whether it ended with its report. The link
 * to the report is left out on the report's own page.
 */
export function DeskAlertItem({ alert: a, showLink, onAcknowledged, compact = false }: { alert: DeskAlert; showLink: boolean; onAcknowledged(): void; compact?: boolean }) {
  const { t, locale } = useI18n();
  const ack = useMutation();
  const when = formatDateTime(a.createdAt, locale);
  // An EMERGENCY may name no need (the shop sent only urgency, neighbourhood and a line).
  const needs = a.needs.length > 0 ? a.needs.map((n) => t(`common.need.${n}`)).join(', ') : t('social.alerts.noNeeds');
  const acknowledge = async () => {
    if (!(await ack.run(ACKNOWLEDGE_DESK_ALERT, { id: a.id }))) return;
    onAcknowledged();
  };
  const ackButton = (
    <button type="button" className={`btn btn-sm ${a.kind === 'emergency' ? 'btn-primary' : 'btn-outline-primary'}`} disabled={ack.pending} onClick={() => void acknowledge()} data-testid={`acknowledge-${a.id}`}>
      {t('social.alerts.acknowledge')}
      <span className="visually-hidden"> {t('social.alerts.acknowledgeOf', { kind: t(`social.alerts.kind.${a.kind}`), when })}</span>
    </button>
  );
  const link = (
    <Link to={`/segnalazioni/${a.reportId}`}>
      {a.reportReference ? t('social.alerts.openCode', { code: a.reportReference }) : t('social.alerts.open')}
      {!a.reportReference && <span className="visually-hidden"> {t('social.alerts.openOf', { when })}</span>}
    </Link>
  );
  if (compact) {
    // Pinned on top while the desk scrolls: one line each, so the page stays usable below it.
    return (
      <>
        <div className="d-flex flex-wrap align-items-center gap-2">
          <StatusBadge label={t(`social.alerts.kind.${a.kind}`)} tone={alertTone(a.kind)} />
          {a.reportReference && <strong className="reference-code">{a.reportReference}</strong>}
          <span>
            {needs}
            {a.kind === 'emergency' && ` — ${t('social.alerts.pinned.told112')}`}
          </span>
          <span className="text-secondary small">{when}</span>
          {ackButton}
          {showLink && link}
        </div>
        {!!a.escalationLevel && a.escalatedAt && (
          <p className="mb-0 mt-1 small fw-semibold" data-testid={`desk-alert-escalated-${a.id}`}>
            {t(`social.alerts.escalated${a.escalationLevel === 2 ? 2 : 1}`, { when: formatDateTime(a.escalatedAt, locale) })}
          </p>
        )}
        <ErrorAlert error={ack.error} />
      </>
    );
  }
  return (
    <>
      <StatusBadge label={t(`social.alerts.kind.${a.kind}`)} tone={alertTone(a.kind)} />{' '}
      {a.reportReference && showLink && (
        <>
          <strong className="reference-code">{a.reportReference}</strong>{' '}
        </>
      )}
      <span className="text-secondary small">{when}</span>
      <p className="mb-1">{t(`social.alerts.text.${a.kind}`, { needs })}</p>
      {a.why && a.why.length > 0 && <AlertWhy why={a.why} title={t('social.alerts.why')} testId={`alert-why-${a.id}`} />}
      {!!a.escalationLevel && a.escalatedAt && (
        <p className="mb-1 small fw-semibold" data-testid={`desk-alert-escalated-${a.id}`}>
          {t(`social.alerts.escalated${a.escalationLevel === 2 ? 2 : 1}`, { when: formatDateTime(a.escalatedAt, locale) })}
        </p>
      )}
      {a.resolvedAt && (
        <p className="mb-1 small text-secondary" data-testid={`desk-alert-resolved-${a.id}`}>
          {t(`social.alerts.resolved.${a.resolution === 'report-withdrawn' ? 'report-withdrawn' : 'report-closed'}`, { when: formatDateTime(a.resolvedAt, locale) })}
        </p>
      )}
      <div className="d-flex flex-wrap align-items-center gap-3">
        {a.acknowledgedAt ? (
          <span className="small" data-testid={`desk-alert-acknowledged-${a.id}`}>
            {t('social.alerts.acknowledged', { who: a.acknowledgedByName ?? t('social.alerts.someone'), when: formatDateTime(a.acknowledgedAt, locale) })}
          </span>
        ) : (
          !a.resolvedAt && ackButton
        )}
        {showLink && link}
      </div>
      <ErrorAlert error={ack.error} />
    </>
  );
}
