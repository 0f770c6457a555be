import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { INBOX_TABS, InboxTab, REFERRAL_UPDATES, ReferralNotice, REFERRALS, ReferralsData, TAB_STATUSES } from './inboxApi';
import { ReferralCard } from './ReferralCard';
import { useNeighbourhoods } from './useNeighbourhoods';
import { useNow } from './useNow';

/** A message for a live region: the counter makes the same text be announced again. */
interface Announcement {
  text: string;
  count: number;
}

/** The organisation's requests: to evaluate, in progress, all; kept up to date live. */
export function InboxPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<InboxTab>('todo');
  const variables = useMemo(() => ({ first: 100, status: TAB_STATUSES[tab] }), [tab]);
  const { data, error, loading, reload } = useQuery<ReferralsData>(REFERRALS, variables);
  const { nameOf } = useNeighbourhoods();
  const now = useNow(30_000);
  const [live, setLive] = useState<Announcement>({ text: '', count: 0 });
  const [done, setDone] = useState<Announcement>({ text: '', count: 0 });
  const doneRef = useRef<HTMLDivElement>(null);

  useSubscription<ReferralNotice>(
    REFERRAL_UPDATES,
    (event) => {
      void reload();
      const key = event.referralUpdates.status === 'REQUESTED' ? 'org.inbox.newArrived' : 'org.inbox.updated';
      setLive((previous) => ({ text: t(key), count: previous.count + 1 }));
    },
    true,
    // Back after a drop: what arrived meanwhile is not replayed, so read the inbox again.
    () => void reload(),
  );

  const onDone = useCallback(
    (message: string) => {
      setDone((previous) => ({ text: message, count: previous.count + 1 }));
      void reload();
    },
    [reload],
  );

  // After an action the card may leave this tab (or its form closes): focus the confirmation, so it is
  // not lost on the page body (WCAG 2.4.3).
  useEffect(() => {
    if (done.count > 0) doneRef.current?.focus();
  }, [done.count]);

  const referrals = data?.referrals.nodes ?? [];
  return (
    <>
      <PageTitle subtitle={t('org.inbox.intro')}>{t('org.inbox.title')}</PageTitle>

      <div role="status" aria-live="polite" data-testid="inbox-live" className={live.text ? 'alert alert-info' : ''}>
        {live.text && <span key={live.count}>{live.text}</span>}
      </div>
      <div ref={doneRef} tabIndex={-1} role="status" aria-live="polite" data-testid="inbox-status" className={done.text ? 'alert alert-success' : ''}>
        {done.text && <span key={done.count}>{done.text}</span>}
      </div>

      <div className="d-flex flex-wrap gap-2 mb-3" role="group" aria-label={t('org.inbox.filter')}>
        {INBOX_TABS.map((key) => (
          <button
            key={key}
            type="button"
            className={`btn ${tab === key ? 'btn-primary' : 'btn-outline-primary'}`}
            aria-pressed={tab === key}
            onClick={() => setTab(key)}
            data-testid={`inbox-tab-${key}`}
          >
            {t(`org.inbox.tabs.${key}`)}
          </button>
        ))}
      </div>

      <ErrorAlert error={error} onRetry={() => void reload()} />
      {loading && !data && <Loading />}
      {data && referrals.length === 0 && <p data-testid="inbox-empty">{t(`org.inbox.empty.${tab}`)}</p>}
      {referrals.length > 0 && (
        <>
          <p className="text-secondary">{t('org.inbox.count', { n: referrals.length })}</p>
          <ul className="list-unstyled" aria-label={t(`org.inbox.tabs.${tab}`)}>
            {referrals.map((referral) => (
              <ReferralCard key={referral.id} referral={referral} neighbourhood={nameOf(referral.neighbourhoodCode)} now={now} onDone={onDone} />
            ))}
          </ul>
        </>
      )}
      {data?.referrals.pageInfo.hasNextPage && <p className="text-secondary">{t('org.inbox.more')}</p>}
    </>
  );
}
