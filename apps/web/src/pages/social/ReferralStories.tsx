import { useState } from 'react';
import { ErrorAlert, StatusBadge } from '../../components/common';
import { ReferralThread } from '../../components/ReferralThread';
import { formatDateTime, hasKey, useI18n } from '../../i18n/i18n';
import { TextForm } from '../org/TextForm';
import { capacityLabelKey, referralTone } from '../org/tones';
import { REROUTABLE } from './enums';
import { FirstContactHandover } from './FirstContactHandover';
import { prettyJson, summariseExplanation } from './explanation';
import { REROUTE, ReferralStory } from './reportApi';
import { useAction } from '../../api/useAction';

interface Props {
  stories: ReferralStory[];
  /** False once the report is closed. */
  canAct: boolean;
  onDone(message: string): void;
}

/** Every referral of the report: the service, its state, its history and why it was chosen. */
export function ReferralStories({ stories, canAct, onDone }: Props) {
  const { t } = useI18n();
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
    </section>
  );
}

function StoryItem({ story, canAct, onDone }: { story: ReferralStory; canAct: boolean; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const [rerouting, setRerouting] = useState(false);
  const { run, pending, error } = useAction(onDone);
  const canReroute = canAct && REROUTABLE.includes(story.status);
  return (
    <li className="border rounded p-3 mb-3" data-testid={`referral-story-${story.id}`}>
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <h3 className="h5 mb-1">{story.serviceName || '—'}</h3>
        <span data-testid={`story-status-${story.id}`}>
          <StatusBadge label={t(`common.referralStatus.${story.status}`)} tone={referralTone(story.status)} />
        </span>
      </div>
      <p className="mb-2">
        {t('social.referrals.needs', { needs: story.needs.map((n) => t(`common.need.${n}`)).join(', ') })}
        <br />
        {t('social.referrals.created', { when: formatDateTime(story.createdAt, locale) })}
      </p>
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

      <Explanation text={story.explanation} />

      {canReroute && !rerouting && (
        <button type="button" className="btn btn-outline-primary mt-2" onClick={() => setRerouting(true)} data-testid={`reroute-${story.id}`}>
          {t('social.referrals.reroute')}
        </button>
      )}
      {canReroute && rerouting && (
        <TextForm
          id={`reroute-${story.id}`}
          label={t('social.referrals.rerouteLabel')}
          hint={t('social.referrals.rerouteHint')}
          confirmLabel={t('social.referrals.rerouteConfirm')}
          textareaTestId={`reroute-reason-${story.id}`}
          confirmTestId={`reroute-confirm-${story.id}`}
          minLength={3}
          pending={pending}
          onSubmit={(reason) =>
            void run(REROUTE, { id: story.id, reason }, t('social.done.rerouted')).then((ok) => {
              if (ok) setRerouting(false);
            })
          }
          onCancel={() => setRerouting(false)}
        />
      )}
      <div className="mt-2">
        <ErrorAlert error={error} />
      </div>
    </li>
  );
}

/** Why this service was chosen, in words, with the raw record behind a disclosure. */
function Explanation({ text }: { text: string }) {
  const { t, locale } = useI18n();
  const s = summariseExplanation(text);
  const reasonLabel = (reason: string) => (hasKey(locale, `social.exclusion.${reason}`) ? t(`social.exclusion.${reason}`) : reason);
  const excluded = s ? Object.entries(s.excludedByReason) : [];
  return (
    <div className="mt-2">
      <h4 className="h6">{t('social.referrals.why')}</h4>
      {s ? (
        <ul className="mb-2">
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
          <li>{s.alternatives > 0 ? t('social.explanation.alternatives', { n: s.alternatives }) : t('social.explanation.onlyOne')}</li>
          {excluded.length > 0 && (
            <li>
              {t('social.explanation.excluded', {
                list: excluded.map(([reason, n]) => `${reasonLabel(reason)}: ${n}`).join('; '),
              })}
            </li>
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
