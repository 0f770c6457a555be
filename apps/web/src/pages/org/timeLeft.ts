import { Translate } from '../../i18n/i18n';

/** How far a deadline is from now, in the largest unit that reads naturally. */
export type TimeLeft = { kind: 'none' } | { kind: 'left' | 'overdue'; amount: number; unit: 'min' | 'h' | 'd' };

const MINUTE = 60_000;

export function timeLeft(dueAt: string | null | undefined, now: number): TimeLeft {
  if (!dueAt) return { kind: 'none' };
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return { kind: 'none' };
  const diff = due - now;
  const minutes = Math.floor(Math.abs(diff) / MINUTE);
  const kind = diff >= 0 ? 'left' : 'overdue';
  if (minutes < 60) return { kind, amount: Math.max(1, minutes), unit: 'min' };
  if (minutes < 48 * 60) return { kind, amount: Math.floor(minutes / 60), unit: 'h' };
  return { kind, amount: Math.floor(minutes / (24 * 60)), unit: 'd' };
}

/**
 * One wording for every deadline, in words (never "h" beside "giorni"), singular or plural:
 * "scade tra 3 ore", "scade tra 1 giorno", "scaduta da 25 minuti"; "—" when there is none.
 */
export function formatTimeLeft(value: TimeLeft, t: Translate): string {
  if (value.kind === 'none') return '—';
  const time = t(`org.timeLeft.unit.${value.unit}.${value.amount === 1 ? 'one' : 'many'}`, { n: value.amount });
  return t(`org.timeLeft.${value.kind}`, { time });
}

/** Which deadline runs: to accept, or to make the first contact (the card's label says which). */
export function deadlineLabelKey(dueKind: string | null | undefined): string {
  return dueKind === 'first-contact' ? 'org.card.deadlineFirstContact' : dueKind === 'accept' ? 'org.card.deadlineAccept' : 'org.card.deadline';
}
