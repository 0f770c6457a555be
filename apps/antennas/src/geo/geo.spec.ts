import { DEMO_ANTENNAS, DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { AreaFeature, distanceMeters, isAreaGeometry, neighbourhoodAt } from './geo';

const features = DEMO_NEIGHBOURHOODS.features;
const bakery = { lat: 45.5448, lng: 9.2087 };

describe('neighbourhoodAt', () => {
  it('finds the bakery of the demo in Crocetta', () => {
    expect(neighbourhoodAt(bakery, features)).toBe('crocetta');
  });

  it.each([
    [{ lat: 45.5543, lng: 9.223 }, 'balsamo'],
    [{ lat: 45.545, lng: 9.236 }, 'sant-eusebio'],
    [{ lat: 45.554, lng: 9.2095 }, 'cinisello'],
  ])('puts %j in %s', (point, code) => {
    expect(neighbourhoodAt(point, features)).toBe(code);
  });

  it('places every demo antenna in some neighbourhood', () => {
    for (const a of DEMO_ANTENNAS) expect(neighbourhoodAt(a, features)).not.toBeNull();
  });

  it.each([
    ['the Ligurian sea', { lat: 44.0, lng: 9.0 }],
    ['Milan cathedral, outside the town', { lat: 45.4642, lng: 9.19 }],
    ['the antipodes', { lat: -45.5448, lng: -170.79 }],
  ])('returns null for %s', (_, point) => {
    expect(neighbourhoodAt(point, features)).toBeNull();
  });

  it('returns null when there are no areas at all', () => {
    expect(neighbourhoodAt(bakery, [])).toBeNull();
  });

  it('understands MultiPolygons and holes', () => {
    const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
    const islands: AreaFeature = { properties: { code: 'islands' }, geometry: { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, 10, 1)]] } };
    const donut: AreaFeature = { properties: { code: 'donut' }, geometry: { type: 'Polygon', coordinates: [square(20, 20, 10), square(24, 24, 2)] } };
    expect(neighbourhoodAt({ lat: 10.5, lng: 10.5 }, [islands, donut])).toBe('islands');
    expect(neighbourhoodAt({ lat: 5, lng: 5 }, [islands, donut])).toBeNull();
    expect(neighbourhoodAt({ lat: 21, lng: 21 }, [islands, donut])).toBe('donut');
    expect(neighbourhoodAt({ lat: 25, lng: 25 }, [islands, donut])).toBeNull();
  });
});

describe('distanceMeters', () => {
  it('is zero from a point to itself', () => {
    expect(distanceMeters(bakery, bakery)).toBe(0);
  });

  it('is symmetric', () => {
    const pharmacy = { lat: 45.5543, lng: 9.223 };
    expect(distanceMeters(bakery, pharmacy)).toBeCloseTo(distanceMeters(pharmacy, bakery), 6);
  });

  it('measures one degree of latitude as about 111 km', () => {
    expect(distanceMeters({ lat: 45, lng: 9 }, { lat: 46, lng: 9 })).toBeGreaterThan(111_000);
    expect(distanceMeters({ lat: 45, lng: 9 }, { lat: 46, lng: 9 })).toBeLessThan(111_400);
  });

  it('puts the bakery about 1.5 km from the pharmacy and about 9 km from Milan cathedral', () => {
    const toPharmacy = distanceMeters(bakery, { lat: 45.5543, lng: 9.223 });
    expect(toPharmacy).toBeGreaterThan(1_400);
    expect(toPharmacy).toBeLessThan(1_700);
    const toDuomo = distanceMeters(bakery, { lat: 45.4642, lng: 9.19 });
    expect(toDuomo).toBeGreaterThan(8_500);
    expect(toDuomo).toBeLessThan(9_500);
  });
});

describe('isAreaGeometry', () => {
  it('accepts every demo neighbourhood', () => {
    for (const f of features) expect(isAreaGeometry(f.geometry)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a point', { type: 'Point', coordinates: [9.2, 45.5] }],
    ['an open ring', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }],
    ['a ring of three positions', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }],
    ['latitude out of range', { type: 'Polygon', coordinates: [[[0, 0], [0, 95], [1, 95], [0, 0]]] }],
    ['an empty MultiPolygon', { type: 'MultiPolygon', coordinates: [] }],
  ])('refuses %s', (_, value) => {
    expect(isAreaGeometry(value)).toBe(false);
  });
});
