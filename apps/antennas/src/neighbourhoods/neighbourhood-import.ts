import { DomainError, NEIGHBOURHOOD_CODE } from '@prossimo/contracts';
import type { AreaGeometry } from '../geo/geo';
import { areaSquareMetres, overlapSquareMetres } from '../geo/overlap';

/** One neighbourhood of an import file, checked. */
export interface ImportedNeighbourhood {
  code: string;
  name: string;
  population: number | null;
  population75Plus: number | null;
  approximate: boolean;
  geometry: AreaGeometry;
}

export interface ImportOptions {
  municipality: string;
  /** Default for features without their own `approximate` property. */
  approximate: boolean;
  /** Largest overlap allowed between two neighbourhoods, as a fraction of the smaller one's area. */
  overlapTolerance: number;
  maxFeatures?: number;
}

const bad = (field: string, it: string, en: string) => DomainError.badInput(`geojson${field}`, `geojson${field}: ${it} / ${en}`);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkRing(ring: unknown, field: string): number[][] {
  if (!Array.isArray(ring) || ring.length < 4) throw bad(field, 'un anello ha almeno 4 posizioni', 'a ring needs at least 4 positions');
  ring.forEach((p, i) => {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw bad(`${field}[${i}]`, 'posizione non valida: [longitudine, latitudine]', 'not a position: [longitude, latitude]');
    }
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) throw bad(`${field}[${i}]`, 'coordinate fuori intervallo', 'coordinates out of range');
  });
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) throw bad(field, 'il poligono non è chiuso (l’ultima posizione deve ripetere la prima)', 'the polygon is not closed (the last position must repeat the first)');
  return ring as number[][];
}

function checkPolygon(rings: unknown, field: string): void {
  if (!Array.isArray(rings) || rings.length === 0) throw bad(field, 'un poligono ha almeno un anello', 'a polygon needs at least one ring');
  rings.forEach((r, i) => checkRing(r, `${field}[${i}]`));
}

function checkGeometry(g: unknown, field: string): AreaGeometry {
  if (!isObject(g)) throw bad(field, 'manca la geometria', 'geometry is missing');
  if (g.type === 'Polygon') checkPolygon(g.coordinates, `${field}.coordinates`);
  else if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) throw bad(`${field}.coordinates`, 'MultiPolygon vuoto', 'empty MultiPolygon');
    g.coordinates.forEach((p, i) => checkPolygon(p, `${field}.coordinates[${i}]`));
  } else throw bad(`${field}.type`, 'deve essere Polygon o MultiPolygon', 'must be Polygon or MultiPolygon');
  const geometry = { type: g.type, coordinates: g.coordinates } as AreaGeometry;
  if (areaSquareMetres(geometry) <= 0) throw bad(field, 'il poligono non ha area', 'the polygon has no area');
  return geometry;
}

function optionalCount(v: unknown, field: string): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10_000_000) throw bad(field, 'deve essere un intero non negativo', 'must be a non-negative integer');
  return v;
}

/**
 * Reads and checks a GeoJSON FeatureCollection of neighbourhoods: every feature a closed Polygon
 * or MultiPolygon with a slug `code` (unique) and a `name`, optional `population` and
 * `population75plus`, and no two overlapping by more than the tolerance. The first problem found
 * is thrown as BAD_USER_INPUT naming the feature and field (`geojson.features[3].properties.code`):
 * nothing is imported unless everything is right.
 */
export function parseNeighbourhoodFile(text: string, o: ImportOptions): ImportedNeighbourhood[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw bad('', 'non è JSON valido', 'not valid JSON');
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection') throw bad('.type', 'deve essere una FeatureCollection GeoJSON', 'must be a GeoJSON FeatureCollection');
  if (doc.municipality !== undefined && doc.municipality !== o.municipality) {
    throw bad('.municipality', `il file è del comune ${String(doc.municipality)}, non ${o.municipality}`, `the file is for municipality ${String(doc.municipality)}, not ${o.municipality}`);
  }
  const features = doc.features;
  const max = o.maxFeatures ?? 500;
  if (!Array.isArray(features) || features.length === 0) throw bad('.features', 'servono uno o più quartieri', 'one or more features are needed');
  if (features.length > max) throw bad('.features', `al massimo ${max} quartieri`, `at most ${max} features`);

  const seen = new Map<string, number>();
  const out = features.map((f: unknown, i): ImportedNeighbourhood => {
    const at = `.features[${i}]`;
    if (!isObject(f) || f.type !== 'Feature') throw bad(`${at}.type`, 'deve essere una Feature', 'must be a Feature');
    const p = f.properties;
    if (!isObject(p)) throw bad(`${at}.properties`, 'mancano le proprietà (code, name)', 'properties (code, name) are missing');
    if (typeof p.code !== 'string' || !NEIGHBOURHOOD_CODE.test(p.code) || p.code.length > 60) {
      throw bad(`${at}.properties.code`, 'serve un codice come "sant-eusebio" (minuscole, cifre, trattini)', 'a slug such as "sant-eusebio" is required');
    }
    const dup = seen.get(p.code);
    if (dup !== undefined) throw bad(`${at}.properties.code`, `codice "${p.code}" ripetuto (già in features[${dup}])`, `code "${p.code}" repeats features[${dup}]`);
    seen.set(p.code, i);
    if (typeof p.name !== 'string' || p.name.trim().length === 0 || p.name.length > 200) throw bad(`${at}.properties.name`, 'serve un nome (al massimo 200 caratteri)', 'a name is required (at most 200 characters)');
    const population = optionalCount(p.population, `${at}.properties.population`);
    const population75Plus = optionalCount(p.population75plus, `${at}.properties.population75plus`);
    if (population !== null && population75Plus !== null && population75Plus > population) {
      throw bad(`${at}.properties.population75plus`, 'non può superare la popolazione', 'cannot exceed the population');
    }
    if (p.approximate !== undefined && typeof p.approximate !== 'boolean') throw bad(`${at}.properties.approximate`, 'deve essere true o false', 'must be true or false');
    const geometry = checkGeometry(f.geometry, `${at}.geometry`);
    return { code: p.code, name: p.name.trim(), population, population75Plus, approximate: p.approximate ?? o.approximate, geometry };
  });

  const areas = out.map((n) => areaSquareMetres(n.geometry));
  for (let j = 1; j < out.length; j++) {
    for (let i = 0; i < j; i++) {
      const overlap = overlapSquareMetres(out[i].geometry, out[j].geometry);
      const share = overlap / Math.min(areas[i], areas[j]);
      if (share > o.overlapTolerance) {
        const pct = Math.round(share * 1000) / 10;
        throw bad(`.features[${j}].geometry`, `si sovrappone a features[${i}] ("${out[i].code}") per circa il ${pct}% dell’area`, `overlaps features[${i}] ("${out[i].code}") by about ${pct}% of the area`);
      }
    }
  }
  return out;
}
