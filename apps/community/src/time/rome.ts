/** Calendar days and wall-clock times as the city lives them: in Europe/Rome, whatever the server's zone. */
export const CITY_ZONE = 'Europe/Rome';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: CITY_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(at: Date): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p = Object.fromEntries(PARTS.formatToParts(at).map((x) => [x.type, x.value])) as Record<string, string>;
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, s: +p.second };
}

/** How far Rome's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(at: Date): number {
  const w = wallClock(at);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a Rome wall-clock time names (`2026-03-10`, `15:30`). A time in the hour the clocks
 * skip (spring) is read after the jump; one in the hour they repeat (autumn) is the later one.
 */
export function romeInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const guess = naive - offsetAt(new Date(naive));
  return new Date(naive - offsetAt(new Date(guess)));
}

/** YYYY-MM-DD in Rome. */
export function romeDay(at: Date): string {
  const w = wallClock(at);
  return `${w.y}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** ISO weekday of a calendar date (1 = Monday … 7 = Sunday). */
export function isoWeekday(date: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const w = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The calendar date `n` days after `date`. */
export function addDays(date: string, n: number): string {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d + n)).toISOString().slice(0, 10);
}

/** Whether a YYYY-MM-DD string names a real day (no 31 April). */
export function isRealDate(date: string): boolean {
  const [y, mo, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The hour (0–23) of an instant on Rome's clock. */
export function romeHour(at: Date): number {
  return wallClock(at).h;
}
