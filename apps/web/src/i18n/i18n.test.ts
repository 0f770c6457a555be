import itDict from './it';
import enDict from './en';
import { formatDateTime, formatMonth, translate } from './i18n';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

describe('i18n', () => {
  it('has every Italian key in English and every English key in Italian', () => {
    const itKeys = keys(itDict).sort();
    const enKeys = keys(enDict).sort();
    expect(itKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !itKeys.includes(k))).toEqual([]);
  });

  it('fills parameters and falls back to the key when one is missing', () => {
    expect(translate('it', 'common.signedInAs', { name: 'Anna' })).toBe('Accesso come Anna');
    expect(translate('en', 'common.signedInAs', { name: 'Anna' })).toBe('Signed in as Anna');
    expect(translate('it', 'common.nope')).toBe('common.nope');
  });

  it('shows times in Europe/Rome whatever the machine’s zone', () => {
    // 23:30 UTC on 31 March 2026 is 01:30 on 1 April in Rome (summer time).
    expect(formatDateTime('2026-03-31T23:30:00Z', 'it')).toMatch(/1 apr 2026.*01:30/);
    expect(formatMonth('2026-04', 'it')).toMatch(/apr/);
  });
});
