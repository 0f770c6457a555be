const DAY = 86_400_000;
const MINUTE = 60_000;

/** The time zone every time is typed and shown in, whatever the device is set to. */
export const TIME_ZONE = 'Europe/Rome';

/** Whole days since `iso` (0 on the first day). */
export function ageInDays(iso: string, now: number): number {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return 0;
  return Math.max(0, Math.floor((now - at) / DAY));
}

/**
 * How many days a report has been waiting, as a person in Rome counts them: calendar days on the
 * Rome wall clock between its arrival and now (arrived yesterday at 23:00, it is 1 day at 8:00
 * today; arrived this morning, it is 0), whatever the device's zone and across the clock changes.
 */
export function daysWaiting(iso: string, now: number): number {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return 0;
  const [y1, m1, d1] = romeParts(at);
  const [y2, m2, d2] = romeParts(now);
  return Math.max(0, Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY));
}

let wallClock: Intl.DateTimeFormat | undefined;

/** The Rome wall-clock reading of an instant: year, month (1-12), day, hour (0-23), minute. */
function romeParts(ms: number): [number, number, number, number, number] {
  wallClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const found: Record<string, number> = {};
  for (const part of wallClock.formatToParts(ms)) {
    if (part.type !== 'literal') found[part.type] = Number(part.value);
  }
  return [found.year, found.month, found.day, found.hour % 24, found.minute];
}

/** How far Rome's wall clock is ahead of UTC at an instant, in ms (1 h in winter, 2 h in summer). */
function romeOffset(ms: number): number {
  const [y, mo, d, h, mi] = romeParts(ms);
  const truncated = Math.floor(ms / MINUTE) * MINUTE;
  return Date.UTC(y, mo - 1, d, h, mi) - truncated;
}

/** An instant as the value of an <input type="datetime-local">, in Rome time (not the device's). */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, mo, d, h, mi] = romeParts(date.getTime());
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/**
 * The value of a datetime-local input, read as Rome time, as an ISO 8601 instant (UTC);
 * undefined when it is not a time. A time skipped when the clocks go forward is read one hour later;
 * a time that happens twice when they go back is read as the second one (winter time).
 */
export function fromLocalInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value ?? '');
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((n) => Number(n ?? 0));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h || check.getUTCMinutes() !== mi) return undefined;
  // The offset depends on the instant, which depends on the offset: two passes settle it across DST changes.
  const guess = wall - romeOffset(wall);
  return new Date(wall - romeOffset(guess)).toISOString();
}
