import { useMemo, useState } from 'react';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { mapValues, MapMode, neighbourhoodRows, projectShapes } from './mapData';
import { NeighbourhoodMap } from './NeighbourhoodMap';
import { CsvDownload } from './CsvDownload';
import { NeighbourhoodTable } from './NeighbourhoodTable';
import type { Period } from './PeriodSelector';
import type { Dashboard, NeighbourhoodShape } from './types';

const MODES: MapMode[] = ['reports', 'coverage'];

/** The neighbourhoods: a toggle, the map (when boundaries are known), the antenna deserts and the table. */
export function MapSection({ dashboard, shapes, shapesUnavailable, period = {} }: { dashboard: Dashboard; shapes: NeighbourhoodShape[] | undefined; shapesUnavailable: boolean; period?: Period }) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<MapMode>('reports');
  const rows = useMemo(() => neighbourhoodRows(dashboard, shapes ?? []), [dashboard, shapes]);
  const { values, breaks } = useMemo(() => mapValues(rows, mode), [rows, mode]);
  const projected = useMemo(() => projectShapes(shapes ?? []), [shapes]);
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const deserts = dashboard.coverage.deserts;
  return (
    <>
      <fieldset className="mb-3">
        <legend className="h6 mb-2">{t('dashboard.map.modeLegend')}</legend>
        {MODES.map((m) => (
          <div className="form-check form-check-inline" key={m}>
            <input className="form-check-input" type="radio" name="dashboard-map-mode" id={`map-mode-${m}`} value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`map-mode-${m}`} />
            <label className="form-check-label" htmlFor={`map-mode-${m}`}>
              {t(`dashboard.map.mode.${m}`)}
            </label>
          </div>
        ))}
      </fieldset>

      {projected.shapes.length > 0 ? (
        <NeighbourhoodMap shapes={projected} values={values} breaks={breaks} mode={mode} k={dashboard.k} />
      ) : (
        <p className="alert alert-info">{shapes === undefined && !shapesUnavailable ? t('common.loading') : t('dashboard.map.unavailable')}</p>
      )}

      <h3 className="h6 mt-3">{t('dashboard.map.desertsTitle')}</h3>
      <p className="small mb-1">{t('dashboard.map.desertsHelp', { n: formatNumber(dashboard.coverage.desertThresholdPer1000, locale, 2) })}</p>
      {deserts.length === 0 ? (
        <p>{t('dashboard.map.noDeserts')}</p>
      ) : (
        <ul data-testid="desert-list">
          {deserts.map((code) => (
            <li key={code}>{names.get(code) ?? code}</li>
          ))}
        </ul>
      )}

      <p className="small mt-3 mb-1">{t('dashboard.neighbourhoods.note')}</p>
      <CsvDownload table="reportsByNeighbourhoodAndNeed" period={period} label={t('dashboard.neighbourhoods.caption')} />
      <NeighbourhoodTable rows={rows} k={dashboard.k} />
    </>
  );
}
