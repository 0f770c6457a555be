import { InboxReferral } from './inboxApi';

const URGENCY_RANK: Record<string, number> = { EMERGENCY: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

/**
 * The inbox's order: what expires first on top (a referral without a running deadline after every
 * one with), then the most urgent, then the oldest. The API lists newest first; the inbox reads up
 * to 100 and orders them here.
 */
export function inboxOrder(a: InboxReferral, b: InboxReferral): number {
  const due = (r: InboxReferral) => (r.dueAt ? Date.parse(r.dueAt) : Number.POSITIVE_INFINITY);
  const byDue = due(a) - due(b);
  if (byDue !== 0 && !Number.isNaN(byDue)) return byDue;
  const byUrgency = (URGENCY_RANK[a.urgency] ?? 9) - (URGENCY_RANK[b.urgency] ?? 9);
  if (byUrgency !== 0) return byUrgency;
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
