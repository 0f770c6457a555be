import { StatusBadge } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { InboxReferral } from './inboxApi';
import { ReferralActions } from './ReferralActions';
import { formatTimeLeft, timeLeft } from './timeLeft';
import { referralTone, urgencyTone } from './tones';

interface Props {
  referral: InboxReferral;
  neighbourhood: string;
  now: number;
  onDone(message: string): void;
}

/** One request in the inbox: what is needed, where, how urgent, the time left, and what can be done. */
export function ReferralCard({ referral, neighbourhood, now, onDone }: Props) {
  const { t, locale } = useI18n();
  const left = timeLeft(referral.dueAt, now);
  const needs = referral.needs.map((n) => t(`common.need.${n}`)).join(', ');
  const headingId = `referral-title-${referral.id}`;
  return (
    <li className="card shadow-sm mb-3" data-testid={`referral-${referral.id}`}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
          <h2 id={headingId} className="h5 mb-0">
            {needs}
          </h2>
          <div className="d-flex flex-wrap gap-2">
            <StatusBadge label={t('org.card.urgencyBadge', { urgency: t(`common.urgency.${referral.urgency}`) })} tone={urgencyTone(referral.urgency)} />
            <span data-testid={`referral-status-${referral.id}`}>
              <StatusBadge label={t(`common.referralStatus.${referral.status}`)} tone={referralTone(referral.status)} />
            </span>
          </div>
        </div>
        <dl className="row mb-3">
          {referral.reportReference && (
            <>
              <dt className="col-sm-4 col-lg-3">{t('org.card.reference')}</dt>
              <dd className="col-sm-8 col-lg-9" data-testid={`referral-reference-${referral.id}`}>
                <strong className="reference-code">{referral.reportReference}</strong>
              </dd>
            </>
          )}
          <dt className="col-sm-4 col-lg-3">{t('org.card.neighbourhood')}</dt>
          <dd className="col-sm-8 col-lg-9">{neighbourhood}</dd>
          <dt className="col-sm-4 col-lg-3">{t('org.card.service')}</dt>
          <dd className="col-sm-8 col-lg-9">{referral.serviceName || '—'}</dd>
          <dt className="col-sm-4 col-lg-3">{t('org.card.created')}</dt>
          <dd className="col-sm-8 col-lg-9">{formatDateTime(referral.createdAt, locale)}</dd>
          <dt className="col-sm-4 col-lg-3">{t('org.card.deadline')}</dt>
          <dd className="col-sm-8 col-lg-9" data-testid={`due-${referral.id}`}>
            {left.kind === 'overdue' ? (
              <strong className="text-danger">
                <span aria-hidden="true">⚠ </span>
                {formatTimeLeft(left, t)}
              </strong>
            ) : left.kind === 'none' ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t('org.timeLeft.none')}</span>
              </>
            ) : (
              formatTimeLeft(left, t)
            )}
          </dd>
        </dl>
        <ReferralActions referral={referral} onDone={onDone} />
      </div>
    </li>
  );
}
