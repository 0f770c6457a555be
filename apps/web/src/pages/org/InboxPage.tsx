import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { INBOX_TABS, InboxReferral, InboxTab, REFERRAL_UPDATES, ReferralNotice, REFERRALS, ReferralsData, TAB_STATUSES } from './inboxApi';
import { inboxOrder } from './inboxOrder';
import { ReferralCard } from './ReferralCard';
import { useNeighbourhoods } from '../../components/useNeighbourhoods';
import { useNow } from '../../components/useNow';
import { useReferralBriefs } from './useReferralBriefs';

/** A message for a live region: the counter makes the same text be announced again. */
interface Announcement {
  text: string;
  count: number;
}

/** The referral a move answered with (every move returns the whole card). */
function movedReferral(data: unknown): InboxReferral | undefined {
  const value = data && typeof data === 'object' ? Object.values(data as Record<string, unknown>)[0] : undefined;
  return value && typeof value === 'object' && 'id' in value && 'status' in value ? (value as InboxReferral) : undefined;
}

/**
 * The organisation's requests: to evaluate, in progress, all; what expires first on top, then the
 * most urgent; kept up to date live. A card the operator just moved stays in view on this tab, on
 * top (an accepted one with what the antenna saw and its contact panel), until the tab changes; the
 * operator's own moves are not announced back to them.
 */
export function InboxPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<InboxTab>('todo');
  // Cards moved on this tab: they stay on screen until the tab changes, kept up to date like the others.
  const [kept, setKept] = useState<Map<string, InboxReferral>>(new Map());
  const keeping = kept.size > 0;
  // While a card moved out of the tab's statuses stays in view, every status is read, so it stays
  // current too (a hand-over, a colleague's move); the tab's own filter is applied here.
  const variables = useMemo(() => ({ first: 100, status: keeping ? undefined : TAB_STATUSES[tab] }), [tab, keeping]);
  const { data, error, loading, reload } = useQuery(REFERRALS, variables);
  const { nameOf } = useNeighbourhoods();
  const now = useNow(30_000);
  const [live, setLive] = useState<Announcement>({ text: '', count: 0 });
  const [done, setDone] = useState<Announcement>({ text: '', count: 0 });
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => setKept(new Map()), [tab]);

  useSubscription(
    REFERRAL_UPDATES,
    (event) => {
      const notice = event.referralUpdates;
      // The operator's own move: the page already says what it did.
      if (notice.byYou) return;
      void reload();
      const key = notice.step === 'contact-handed-over' ? 'org.inbox.handedOver' : notice.status === 'REQUESTED' ? 'org.inbox.newArrived' : 'org.inbox.updated';
      setLive((previous) => ({ text: t(key), count: previous.count + 1 }));
    },
    true,
    // Back after a drop: what arrived meanwhile is not replayed, so read the inbox again.
    () => void reload(),
  );

  const onDone = useCallback(
    (message: string, result?: unknown) => {
      setDone((previous) => ({ text: message, count: previous.count + 1 }));
      const moved = movedReferral(result);
      if (moved)
        setKept((previous) => {
          // Re-inserted, so the card moved last comes first.
          const next = new Map(previous);
          next.delete(moved.id);
          return next.set(moved.id, moved);
        });
      void reload();
    },
    [reload],
  );

  // After an action, focus the confirmation, so it is not lost on the page body (WCAG 2.4.3).
  useEffect(() => {
    if (done.count > 0) doneRef.current?.focus();
  }, [done.count]);

  const referrals = useMemo(() => {
    const statuses = TAB_STATUSES[tab];
    const fetched = (data?.referrals.nodes ?? []).filter((r) => !statuses || statuses.includes(r.status) || kept.has(r.id));
    const byId = new Map(fetched.map((r) => [r.id, r]));
    // The cards moved on this visit first, the latest on top, where the operator's eyes are; each
    // shows the list's copy when it has one (newer), else the move's answer. Then the rest, by deadline.
    const moved = [...kept.keys()].reverse().map((id) => byId.get(id) ?? kept.get(id)!);
    const rest = fetched.filter((r) => !kept.has(r.id)).sort(inboxOrder);
    return [...moved, ...rest];
  }, [data, kept, tab]);
  const briefs = useReferralBriefs(referrals);

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
          <ul className="list-unstyled" aria-label={t(`org.inbox.tabs.${tab}`)} data-testid="inbox-list">
            {referrals.map((referral) => (
              <ReferralCard key={referral.id} referral={referral} brief={briefs.get(referral.id)} neighbourhood={nameOf(referral.neighbourhoodCode)} now={now} onDone={onDone} />
            ))}
          </ul>
        </>
      )}
      {data?.referrals.pageInfo.hasNextPage && <p className="text-secondary">{t('org.inbox.more')}</p>}
    </>
  );
}
