import { StatusBadge } from '../../components/common';
import { ReferralThread } from '../../components/ReferralThread';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { FirstContactPanel } from './FirstContactPanel';
import { contactThroughDesk, InboxReferral, ReferralBrief } from './inboxApi';
import { ReferralActions } from './ReferralActions';
import { ReferralBriefView } from './ReferralBriefView';
import { deadlineLabelKey, formatTimeLeft, timeLeft } from './timeLeft';
import { referralTone, urgencyTone } from '../../components/tones';

interface Props {
  referral: InboxReferral;
  brief: ReferralBrief | undefined;
  neighbourhood: string;
  now: number;
  onDone(message: string, data?: unknown): void;
}

/**
 * One request in the inbox: what is needed, where, how urgent, how old the person is, what the
 * desk adds, the deadline, the service's places, whether the person may be contacted, and what can
 * be done — and, once accepted, what the antenna saw and the contact panel.
 */
export function ReferralCard({ referral, brief, neighbourhood, now, onDone }: Props) {
  const { t, locale } = useI18n();
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
          <dt className="col-sm-4 col-lg-3">{t('org.card.ageBand')}</dt>
          <dd className="col-sm-8 col-lg-9" data-testid={`age-${referral.id}`}>
            {referral.ageBand ? t(`common.ageBand.${referral.ageBand}`) : t('org.card.notKnown')}
          </dd>
          {referral.targetKind === 'INITIATIVE' ? (
            <Prescription referral={referral} />
          ) : (
            <>
              <dt className="col-sm-4 col-lg-3">{t('org.card.service')}</dt>
              <dd className="col-sm-8 col-lg-9">{referral.serviceName || '—'}</dd>
            </>
          )}
          {referral.capacityAvailable !== null && (
            <>
              <dt className="col-sm-4 col-lg-3">{t('org.card.places')}</dt>
              <dd className="col-sm-8 col-lg-9" data-testid={`places-${referral.id}`}>
                <Places referral={referral} />
              </dd>
            </>
          )}
          <dt className="col-sm-4 col-lg-3">{t('org.card.created')}</dt>
          <dd className="col-sm-8 col-lg-9">{formatDateTime(referral.createdAt, locale)}</dd>
          <Deadline referral={referral} now={now} />
        </dl>
        <ReferralBriefView referral={referral} brief={brief} />
        <FirstContactPanel referral={referral} onDone={onDone} />
        <ReferralActions referral={referral} onDone={onDone} />
        <ReferralThread referralId={referral.id} side="org" />
      </div>
    </li>
  );
}

/** A referral to an activity (issue 17): the initiative, the session, whether a buddy was asked for, the first attendance. */
function Prescription({ referral }: { referral: InboxReferral }) {
  const { t, locale } = useI18n();
  const title = (locale === 'en' ? referral.initiativeTitleEn : null) ?? referral.initiativeTitle ?? '—';
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{t('org.card.activity')}</dt>
      <dd className="col-sm-8 col-lg-9" data-testid={`activity-${referral.id}`}>
        {title}
      </dd>
      <dt className="col-sm-4 col-lg-3">{t('org.card.session')}</dt>
      <dd className="col-sm-8 col-lg-9" data-testid={`session-${referral.id}`}>
        {referral.sessionStartsAt ? formatDateTime(referral.sessionStartsAt, locale) : '—'}
      </dd>
      <dt className="col-sm-4 col-lg-3">{t('org.card.buddy')}</dt>
      <dd className="col-sm-8 col-lg-9" data-testid={`buddy-${referral.id}`}>
        {referral.buddyRequested ? t('org.card.buddyYes') : t('org.card.buddyNo')}
      </dd>
      {referral.firstAttendedAt && (
        <>
          <dt className="col-sm-4 col-lg-3">{t('org.card.firstAttended')}</dt>
          <dd className="col-sm-8 col-lg-9" data-testid={`first-attended-${referral.id}`}>
            {formatDateTime(referral.firstAttendedAt, locale)}
          </dd>
        </>
      )}
    </>
  );
}

/** "39 su 60 posti disponibili", and whether this request holds one. */
function Places({ referral }: { referral: InboxReferral }) {
  const { t } = useI18n();
  const unit = referral.capacityUnit || t('org.card.placesUnit');
  const numbers =
    referral.capacityMaximum !== null
      ? t('org.card.placesOf', { n: referral.capacityAvailable ?? 0, max: referral.capacityMaximum, unit })
      : t('org.card.placesLeft', { n: referral.capacityAvailable ?? 0, unit });
  return (
    <>
      {numbers}
      {referral.holdsPlace && <span className="text-secondary"> · {t('org.card.holdsPlace')}</span>}
    </>
  );
}

/** Which deadline runs and how long is left, in one wording; or why none runs yet. */
function Deadline({ referral, now }: { referral: InboxReferral; now: number }) {
  const { t } = useI18n();
  const left = timeLeft(referral.dueAt, now);
  const waitsForDesk = left.kind === 'none' && contactThroughDesk(referral) && !referral.contactHandedOverAt && (referral.status === 'ACCEPTED' || referral.status === 'ON_HOLD');
  const label = waitsForDesk ? 'org.card.deadlineFirstContact' : deadlineLabelKey(referral.dueKind);
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{t(label)}</dt>
      <dd className="col-sm-8 col-lg-9" data-testid={`due-${referral.id}`}>
        {waitsForDesk ? (
          t('org.card.waitsForDesk')
        ) : left.kind === 'overdue' ? (
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
    </>
  );
}
