import { render } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n';
import { PublicMap } from './PublicMap';
import { areasText, daysText, distanceText, metresBetween, scheduleText, telHref } from './places';
import { translate } from '../../i18n/i18n';

const square = (code: string, name: string, lng: number, lat: number) => ({
  code,
  name,
  boundary: JSON.stringify({ type: 'Polygon', coordinates: [[[lng, lat], [lng + 0.01, lat], [lng + 0.01, lat + 0.01], [lng, lat + 0.01], [lng, lat]]] }),
});
const AREAS = [square('crocetta', 'Crocetta', 9.2, 45.54), square('balsamo', 'Balsamo', 9.21, 45.54)];
const POINTS = [
  { id: 'a', lat: 45.545, lng: 9.205, label: '1' },
  { id: 'b', lat: 45.546, lng: 9.215, label: '2' },
];

function renderMap(props: Partial<Parameters<typeof PublicMap>[0]> = {}) {
  return render(
    <I18nProvider locale="it">
      <PublicMap neighbourhoods={AREAS} points={POINTS} label="mappa" {...props} />
    </I18nProvider>,
  );
}

describe('the public map', () => {
  it('draws the neighbourhoods and the numbered points, and no tile when no tile URL is set (nothing leaves the origin)', () => {
    const { container, getByTestId } = renderMap();
    expect(container.querySelectorAll('path.public-map-area')).toHaveLength(2);
    expect(getByTestId('map-point-a').textContent).toBe('1');
    expect(container.querySelectorAll('image')).toHaveLength(0);
    expect(container.querySelector('[data-testid="public-map-tiles"]')).toBeNull();
  });

  it('draws tiles from the configured host only, with its attribution', () => {
    const { container, getByText } = renderMap({ tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', tileAttribution: '© Esempio' });
    const hrefs = [...container.querySelectorAll('image')].map((i) => i.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => /^https:\/\/tiles\.example\.org\/\d+\/\d+\/\d+\.png$/.test(h))).toBe(true);
    expect(getByText(/© Esempio/)).toBeTruthy();
  });

  it('marks where distances are measured from, and highlights a neighbourhood', () => {
    const { getByTestId, container } = renderMap({ origin: { lat: 45.545, lng: 9.206 }, highlight: 'balsamo' });
    expect(getByTestId('map-origin')).toBeTruthy();
    expect(container.querySelectorAll('path.highlighted')).toHaveLength(1);
  });
});

describe('the public pages’ words for places', () => {
  const t = (key: string, params?: Record<string, string | number>) => translate('it', key, params);

  it('says distances as a walk, not a survey', () => {
    expect(distanceText(4, 'it')).toBe('10 m');
    expect(distanceText(263, 'it')).toBe('260 m');
    expect(distanceText(1234, 'it')).toBe('1,2 km');
    expect(Math.round(metresBetween({ lat: 45.5448, lng: 9.2087 }, { lat: 45.5543, lng: 9.223 }))).toBeGreaterThan(1400);
  });

  it('writes opening hours in words', () => {
    expect(daysText('MO,TU,WE,TH,FR', t)).toBe('lun–ven');
    expect(daysText('WE,MO', t)).toBe('lun, mer');
    expect(scheduleText({ freq: 'WEEKLY', byday: 'TU,TH', opensAt: '09:00', closesAt: '12:30', validFrom: null, validTo: null, description: null, notes: null }, t)).toBe('mar, gio 9:00–12:30');
    expect(scheduleText({ freq: null, byday: null, opensAt: null, closesAt: null, validFrom: null, validTo: null, description: 'su appuntamento', notes: null }, t)).toBe('su appuntamento');
    expect(scheduleText({ freq: 'WEEKLY', byday: 'TU', opensAt: '15:00', closesAt: '17:30', validFrom: null, validTo: null, description: 'il primo martedì del mese', notes: null }, t)).toBe('mar 15:00–17:30 (il primo martedì del mese)');
  });

  it('names the neighbourhoods a service takes people from', () => {
    const names = new Map(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((c) => [c, c.toUpperCase()]));
    expect(areasText(['a', 'b', 'c', 'd', 'e', 'f', 'g'], names, t)).toBe('tutta la città');
    expect(areasText(['a', 'b', 'c', 'd', 'e', 'f'], names, t)).toBe('tutta la città tranne G');
    expect(areasText(['a', 'b'], names, t)).toBe('A, B');
  });

  it('makes tel: links only of phone numbers', () => {
    expect(telHref('02 6601 1000')).toBe('tel:0266011000');
    expect(telHref('+39 333 123 4567')).toBe('tel:+393331234567');
    expect(telHref('passa in negozio')).toBeNull();
  });
});
