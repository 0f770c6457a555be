import { Urgency } from '@prossimo/contracts';

/**
 * SLA deadlines, computed in Europe/Rome (pure: no I/O, no clock).
 *
 * A target is a number of hours or of days. Hours always elapse as real time (a 4-hour deadline
 * does not wait for Monday). Days are counted on the Rome wall clock: in `calendar` mode every day
 * counts; in `working` mode only Monday to Friday that are not Italian public holidays (and not
 * the municipality's patron saint's day, where it has one). The deadline keeps the start's local
 * time of day, so daylight-saving changes never shift it by an hour.
 */

export const SLA_TIME_ZONE = 'Europe/Rome';
export type DayMode = 'calendar' | 'working';
export type SlaDuration = { hours: number } | { days: number };
export interface SlaTarget {
  accept: SlaDuration;
  firstContact: SlaDuration;
}
export type SlaTargets = Record<Urgency, SlaTarget>;

/** The defaults (ARCHITECTURE.md, step 5); a municipality may override any urgency. */
export const DEFAULT_SLA_TARGETS: SlaTargets = {
  [Urgency.EMERGENCY]: { accept: { hours: 4 }, firstContact: { hours: 24 } },
  [Urgency.HIGH]: { accept: { hours: 4 }, firstContact: { hours: 24 } },
  [Urgency.MEDIUM]: { accept: { days: 2 }, firstContact: { days: 5 } },
  [Urgency.LOW]: { accept: { days: 5 }, firstContact: { days: 10 } },
};

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as [month 1–12, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Italian national public holidays of a year (and the patron's day when given), as YYYY-MM-DD. */
export function italianHolidays(year: number, patronDay: string | null = null): Set<string> {
  const fixed = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];
  const [em, ed] = easterSunday(year);
  const monday = new Date(Date.UTC(year, em - 1, ed + 1));
  const days = fixed.map((md) => `${year}-${md}`);
  days.push(`${year}-${pad(em)}-${pad(ed)}`, `${year}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`);
  if (patronDay) days.push(`${year}-${patronDay}`);
  return new Set(days);
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: SLA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallOf(at: Date): Wall {
  const p = Object.fromEntries(FORMAT.formatToParts(at).map((x) => [x.type, x.value]));
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, s: +p.second, ms: at.getUTCMilliseconds() };
}

/** The instant a Rome wall-clock time denotes (the later one in the autumn's repeated hour is fine). */
function instantOf(w: Wall): Date {
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms);
  let t = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = wallOf(new Date(t));
    const seenUtc = Date.UTC(seen.y, seen.mo - 1, seen.d, seen.h, seen.mi, seen.s, w.ms);
    const diff = seenUtc - asUtc;
    if (diff === 0) break;
    t -= diff;
  }
  return new Date(t);
}

/** Whether a Rome calendar date is a working day. */
export function isWorkingDay(y: number, mo: number, d: number, patronDay: string | null = null): boolean {
  const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !italianHolidays(y, patronDay).has(`${y}-${pad(mo)}-${pad(d)}`);
}

/** When a target that starts at `start` is due. */
export function dueAt(start: Date, duration: SlaDuration, mode: DayMode, patronDay: string | null = null): Date {
  if ('hours' in duration) return new Date(start.getTime() + duration.hours * 3_600_000);
  const w = wallOf(start);
  const day = new Date(Date.UTC(w.y, w.mo - 1, w.d));
  let left = duration.days;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (mode === 'calendar' || isWorkingDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), patronDay)) left -= 1;
  }
  return instantOf({ ...w, y: day.getUTCFullYear(), mo: day.getUTCMonth() + 1, d: day.getUTCDate() });
}

/** The municipality's targets: its overrides (validated shape) over the defaults. */
export function resolveTargets(overrides: unknown): SlaTargets {
  const out: SlaTargets = { ...DEFAULT_SLA_TARGETS };
  if (!overrides || typeof overrides !== 'object') return out;
  for (const u of Object.values(Urgency)) {
    const o = (overrides as Record<string, unknown>)[u];
    if (o && typeof o === 'object') {
      const accept = durationOf((o as Record<string, unknown>).accept);
      const firstContact = durationOf((o as Record<string, unknown>).firstContact);
      out[u] = { accept: accept ?? out[u].accept, firstContact: firstContact ?? out[u].firstContact };
    }
  }
  return out;
}

function durationOf(v: unknown): SlaDuration | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  if (typeof r.hours === 'number' && r.hours > 0) return { hours: r.hours };
  if (typeof r.days === 'number' && Number.isInteger(r.days) && r.days > 0) return { days: r.days };
  return null;
}
