import { useEffect, useRef, useState } from 'react';
import { gql } from '../../api/client';
import { BRIEFS, HOLDING, InboxReferral, ReferralBrief } from './inboxApi';

/** The vault learns of a move from its event, a moment after it: how long to wait before asking again. */
export const BRIEF_RETRY_MS = 1500;
const MAX_RETRIES = 8;

/**
 * What the vault tells the organisation of the referrals on screen: the desk's line of context
 * and, for those it holds, what the antenna saw. Each reading is recorded by the API, so a brief is
 * asked for once per referral and status (the description appears once accepted), not at every
 * reload of the inbox. A referral the vault does not know yet — or not yet as accepted, right
 * after the operator accepted it — is asked for again shortly.
 */
export function useReferralBriefs(referrals: InboxReferral[]): Map<string, ReferralBrief> {
  const [briefs, setBriefs] = useState<Map<string, ReferralBrief>>(new Map());
  const [retry, setRetry] = useState(0);
  const asked = useRef(new Map<string, string>()); // referral id → the status it was asked for in
  const retries = useRef(new Map<string, number>());
  useEffect(() => {
    const wanted = referrals.filter((r) => asked.current.get(r.id) !== r.status).slice(0, 100);
    if (wanted.length === 0) return undefined;
    for (const r of wanted) asked.current.set(r.id, r.status);
    let timer: ReturnType<typeof setTimeout> | undefined;
    void gql(BRIEFS, { ids: wanted.map((r) => r.id) })
      .then((data) => {
        const byId = new Map(data.referralBriefs.map((b) => [b.referralId, b]));
        // Not known to the vault yet, or not yet as held: ask again in a moment (a few times).
        const late = wanted.filter((r) => !byId.has(r.id) || (HOLDING.includes(r.status) && !byId.get(r.id)!.held));
        for (const r of late) {
          const n = (retries.current.get(r.id) ?? 0) + 1;
          retries.current.set(r.id, n);
          if (n <= MAX_RETRIES) asked.current.delete(r.id);
        }
        if (late.some((r) => !asked.current.has(r.id))) timer = setTimeout(() => setRetry((x) => x + 1), BRIEF_RETRY_MS);
        // Merged even if the list changed meanwhile: a brief belongs to its referral, whatever is on screen.
        setBriefs((previous) => {
          const next = new Map(previous);
          for (const b of data.referralBriefs) next.set(b.referralId, b);
          return next;
        });
      })
      .catch(() => {
        // A brief that could not be read is asked for again at the next reload; the card still works.
        for (const r of wanted) asked.current.delete(r.id);
      });
    return () => {
      if (timer) clearTimeout(timer);
    };
  }, [referrals, retry]);
  return briefs;
}
