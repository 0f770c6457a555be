import { DomainError, MAX_RECURRING_OCCURRENCES, WEEKDAYS, Weekday } from '@prossimo/contracts';
import { addDays, isRealDate, isoWeekday, romeInstant } from '../time/rome';

export interface WeeklyRule {
  weekdays: Weekday[];
  /** HH:MM in Europe/Rome. */
  startTime: string;
  endTime: string;
  /** YYYY-MM-DD, both inclusive. */
  firstDate: string;
  untilDate: string;
  /** At most this many sessions (the first ones); absent: all the rule names, up to the cap. */
  maxOccurrences?: number;
}

export interface Occurrence {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/** The longest a weekly rule may run: a year. */
const MAX_RULE_DAYS = 366;

/**
 * The sessions of a bounded weekly rule ("every Tuesday 15:00–17:00 from 3 March until 30 June"),
 * in order, their times in Europe/Rome (so 15:00 stays 15:00 across the change to summer time).
 * Refuses, naming the field, a rule that is empty, runs backwards, lasts over a year, or names
 * more than MAX_RECURRING_OCCURRENCES sessions without a maxOccurrences saying where to stop.
 */
export function weeklyOccurrences(rule: WeeklyRule): Occurrence[] {
  if (!isRealDate(rule.firstDate)) throw DomainError.badInput('firstDate', 'firstDate: non è una data del calendario / not a calendar date');
  if (!isRealDate(rule.untilDate)) throw DomainError.badInput('untilDate', 'untilDate: non è una data del calendario / not a calendar date');
  if (rule.untilDate < rule.firstDate) throw DomainError.badInput('untilDate', 'untilDate: deve essere uguale o successiva a firstDate / must be on or after firstDate');
  if (rule.endTime <= rule.startTime) throw DomainError.badInput('endTime', 'endTime: deve essere dopo startTime (stesso giorno) / must be after startTime (the same day)');
  if (addDays(rule.firstDate, MAX_RULE_DAYS) < rule.untilDate) throw DomainError.badInput('untilDate', 'untilDate: una regola dura al massimo un anno / a rule lasts a year at most');
  const days = new Set(rule.weekdays.map((w) => WEEKDAYS.indexOf(w) + 1));
  const dates: string[] = [];
  for (let date = rule.firstDate; date <= rule.untilDate; date = addDays(date, 1)) {
    if (days.has(isoWeekday(date))) dates.push(date);
  }
  if (dates.length === 0) throw DomainError.badInput('weekdays', 'weekdays: nessuno di questi giorni cade tra firstDate e untilDate / none of these days falls between firstDate and untilDate');
  const limit = rule.maxOccurrences ?? MAX_RECURRING_OCCURRENCES;
  if (rule.maxOccurrences === undefined && dates.length > MAX_RECURRING_OCCURRENCES) {
    throw DomainError.badInput(
      'maxOccurrences',
      `maxOccurrences: la regola darebbe ${dates.length} incontri, più di ${MAX_RECURRING_OCCURRENCES}: accorcia il periodo o indica quanti / the rule would make ${dates.length} sessions, over ${MAX_RECURRING_OCCURRENCES}: shorten it or say how many`,
    );
  }
  return dates.slice(0, limit).map((date) => ({ date, startsAt: romeInstant(date, rule.startTime), endsAt: romeInstant(date, rule.endTime) }));
}
