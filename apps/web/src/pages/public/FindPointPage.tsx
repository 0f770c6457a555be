import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { PublicMap } from './PublicMap';
import { distanceText, walkingMinutes } from './places';
import { usePublicInfo } from './publicApi';
import { useFinder } from './useFinder';
import './public.css';

const FIRST = 8;

/**
 * «Trova il punto di prossimità più vicino»: by street (the municipality's gazetteer), by this
 * phone's position (after a press, used only on the phone to sort the list), or by neighbourhood;
 * a numbered list with distances and the same numbers on the map.
 */
export function FindPointPage() {
  const { t, locale } = useI18n();
  const { info, municipality } = usePublicInfo();
  const f = useFinder(municipality);
  const [street, setStreet] = useState('');
  const [all, setAll] = useState(false);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const names = new Map(f.neighbourhoods.map((n) => [n.code, n.name]));
  const shown = all ? f.ranked : f.ranked.slice(0, FIRST);

  // After a choice, the results take the focus (a screen reader hears what changed).
  const moved = `${f.origin?.lat ?? ''}:${f.origin?.lng ?? ''}:${f.neighbourhood}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (f.origin || f.neighbourhood) resultsRef.current?.focus();
  }, [moved]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the choice moves, not when the same results re-render

  const onStreet = (e: FormEvent) => {
    e.preventDefault();
    setAll(false);
    void f.searchStreet(street);
  };

  const heading = f.origin
    ? f.origin.source === 'position'
      ? t('public.finder.nearYou')
      : t('public.finder.nearStreet', { street: f.origin.label })
    : f.neighbourhood
      ? t('public.finder.inNeighbourhood', { name: names.get(f.neighbourhood) ?? f.neighbourhood })
      : t('public.finder.allPoints');

  return (
    <>
      <PageTitle subtitle={t('public.finder.intro')}>{t('public.finder.title')}</PageTitle>
      <div className="finder-ways mb-4">
        <form onSubmit={onStreet} role="search" aria-labelledby="finder-by-street">
          <fieldset>
            <legend id="finder-by-street">{t('public.finder.byStreet')}</legend>
            <label htmlFor="finder-street" className="form-label">{t('public.finder.streetLabel')}</label>
            <div className="d-flex gap-2 flex-wrap">
              <input id="finder-street" type="text" className="form-control flex-grow-1" style={{ minWidth: '12rem', maxWidth: '28rem' }} value={street} onChange={(e) => setStreet(e.target.value)}
                autoComplete="street-address" placeholder={t('public.finder.streetPlaceholder')} data-testid="finder-street" aria-describedby="finder-street-help" />
              <button type="submit" className="btn btn-primary btn-big" disabled={f.searching || street.trim().length < 2} data-testid="finder-street-search">{t('public.finder.search')}</button>
            </div>
            <p id="finder-street-help" className="small text-secondary mb-0 mt-1">{t('public.finder.streetHelp')}</p>
            <ErrorAlert error={f.streetError} />
            {f.streets && f.streets.length === 0 && <p className="mt-2 mb-0" role="status" data-testid="finder-no-street">{t('public.finder.noStreet')}</p>}
            {f.streets && f.streets.length > 1 && (
              <div className="mt-2" role="group" aria-label={t('public.finder.whichStreet')}>
                <p className="mb-1" role="status">{t('public.finder.whichStreet')}</p>
                <ul className="list-unstyled d-flex flex-wrap gap-2 mb-0">
                  {f.streets.map((s) => (
                    <li key={s.name}>
                      <button type="button" className={`btn ${f.origin?.label === s.name ? 'btn-primary' : 'btn-outline-primary'}`} onClick={() => f.chooseStreet(s)} data-testid={`finder-street-option-${s.name}`}>
                        {s.name}
                        {s.neighbourhoodCode && names.get(s.neighbourhoodCode) ? ` (${names.get(s.neighbourhoodCode)})` : ''}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </fieldset>
        </form>
        <fieldset>
          <legend>{t('public.finder.byPosition')}</legend>
          <button type="button" className="btn btn-outline-primary btn-big" onClick={f.askPosition} disabled={f.position === 'asking'} data-testid="finder-position" aria-describedby="finder-position-note">
            {f.position === 'asking' ? t('public.finder.positionAsking') : t('public.finder.usePosition')}
          </button>
          <p id="finder-position-note" className="small mb-0 mt-1">{t('public.finder.positionNote')}</p>
          {f.position === 'denied' && <p className="mt-2 mb-0" role="alert">{t('public.finder.positionDenied')}</p>}
          {f.position === 'unavailable' && <p className="mt-2 mb-0" role="alert">{t('public.finder.positionUnavailable')}</p>}
        </fieldset>
        <fieldset>
          <legend>{t('public.finder.byNeighbourhood')}</legend>
          <label htmlFor="finder-neighbourhood" className="form-label">{t('public.finder.neighbourhoodLabel')}</label>
          <select id="finder-neighbourhood" className="form-select" style={{ maxWidth: '20rem' }} value={f.neighbourhood} onChange={(e) => f.chooseNeighbourhood(e.target.value)} data-testid="finder-neighbourhood">
            <option value="">{t('public.finder.anyNeighbourhood')}</option>
            {[...f.neighbourhoods].sort((a, b) => a.name.localeCompare(b.name, 'it')).map((n) => (
              <option key={n.code} value={n.code}>{n.name}</option>
            ))}
          </select>
        </fieldset>
      </div>

      <h2 ref={resultsRef} tabIndex={-1} className="h4 page-title" data-testid="finder-results-title">{heading}</h2>
      <ErrorAlert error={f.pointsError} onRetry={() => void f.reloadPoints()} />
      {!f.points && !f.pointsError && <Loading />}
      {f.points && (
        <>
          <p role="status" className="text-secondary" data-testid="finder-count">
            {f.ranked.length === 0 ? t('public.finder.none') : t('public.finder.count', { n: f.ranked.length })}
          </p>
          {f.ranked.length === 0 && f.neighbourhood && (
            <p>
              {t('public.finder.noneInNeighbourhood')} <Link to="/diventa-punto">{t('public.finder.becomeOne')}</Link>
            </p>
          )}
          <div className="row">
            <div className="col-lg-7">
              <ol className="public-list" data-testid="finder-results">
                {shown.map(({ point, metres }, i) => (
                  <li key={point.id} className="public-card d-flex" data-testid={`finder-result-${point.id}`}>
                    <span className="point-number" aria-hidden="true">{i + 1}</span>
                    <div>
                      <h3 className="h5 mb-1">
                        <Link to={`/punti/${point.id}`} data-testid={`finder-link-${point.id}`}>{point.name}</Link>
                      </h3>
                      <p className="mb-1 meta">
                        {t(`common.antennaKind.${point.kind}`)} · {point.address}
                        {names.get(point.neighbourhoodCode) ? ` · ${names.get(point.neighbourhoodCode)}` : ''}
                      </p>
                      {metres !== null && (
                        <p className="mb-1">
                          <span className="distance" data-testid="finder-distance">{distanceText(metres, locale)}</span>{' '}
                          <span className="meta">{walkingMinutes(metres) === 1 ? t('public.finder.walkOne') : t('public.finder.walk', { minutes: walkingMinutes(metres) })}</span>
                        </p>
                      )}
                      {point.openingHours && <p className="mb-0 small">{t('public.point.hours')}: {point.openingHours}</p>}
                    </div>
                  </li>
                ))}
              </ol>
              {f.ranked.length > FIRST && !all && (
                <button type="button" className="btn btn-outline-primary mb-3" onClick={() => setAll(true)} data-testid="finder-show-all">{t('public.finder.showAll', { n: f.ranked.length })}</button>
              )}
            </div>
            <div className="col-lg-5">
              <PublicMap
                neighbourhoods={f.neighbourhoods}
                points={shown.map(({ point }, i) => ({ id: point.id, lat: point.lat, lng: point.lng, label: String(i + 1) }))}
                origin={f.origin}
                highlight={f.neighbourhood || null}
                tileUrl={info?.mapTileUrl}
                tileAttribution={info?.mapTileAttribution}
                label={t('public.map.label', { n: shown.length })}
                fit={f.origin ? [f.origin, ...shown.slice(0, 5).map(({ point }) => point)] : undefined}
              />
            </div>
          </div>
        </>
      )}
    </>
  );
}
