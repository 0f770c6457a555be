import { DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { DomainError, ErrorCode } from '@prossimo/contracts';
import { parseNeighbourhoodFile } from './neighbourhood-import';

const opts = { municipality: '015146', approximate: false, overlapTolerance: 0.01 };
const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
const feature = (code: unknown, name: unknown, coordinates: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { code, name, ...extra },
  geometry: { type: 'Polygon', coordinates },
});
const file = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const good = () => [
  feature('centro', 'Centro', square(9.1, 45.4, 0.01), { population: 5000, population75plus: 700 }),
  feature('nord', 'Nord', square(9.1, 45.41, 0.01)),
  feature('est', 'Est', square(9.11, 45.4, 0.01), { approximate: true }),
];

function fieldOf(text: string): string | undefined {
  try {
    parseNeighbourhoodFile(text, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return (err as DomainError).field;
  }
  throw new Error('expected the file to be refused');
}

describe('parseNeighbourhoodFile', () => {
  it('reads a good file: shared edges are not overlaps', () => {
    const out = parseNeighbourhoodFile(file(...good()), opts);
    expect(out.map((n) => [n.code, n.name, n.population, n.population75Plus, n.approximate])).toEqual([
      ['centro', 'Centro', 5000, 700, false],
      ['nord', 'Nord', null, null, false],
      ['est', 'Est', null, null, true],
    ]);
  });

  it('reads the demo file of Cinisello Balsamo', () => {
    const out = parseNeighbourhoodFile(JSON.stringify(DEMO_NEIGHBOURHOODS), { ...opts, municipality: '015077', approximate: true });
    expect(out).toHaveLength(12);
  });

  it('reads MultiPolygons with holes', () => {
    const multi = { type: 'Feature', properties: { code: 'isole', name: 'Isole' }, geometry: { type: 'MultiPolygon', coordinates: [square(9.2, 45.4, 0.01), square(9.3, 45.4, 0.01)] } };
    expect(parseNeighbourhoodFile(file(multi), opts)[0].geometry.type).toBe('MultiPolygon');
  });

  it.each([
    ['not JSON', '{"type":', 'geojson'],
    ['not a FeatureCollection', JSON.stringify({ type: 'Feature' }), 'geojson.type'],
    ['another municipality', JSON.stringify({ type: 'FeatureCollection', municipality: '015077', features: [] }), 'geojson.municipality'],
    ['no features', file(), 'geojson.features'],
    ['a feature that is not one', file(...good(), { type: 'Point' }), 'geojson.features[3].type'],
    ['a feature without properties', file({ type: 'Feature', geometry: { type: 'Polygon', coordinates: square(0, 0, 1) } }), 'geojson.features[0].properties'],
    ['a missing code', file(good()[0], feature(undefined, 'Nord', square(9.1, 45.41, 0.01))), 'geojson.features[1].properties.code'],
    ['a code that is not a slug', file(feature('Centro Storico', 'Centro', square(9.1, 45.4, 0.01))), 'geojson.features[0].properties.code'],
    ['a repeated code', file(good()[0], feature('centro', 'Altro', square(9.1, 45.41, 0.01))), 'geojson.features[1].properties.code'],
    ['a missing name', file(good()[0], good()[1], feature('est', '  ', square(9.11, 45.4, 0.01))), 'geojson.features[2].properties.name'],
    ['a negative population', file(feature('centro', 'Centro', square(9.1, 45.4, 0.01), { population: -5 })), 'geojson.features[0].properties.population'],
    ['more over-75s than residents', file(feature('centro', 'Centro', square(9.1, 45.4, 0.01), { population: 5, population75plus: 6 })), 'geojson.features[0].properties.population75plus'],
    ['a Point geometry', file({ type: 'Feature', properties: { code: 'a', name: 'A' }, geometry: { type: 'Point', coordinates: [9, 45] } }), 'geojson.features[0].geometry.type'],
    ['an open ring', file(feature('a', 'A', [[[9, 45], [9.01, 45], [9.01, 45.01], [9, 45.01]]])), 'geojson.features[0].geometry.coordinates[0]'],
    ['a ring too short', file(feature('a', 'A', [[[9, 45], [9.01, 45], [9, 45]]])), 'geojson.features[0].geometry.coordinates[0]'],
    ['a position out of range', file(feature('a', 'A', [[[9, 45], [9.01, 95], [9.01, 45.01], [9, 45]]])), 'geojson.features[0].geometry.coordinates[0][1]'],
    ['a flat polygon', file(feature('a', 'A', [[[9, 45], [9.01, 45], [9.02, 45], [9, 45]]])), 'geojson.features[0].geometry'],
    ['two overlapping neighbourhoods', file(...good(), feature('ovest', 'Ovest', square(9.105, 45.405, 0.01))), 'geojson.features[3].geometry'],
  ])('refuses %s, naming the field', (_, text, field) => {
    expect(fieldOf(text)).toBe(field);
  });

  it('tolerates a sliver of overlap along a shared edge (hand-drawn boundaries), not more', () => {
    // The second square reaches 0.00005° (0.5% of its width) into the first.
    const sliver = file(feature('a', 'A', square(9.1, 45.4, 0.01)), feature('b', 'B', square(9.10995, 45.4, 0.01)));
    expect(parseNeighbourhoodFile(sliver, opts)).toHaveLength(2);
    const deeper = file(feature('a', 'A', square(9.1, 45.4, 0.01)), feature('b', 'B', square(9.1098, 45.4, 0.01)));
    expect(fieldOf(deeper)).toBe('geojson.features[1].geometry');
  });

  it('names the other feature in the overlap message', () => {
    try {
      parseNeighbourhoodFile(file(...good(), feature('ovest', 'Ovest', square(9.105, 45.405, 0.01))), opts);
    } catch (err) {
      expect((err as DomainError).message).toContain('features[0] ("centro")');
    }
    expect.assertions(1);
  });
});
