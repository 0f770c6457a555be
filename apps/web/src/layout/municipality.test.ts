import { Locale, translate } from '../i18n/i18n';
import { municipalityLabel } from './Layout';

const t = (locale: Locale) => (key: string, params?: Record<string, string | number>) => translate(locale, key, params);

describe('the municipality in the header and footer', () => {
  it("is the signed-in person's municipality, named when its ISTAT code is known", () => {
    expect(municipalityLabel(t('it'), '015077')).toBe('Comune di Cinisello Balsamo');
    expect(municipalityLabel(t('en'), '015077')).toBe('Municipality of Cinisello Balsamo');
  });

  it('is never another city: an unknown code is shown as the code, and before sign-in the service in general', () => {
    expect(municipalityLabel(t('it'), '015146')).toBe('Comune (ISTAT 015146)');
    expect(municipalityLabel(t('it'), undefined)).toBe('Servizi sociali di prossimità');
    expect(municipalityLabel(t('en'), undefined)).toBe('Neighbourhood social services');
  });
});
