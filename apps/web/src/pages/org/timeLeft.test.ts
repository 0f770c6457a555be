import { translate } from '../../i18n/i18n';
import { validateCapacity } from './capacity';
import { formatTimeLeft, timeLeft } from './timeLeft';

const t = (key: string, params?: Record<string, string | number>) => translate('it', key, params);
const NOW = Date.parse('2026-03-10T12:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('timeLeft', () => {
  it('says how long is left, in minutes, hours or days', () => {
    expect(formatTimeLeft(timeLeft(at(3 * HOUR + 20 * MIN), NOW), t)).toBe('scade tra 3 ore');
    expect(formatTimeLeft(timeLeft(at(25 * MIN), NOW), t)).toBe('scade tra 25 minuti');
    expect(formatTimeLeft(timeLeft(at(20 * 1000), NOW), t)).toBe('scade tra 1 minuto');
    expect(formatTimeLeft(timeLeft(at(47 * HOUR), NOW), t)).toBe('scade tra 47 ore');
    expect(formatTimeLeft(timeLeft(at(50 * HOUR), NOW), t)).toBe('scade tra 2 giorni');
  });

  it('uses one style for every unit: words, singular and plural, never abbreviations', () => {
    expect(formatTimeLeft(timeLeft(at(HOUR + 5 * MIN), NOW), t)).toBe('scade tra 1 ora');
    expect(formatTimeLeft(timeLeft(at(30 * HOUR), NOW), t)).toBe('scade tra 30 ore');
    expect(formatTimeLeft(timeLeft(at(-(24 * 3 + 1) * HOUR), NOW), t)).toBe('scaduta da 3 giorni');
    for (const ms of [5 * MIN, 3 * HOUR, 5 * 24 * HOUR, -2 * HOUR]) expect(formatTimeLeft(timeLeft(at(ms), NOW), t)).not.toMatch(/\b(min|h)\b/);
    expect(formatTimeLeft(timeLeft(at(HOUR), NOW), (k, p) => translate('en', k, p))).toBe('due in 1 hour');
  });

  it('says how long ago the deadline passed', () => {
    expect(timeLeft(at(-2 * HOUR - 5 * MIN), NOW)).toEqual({ kind: 'overdue', amount: 2, unit: 'h' });
    expect(formatTimeLeft(timeLeft(at(-2 * HOUR), NOW), t)).toBe('scaduta da 2 ore');
    expect(formatTimeLeft(timeLeft(at(-30 * HOUR), NOW), (k, p) => translate('en', k, p))).toBe('overdue by 30 hours');
  });

  it('shows a dash when there is no deadline (or it cannot be read)', () => {
    expect(formatTimeLeft(timeLeft(null, NOW), t)).toBe('—');
    expect(formatTimeLeft(timeLeft('not a date', NOW), t)).toBe('—');
  });
});

describe('validateCapacity', () => {
  it('accepts empty fields and whole numbers with available ≤ maximum', () => {
    expect(validateCapacity({ available: '', maximum: '' })).toEqual({});
    expect(validateCapacity({ available: '3', maximum: '3' })).toEqual({});
    expect(validateCapacity({ available: '0', maximum: '' })).toEqual({});
  });

  it('names the field at fault', () => {
    expect(validateCapacity({ available: '5', maximum: '3' })).toEqual({ available: 'overMaximum' });
    expect(validateCapacity({ available: '-1', maximum: '3' })).toEqual({ available: 'negative' });
    expect(validateCapacity({ available: '1', maximum: '2.5' })).toEqual({ maximum: 'notWhole' });
  });
});
