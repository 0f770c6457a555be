import { KeyboardEvent, MouseEvent, useMemo, useRef } from 'react';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { inside, projectShapes } from '../dashboard/mapData';
import type { NeighbourhoodShape } from '../dashboard/types';

export interface Position {
  lat: number;
  lng: number;
}

/** About 50 m, in degrees of latitude: one arrow press (four with Shift). */
const STEP = 0.00045;

/** Which neighbourhood a point falls in, by the shapes' projected outlines (the API decides for good). */
export function neighbourhoodOf(projection: ReturnType<typeof projectShapes>, p: Position): string | undefined {
  if (!projection.project) return undefined;
  const xy = projection.project([p.lng, p.lat]);
  return projection.shapes.find((s) => inside(xy, s.ring))?.code;
}

/**
 * Where the antenna is, picked on the neighbourhood map instead of typed as coordinates: a click
 * (or a tap) puts the pin there; with the keyboard, choose a neighbourhood to put the pin in it,
 * then move it with the arrow keys (Shift: farther). The chosen place is said in words.
 */
export function PositionPicker({ id, shapes, value, onChange, invalid, describedBy }: { id: string; shapes: NeighbourhoodShape[]; value: Position | null; onChange(p: Position): void; invalid?: boolean; describedBy?: string }) {
  const { t, locale } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const projection = useMemo(() => projectShapes(shapes, 600, 10), [shapes]);
  const names = new Map(projection.shapes.map((s) => [s.code, s.name]));
  const pin = value && projection.project ? projection.project([value.lng, value.lat]) : null;
  const where = value ? neighbourhoodOf(projection, value) : undefined;
  const fontSize = 12;

  function onClick(event: MouseEvent<SVGSVGElement>) {
    const el = svg.current;
    const ctm = el?.getScreenCTM();
    if (!el || !ctm || !projection.unproject) return;
    const pt = el.createSVGPoint();
    pt.x = event.clientX;
    pt.y = event.clientY;
    const local = pt.matrixTransform(ctm.inverse());
    const [lng, lat] = projection.unproject([local.x, local.y]);
    onChange({ lat: round(lat), lng: round(lng) });
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const moves: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const step = STEP * (event.shiftKey ? 4 : 1);
    const start = value ?? centreOf(projection.shapes[0]?.code);
    if (!start) return;
    // A degree of longitude is shorter than one of latitude here: the same distance both ways.
    const k = Math.cos((start.lat * Math.PI) / 180);
    onChange({ lat: round(start.lat + move[0] * step), lng: round(start.lng + (move[1] * step) / k) });
  }

  function centreOf(code: string | undefined): Position | undefined {
    const s = projection.shapes.find((x) => x.code === code);
    if (!s || !projection.unproject) return undefined;
    const [lng, lat] = projection.unproject([s.labelX, s.labelY]);
    return { lat: round(lat), lng: round(lng) };
  }

  if (projection.shapes.length === 0) return null;
  return (
    <div className="position-picker" data-testid={`${id}-picker`}>
      <div className="mb-2 position-picker-jump">
        <label htmlFor={`${id}-neighbourhood`} className="form-label">
          {t('admin.position.jump')}
        </label>
        <select
          id={`${id}-neighbourhood`}
          className="form-select"
          value={where ?? ''}
          onChange={(e) => {
            const c = centreOf(e.target.value);
            if (c) onChange(c);
          }}
          data-testid={`${id}-neighbourhood`}
        >
          <option value="">{t('admin.form.choose')}</option>
          {projection.shapes.map((s, i) => (
            <option key={s.code ?? i} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <svg
        ref={svg}
        id={id}
        className={`position-picker-map${invalid ? ' is-invalid' : ''}`}
        viewBox={`0 0 ${projection.width} ${projection.height}`}
        role="application"
        aria-label={t('admin.position.mapLabel')}
        aria-describedby={[`${id}-keys`, `${id}-chosen`, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        tabIndex={0}
        onClick={onClick}
        onKeyDown={onKeyDown}
        data-testid={`${id}-map`}
      >
        {projection.shapes.map((s, i) => (
          <path key={s.code ?? i} d={s.d} className={s.code === where ? 'picker-area picker-area-chosen' : 'picker-area'} fillRule="evenodd" />
        ))}
        <g aria-hidden="true" className="picker-labels">
          {projection.shapes.map((s, i) => (
            <text key={s.code ?? i} x={s.labelX} y={s.labelY} fontSize={fontSize} textAnchor="middle" dominantBaseline="middle">
              {s.name}
            </text>
          ))}
        </g>
        {pin && (
          <g aria-hidden="true" className="picker-pin" data-testid={`${id}-pin`}>
            <circle cx={pin[0]} cy={pin[1]} r={9} />
            <line x1={pin[0] - 14} y1={pin[1]} x2={pin[0] + 14} y2={pin[1]} />
            <line x1={pin[0]} y1={pin[1] - 14} x2={pin[0]} y2={pin[1] + 14} />
          </g>
        )}
      </svg>
      <p id={`${id}-keys`} className="form-text mt-1 mb-1">
        {t('admin.position.keys')}
      </p>
      <p id={`${id}-chosen`} role="status" aria-live="polite" className="fw-semibold mb-0" data-testid={`${id}-chosen`}>
        {value
          ? where
            ? t('admin.position.chosenIn', { name: names.get(where) ?? where, lat: formatNumber(value.lat, locale, 5), lng: formatNumber(value.lng, locale, 5) })
            : t('admin.position.chosenOutside', { lat: formatNumber(value.lat, locale, 5), lng: formatNumber(value.lng, locale, 5) })
          : t('admin.position.none')}
      </p>
    </div>
  );
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
