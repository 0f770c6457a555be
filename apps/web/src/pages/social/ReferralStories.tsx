import { StatusBadge } from '../../components/common';
import { ReferralThread } from '../../components/ReferralThread';
import { formatDateTime, hasKey, useI18n } from '../../i18n/i18n';
import { capacityLabelKey, referralTone } from '../../components/tones';
import { AlertWhy } from './AlertWhy';
import { DeskAlert } from './DeskAlerts';
import { FirstContactHandover } from './FirstContactHandover';
import { prettyJson, summariseExplanation } from './explanation';
import { ReferralStory } from './reportApi';

interface Props {
  stories: ReferralStory[];
  /** The report's unmet and exhausted alerts: why no service took some needs. */
  unmet: DeskAlert[];
  /** False once the report is closed (no first-contact hand-over then). */
  canAct: boolean;
  onDone(message: string): void;
}

/**
 * Every referral of the report: the service, its state, its history and why it was chosen; and
 * the needs no service took, with why each service was left out. Facts only: the decisions
 * (re-route) are in the page's decisions column.
 */
export function ReferralStories({ stories, unmet, canAct, onDone }: Props) {
  const { t, locale } = useI18n();
  const withWhy = unmet.filter((a) => a.why && a.why.length > 0);
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="referrals-title">
      <h2 id="referrals-title" className="h4">
        {t('social.referrals.title')}
      </h2>
      {stories.length === 0 ? (
        <p className="mb-0">{t('social.referrals.none')}</p>
      ) : (
        <ul className="list-unstyled mb-0">
          {[...stories]
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
            .map((story) => (
              <StoryItem key={story.id} story={story} canAct={canAct} onDone={onDone} />
            ))}
        </ul>
      )}
      {withWhy.length > 0 && (
        <div className="border rounded p-3 mt-2" data-testid="referrals-unmet">
          <h3 className="h5">{t('social.referrals.unmetTitle')}</h3>
          {withWhy.map((a) => (
            <AlertWhy key={a.id} why={a.why!} title={`${t(`social.alerts.kind.${a.kind}`)} — ${formatDateTime(a.createdAt, locale)}`} />
          ))}
        </div>
      )}
    </section>
  );
}

function StoryItem({ story, canAct, onDone }: { story: ReferralStory; canAct: boolean; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  return (
    <li className="border rounded p-3 mb-3" data-testid={`referral-story-${story.id}`}>
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <h3 className="h5 mb-1">
          {story.targetKind === 'INITIATIVE' ? t('social.prescribe.storyTitle', { title: ((locale === 'en' ? story.initiativeTitleEn : null) ?? story.initiativeTitle) || '—' }) : story.serviceName || '—'}
        </h3>
        <span data-testid={`story-status-${story.id}`}>
          <StatusBadge label={t(`common.referralStatus.${story.status}`)} tone={referralTone(story.status)} />
        </span>
      </div>
      <p className="mb-2">
        {t('social.referrals.needs', { needs: story.needs.map((n) => t(`common.need.${n}`)).join(', ') })}
        <br />
        {t('social.referrals.created', { when: formatDateTime(story.createdAt, locale) })}
      </p>
      {story.targetKind === 'INITIATIVE' && (
        <p className="mb-2" data-testid={`story-prescription-${story.id}`}>
          {t('social.prescribe.storySession', { when: story.sessionStartsAt ? formatDateTime(story.sessionStartsAt, locale) : '—' })}
          {story.buddyRequested && <> · {t('social.prescribe.storyBuddy')}</>}
          {story.firstAttendedAt && <> · {t('social.prescribe.storyAttended', { when: formatDateTime(story.firstAttendedAt, locale) })}</>}
        </p>
      )}
      {story.reason && <p className="mb-2">{t('social.referrals.reason', { reason: story.reason })}</p>}
      {story.outcome && <p className="mb-2">{t('social.referrals.outcome', { outcome: story.outcome })}</p>}
      <FirstContactHandover story={story} canAct={canAct} onDone={onDone} />
      <ReferralThread referralId={story.id} side="social" />

      <h4 className="h6 mt-3">{t('social.referrals.history')}</h4>
      <ol className="mb-2">
        {story.history.map((h, index) => (
          <li key={`${h.at}-${index}`}>
            <span className="fw-semibold">{formatDateTime(h.at, locale)}</span>{' '}
            {h.from
              ? t('social.referrals.moved', { from: t(`common.referralStatus.${h.from}`), to: t(`common.referralStatus.${h.to}`) })
              : t('social.referrals.createdAs', { to: t(`common.referralStatus.${h.to}`) })}
            {h.reason && <span> — {h.reason}</span>}
          </li>
        ))}
      </ol>

      <Explanation text={story.explanation} testId={`explanation-${story.id}`} />
    </li>
  );
}

/** Why this service was chosen, in words, with the raw record behind a disclosure. */
function Explanation({ text, testId }: { text: string; testId: string }) {
  const { t, locale } = useI18n();
  const s = summariseExplanation(text);
  const reasonLabel = (reason: string) => (hasKey(locale, `social.exclusion.${reason}`) ? t(`social.exclusion.${reason}`) : reason);
  const excluded = s ? Object.entries(s.excludedByReason) : [];
  const named = s ? Object.entries(s.excludedNamesByReason) : [];
  return (
    <div className="mt-2" data-testid={testId}>
      <h4 className="h6">{t('social.referrals.why')}</h4>
      {s ? (
        <ul className="mb-2">
          {s.chosenByDesk && (
            <li className="fw-semibold">
              {s.overridden.length > 0 ? t('social.referrals.overrode', { reasons: s.overridden.map(reasonLabel).join(', ') }) : t('social.referrals.chosenByDesk')}
            </li>
          )}
          {s.trigger === 'report-reopened' && <li>{t('social.referrals.reopened')}</li>}
          <li>
            {t('social.explanation.covers', {
              covered: s.needsCovered.map((n) => t(`common.need.${n}`)).join(', ') || '—',
              sought: s.needsSought.map((n) => t(`common.need.${n}`)).join(', ') || '—',
            })}
          </li>
          {s.capacityStatus && <li>{t('social.explanation.capacity', { status: t(capacityLabelKey(s.capacityStatus)) })}</li>}
          {s.openReferrals !== null && (
            <li>
              {s.capacityMaximum !== null
                ? t('social.explanation.loadOf', { open: s.openReferrals, max: s.capacityMaximum })
                : t('social.explanation.load', { open: s.openReferrals })}
            </li>
          )}
          {/* A service the desk chose was not the rule's pick: "the only suitable one" would not be true. */}
          {!s.chosenByDesk && <li>{s.alternatives > 0 ? t('social.explanation.alternatives', { n: s.alternatives }) : t('social.explanation.onlyOne')}</li>}
          {named.length > 0 ? (
            <li>
              {t('social.explanation.excludedNamed', {
                list: named.map(([reason, names]) => `${reasonLabel(reason)}: ${names.join(', ')}`).join('; '),
              })}
            </li>
          ) : (
            excluded.length > 0 && (
              <li>
                {t('social.explanation.excluded', {
                  list: excluded.map(([reason, n]) => `${reasonLabel(reason)}: ${n}`).join('; '),
                })}
              </li>
            )
          )}
        </ul>
      ) : (
        <p className="mb-2">{t('social.explanation.unreadable')}</p>
      )}
      <details>
        <summary>{t('social.explanation.technical')}</summary>
        <pre className="bg-light border rounded p-2 small mb-0" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {prettyJson(text)}
        </pre>
      </details>
    </div>
  );
}
