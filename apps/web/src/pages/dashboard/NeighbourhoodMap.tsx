import { useMemo, useState } from 'react';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { fillOf, fitLabel, HATCH_ID, legendClasses, MapMode, MapValue, MISSING_FILL, ProjectedShape, spanAt } from './mapData';

interface Props {
  shapes: { width: number; height: number; shapes: ProjectedShape[] };
  values: MapValue[];
  breaks: number[];
  mode: MapMode;
  k: number;
}

export const MODE_DIGITS: Record<MapMode, number> = { reports: 1, coverage: 2 };

/** The words for one neighbourhood's value, for labels and screen readers; never a hidden count. */
export function useValueText(mode: MapMode, k: number) {
  const { t, locale } = useI18n();
  return (v: MapValue, short = false): string => {
    if (v.state === 'suppressed' && v.reason === 'COMPLEMENTARY') return short ? t('dashboard.map.complementaryShort') : t('dashboard.map.complementaryValue', { k });
    if (v.state === 'suppressed') return short ? t('dashboard.suppressedCell.short', { k }) : t('dashboard.map.suppressedValue', { k });
    if (v.state === 'missing' || v.value === null) return short ? t('dashboard.map.missingShort') : t('dashboard.map.missingValue');
    const n = formatNumber(v.value, locale, MODE_DIGITS[mode]);
    return short ? n : t(`dashboard.map.value.${mode}`, { n });
  };
}

/** The neighbourhoods drawn in SVG, coloured by the chosen value; hidden values hatched, never coloured. */
export function NeighbourhoodMap({ shapes, values, breaks, mode, k }: Props) {
  const { t, locale } = useI18n();
  const valueText = useValueText(mode, k);
  const byCode = useMemo(() => new Map(values.map((v) => [v.code, v])), [values]);
  const fontSize = Math.max(11, Math.round(shapes.width / 42));
  // Each name set to fit inside its own shape (so that names never run into each other).
  const labels = useMemo(
    () => new Map(shapes.shapes.map((s) => [s.code, fitLabel(s.name, spanAt(s.ring, s.labelX, s.labelY) * 0.92, fontSize, 9)])),
    [shapes, fontSize],
  );
  const digits = MODE_DIGITS[mode];
  const [focused, setFocused] = useState<string>();
  const focusedShape = shapes.shapes.find((s) => s.code === focused);
  return (
    <div className="dashboard-map">
      <svg
        className="map-svg"
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        role="group"
        aria-label={t(`dashboard.map.svgLabel.${mode}`)}
        data-testid="neighbourhood-map"
      >
        <defs>
          <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#455b71" strokeWidth="3" />
          </pattern>
        </defs>
        {shapes.shapes.map((s) => {
          const v = byCode.get(s.code) ?? { code: s.code, name: s.name, value: null, state: 'missing' as const, colourClass: null, desert: false };
          const label = `${v.name}: ${valueText(v)}${v.desert ? `, ${t('dashboard.map.desertSuffix')}` : ''}`;
          return (
            <path
              key={s.code}
              d={s.d}
              fill={fillOf(v)}
              fillRule="evenodd"
              className={v.desert ? 'map-desert' : undefined}
              tabIndex={0}
              role="img"
              aria-label={label}
              data-testid={`map-${s.code}`}
              data-state={v.state}
              onFocus={() => setFocused(s.code)}
              onBlur={() => setFocused((f) => (f === s.code ? undefined : f))}
            >
              <title>{label}</title>
            </path>
          );
        })}
        {/* drawn over every fill so that neighbours never hide them */}
        <g aria-hidden="true" className="map-desert-outlines">
          {shapes.shapes
            .filter((s) => byCode.get(s.code)?.desert)
            .map((s) => (
              <path key={s.code} d={s.d} fill="none" />
            ))}
        </g>
        {/* Names and values, drawn once over the fills; screen readers read each shape's own label instead. */}
        <g aria-hidden="true" className="map-labels" data-testid="map-labels">
          {shapes.shapes.map((s) => {
            const v = byCode.get(s.code);
            const label = labels.get(s.code)!;
            const lineHeight = label.fontSize * 1.15;
            const rows = label.lines.length + (v ? 1 : 0);
            const top = s.labelY - ((rows - 1) * lineHeight) / 2;
            return (
              <text key={s.code} x={s.labelX} y={top} fontSize={label.fontSize} textAnchor="middle" dominantBaseline="middle" data-testid={`map-label-${s.code}`}>
                {label.lines.map((line, i) => (
                  <tspan key={i} x={s.labelX} dy={i === 0 ? 0 : lineHeight} className="map-label-name">
                    {line}
                  </tspan>
                ))}
                {v && (
                  <tspan x={s.labelX} dy={lineHeight} className="map-label-value">
                    {valueText(v, true)}
                  </tspan>
                )}
              </text>
            );
          })}
        </g>
        {focusedShape && (
          <g aria-hidden="true" className="map-focus-ring">
            <path d={focusedShape.d} fill="none" className="map-focus-outer" />
            <path d={focusedShape.d} fill="none" className="map-focus-inner" />
          </g>
        )}
      </svg>

      <h3 className="h6 mt-3">{t('dashboard.map.legendTitle')}</h3>
      <p className="small mb-1">{t(`dashboard.map.legendUnit.${mode}`)}</p>
      <ul className="map-legend list-unstyled" data-testid="map-legend">
        {legendClasses(breaks).map((c) => (
          <li key={c.colour}>
            <span className="map-swatch" style={{ background: c.colour }} aria-hidden="true" />
            {breaks.length === 1
              ? formatNumber(c.to, locale, digits)
              : c.from === null
                ? t('dashboard.map.legendUpTo', { to: formatNumber(c.to, locale, digits) })
                : t('dashboard.map.legendRange', { from: formatNumber(c.from, locale, digits), to: formatNumber(c.to, locale, digits) })}
          </li>
        ))}
        <li>
          <span className="map-swatch map-swatch-hatch" aria-hidden="true" />
          {t('dashboard.map.legendSuppressed', { k })}
        </li>
        <li data-testid="map-legend-missing">
          <span className="map-swatch" style={{ background: MISSING_FILL }} aria-hidden="true" />
          {t('dashboard.map.legendMissing')}
        </li>
        <li>
          <span className="map-swatch map-swatch-desert" aria-hidden="true" />
          {t('dashboard.map.legendDesert')}
        </li>
      </ul>
      <p className="small mt-2 mb-0" data-testid="map-legend-dash">
        {t('dashboard.map.legendDash')}
      </p>
    </div>
  );
}
