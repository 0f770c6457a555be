import { ApiError } from '../api/client';
import { Locale, translate } from '../i18n/i18n';
import { errorText, reworded } from './common';
import { refusalError } from '../pages/org/ContactReveal';

const t = (locale: Locale) => (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
const api = (message: string, code?: string, field?: string) => new ApiError(message, code, field, [{ message, code, field }]);

describe('errorText: what a person reads for an error', () => {
  it('shows a page-reworded refusal as written, never the generic "try again"', () => {
    const error = reworded('Servono almeno tre tentativi prima di «non contattabile».', api('reason: not enough attempts', 'BAD_USER_INPUT', 'input.reason'));
    expect(errorText(error, t('it'), 'it')).toBe('Servono almeno tre tentativi prima di «non contattabile».');
    expect(error.field).toBe('input.reason');
  });

  it('explains a refused reveal with the service reason in the reader language', () => {
    const refusal = api('La persona non ha dato il consenso / The person did not consent', 'FORBIDDEN');
    const it = errorText(refusalError(refusal, t('it'), 'it'), t('it'), 'it');
    expect(it).toContain('La persona non ha dato il consenso');
    expect(it).not.toBe(translate('it', 'common.errors.generic'));
    expect(errorText(refusalError(refusal, t('en'), 'en'), t('en'), 'en')).toContain('The person did not consent');
  });

  it('uses the service words when bilingual, the app words by code otherwise', () => {
    expect(errorText(api('description: troppo lunga / description: too long', 'BAD_USER_INPUT', 'input.description'), t('it'), 'it')).toBe('troppo lunga');
    expect(errorText(api('description must be shorter', 'BAD_USER_INPUT', 'input.description'), t('it'), 'it')).toBe(translate('it', 'common.errors.VALIDATION'));
    expect(errorText(api('Illegal transition', 'CONFLICT'), t('en'), 'en')).toBe(translate('en', 'common.errors.CONFLICT'));
    expect(errorText(new ApiError('network', 'NETWORK', undefined, [], true), t('it'), 'it')).toBe(translate('it', 'common.errors.network'));
    expect(errorText(new Error('boom'), t('it'), 'it')).toBe(translate('it', 'common.errors.generic'));
  });
});
