import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { parseBoundary } from '../dashboard/mapData';
import type { LatLng } from './places';
import type { Neighbourhood } from './publicApi';

/**
 * The public map: the municipality's neighbourhoods drawn from their boundaries (as on the
 * dashboard), the proximity points as numbered dots, and where the list is measured from. Tiles
 * only when the deployment sets a tile URL (then the page's CSP allows that host); otherwise no
 * request leaves the origin. The list beside it says everything the map shows (the map is an
 * image with a summary for screen readers).
 */

interface Props {
  neighbourhoods: Neighbourhood[];
  points: (LatLng & { id: string; label?: string })[];
  origin?: LatLng | null;
  highlight?: string | null;
  tileUrl?: string | null;
  tileAttribution?: string | null;
  label: string;
  width?: number;
  /** Zoom to these places (the nearest points and where they are measured from) instead of the whole municipality. */
  fit?: LatLng[];
  /** The caption under the map (default: the numbers are those of the list). */
  caption?: string;
}

interface Projection {
  width: number;
  height: number;
  project(p: LatLng): [number, number];
  bounds: { minLat: number; maxLat: number; minLng: number; maxLng: number };
}

/** Equirectangular, fitted to the neighbourhoods (the dashboard's projection) or to `fit` with a margin, north up. */
export function projection(neighbourhoods: Neighbourhood[], extra: LatLng[], width: number, padding = 12, fit?: LatLng[]): Projection | null {
  let points = [...neighbourhoods.flatMap((n) => parseBoundary(n.boundary).flat(2).map(([lng, lat]) => ({ lat, lng }))), ...extra];
  if (fit && fit.length > 1) {
    const lats = fit.map((p) => p.lat);
    const lngs = fit.map((p) => p.lng);
    // A margin of a quarter of the span (at least ~250 m), so the dots are not on the edge.
    const mLat = Math.max((Math.max(...lats) - Math.min(...lats)) / 4, 0.0025);
    const mLng = Math.max((Math.max(...lngs) - Math.min(...lngs)) / 4, 0.0035);
    points = [
      { lat: Math.min(...lats) - mLat, lng: Math.min(...lngs) - mLng },
      { lat: Math.max(...lats) + mLat, lng: Math.max(...lngs) + mLng },
    ];
  }
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (width - 2 * padding) / Math.max((maxLng - minLng) * kx, 1e-9);
  const height = Math.round(Math.max(maxLat - minLat, 1e-9) * scale + 2 * padding);
  return { width, height, bounds: { minLat, maxLat, minLng, maxLng }, project: (p) => [padding + (p.lng - minLng) * kx * scale, padding + (maxLat - p.lat) * scale] };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Web-mercator tiles covering the area at a zoom where a tile is about a third of the map. */
function tiles(p: Projection, template: string): { href: string; x: number; y: number; w: number; h: number }[] {
  const { minLat, maxLat, minLng, maxLng } = p.bounds;
  const zoom = Math.max(10, Math.min(17, Math.round(Math.log2((360 / Math.max(maxLng - minLng, 1e-6)) * 3))));
  const n = 2 ** zoom;
  const tx = (lng: number) => Math.floor(((lng + 180) / 360) * n);
  const ty = (lat: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * n);
  const lngOf = (x: number) => (x / n) * 360 - 180;
  const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  const out: { href: string; x: number; y: number; w: number; h: number }[] = [];
  for (let x = tx(minLng); x <= tx(maxLng); x++) {
    for (let y = ty(maxLat); y <= ty(minLat); y++) {
      const [x0, y0] = p.project({ lng: lngOf(x), lat: latOf(y) });
      const [x1, y1] = p.project({ lng: lngOf(x + 1), lat: latOf(y + 1) });
      out.push({ href: template.replace('{z}', String(zoom)).replace('{x}', String(x)).replace('{y}', String(y)), x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
    }
  }
  return out.slice(0, 64);
}

export function PublicMap({ neighbourhoods, points, origin, highlight, tileUrl, tileAttribution, label, width = 400, fit, caption }: Props) {
  const { t } = useI18n();
  const p = useMemo(() => projection(neighbourhoods, [...points, ...(origin ? [origin] : [])], width, 12, fit), [neighbourhoods, points, origin, width, fit]);
  if (!p) return null;
  const shapes = neighbourhoods.map((n) => ({
    code: n.code,
    name: n.name,
    label: (() => {
      const ring = parseBoundary(n.boundary)
        .map((poly) => poly[0])
        .reduce<[number, number][] | null>((a, b) => (!a || b.length > a.length ? b : a), null);
      if (!ring) return null;
      const corners = ring.slice(0, -1);
      return p.project({ lng: corners.reduce((s, c) => s + c[0], 0) / corners.length, lat: corners.reduce((s, c) => s + c[1], 0) / corners.length });
    })(),
    d: parseBoundary(n.boundary)
      .flat()
      .map((ring) => `M${ring.map(([lng, lat]) => p.project({ lat, lng }).map(r1).join(',')).join('L')}Z`)
      .join(''),
  }));
  const font = Math.max(12, Math.round(width / 26));
  return (
    <figure className="public-map mb-3">
      <svg viewBox={`0 0 ${p.width} ${p.height}`} role="img" aria-label={label} data-testid="public-map" className="public-map-svg">
        {tileUrl && (
          <g aria-hidden="true" data-testid="public-map-tiles">
            {tiles(p, tileUrl).map((tile) => (
              <image key={tile.href} href={tile.href} x={r1(tile.x)} y={r1(tile.y)} width={r1(tile.w)} height={r1(tile.h)} preserveAspectRatio="none" />
            ))}
          </g>
        )}
        {shapes.map((s) => (
          <path key={s.code} d={s.d} className={`public-map-area${highlight === s.code ? ' highlighted' : ''}${tileUrl ? ' over-tiles' : ''}`} fillRule="evenodd" />
        ))}
        <g aria-hidden="true" className="public-map-labels">
          {shapes.map((s) =>
            s.label && s.label[0] > 0 && s.label[0] < p.width && s.label[1] > 0 && s.label[1] < p.height ? (
              <text key={s.code} x={r1(s.label[0])} y={r1(s.label[1])} fontSize={Math.round(font * 0.9)} textAnchor="middle" dominantBaseline="central">
                {s.name}
              </text>
            ) : null,
          )}
        </g>
        {origin && (() => {
          const [x, y] = p.project(origin);
          const s = font * 0.9;
          return <path className="public-map-origin" data-testid="map-origin" d={`M${r1(x)},${r1(y - s)}L${r1(x + s)},${r1(y)}L${r1(x)},${r1(y + s)}L${r1(x - s)},${r1(y)}Z`} />;
        })()}
        {points.map((pt) => {
          const [x, y] = p.project(pt);
          return (
            <g key={pt.id} className={pt.label ? 'public-map-point numbered' : 'public-map-point'} data-testid={`map-point-${pt.id}`}>
              <circle cx={r1(x)} cy={r1(y)} r={pt.label ? font * 0.85 : font * 0.35} />
              {pt.label && (
                <text x={r1(x)} y={r1(y)} fontSize={font} textAnchor="middle" dominantBaseline="central">
                  {pt.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="small text-secondary">
        {caption ?? (origin ? t('public.map.legendWithOrigin') : t('public.map.legend'))}
        {tileUrl && tileAttribution ? ` · ${tileAttribution}` : ''}
      </figcaption>
    </figure>
  );
}
