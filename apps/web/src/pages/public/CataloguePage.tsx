import type { Need } from '../../gql/graphql';
import { FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { NEEDS } from '../../domain';
import { useI18n } from '../../i18n/i18n';
import { availability } from './availability';
import { areasText } from './places';
import { CATALOGUE, CatalogueItem, NEIGHBOURHOODS, Neighbourhood, usePublicInfo } from './publicApi';
import './public.css';

type Page = { catalogue: { nodes: CatalogueItem[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/**
 * The catalogue of services (WeMi-like): by need, neighbourhood, words and "available now". The
 * filters live in the address (?bisogno=FOOD&quartiere=bettola&q=pasti&ora=1) so a page can be
 * shared; 20 at a time.
 */
export function CataloguePage() {
  const { t } = useI18n();
  const { municipality } = usePublicInfo();
  const [params, setParams] = useSearchParams();
  const need = params.get('bisogno') ?? '';
  const neighbourhood = params.get('quartiere') ?? '';
  const q = params.get('q') ?? '';
  const now = params.get('ora') === '1';
  const [text, setText] = useState(q);
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality }, { skip: !municipality });
  const names = new Map((shapes.data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  const [items, setItems] = useState<CatalogueItem[]>();
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);

  const load = useCallback(
    async (after: string | null) => {
      if (!municipality) return;
      setLoading(true);
      setError(undefined);
      try {
        const d = await gql(CATALOGUE, { m: municipality, need: (need || null) as Need | null, h: neighbourhood || null, q: q || null, now: now || null, after }, { auth: false });
        setItems((prev) => (after ? [...(prev ?? []), ...d.catalogue.nodes] : d.catalogue.nodes));
        setNext(d.catalogue.pageInfo.hasNextPage ? d.catalogue.pageInfo.endCursor : null);
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
      } finally {
        setLoading(false);
      }
    },
    [municipality, need, neighbourhood, q, now],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const set = (key: string, value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    set('q', text.trim());
  };

  return (
    <>
      <PageTitle subtitle={t('public.catalogue.intro')}>{t('public.catalogue.title')}</PageTitle>
      <form onSubmit={onSearch} role="search" className="public-card mb-3" aria-label={t('public.catalogue.filters')}>
        <div className="row g-3">
          <div className="col-12 col-md-6">
            <label htmlFor="cat-q" className="form-label">{t('public.catalogue.words')}</label>
            <div className="d-flex gap-2">
              <input id="cat-q" type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('public.catalogue.wordsPlaceholder')} data-testid="catalogue-search" />
              <button type="submit" className="btn btn-primary" data-testid="catalogue-search-submit">{t('public.catalogue.search')}</button>
            </div>
          </div>
          <div className="col-12 col-md-6">
            <label htmlFor="cat-need" className="form-label">{t('public.catalogue.need')}</label>
            <select id="cat-need" className="form-select" value={need} onChange={(e) => set('bisogno', e.target.value)} data-testid="catalogue-need">
              <option value="">{t('public.catalogue.anyNeed')}</option>
              {NEEDS.map((n) => (
                <option key={n} value={n}>{t(`public.needs.${n}`)}</option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-6">
            <label htmlFor="cat-where" className="form-label">{t('public.catalogue.neighbourhood')}</label>
            <select id="cat-where" className="form-select" value={neighbourhood} onChange={(e) => set('quartiere', e.target.value)} data-testid="catalogue-neighbourhood">
              <option value="">{t('public.catalogue.anyNeighbourhood')}</option>
              {[...(shapes.data?.neighbourhoods ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it')).map((n) => (
                <option key={n.code} value={n.code}>{n.name}</option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-6 d-flex align-items-end">
            <div className="form-check">
              <input id="cat-now" type="checkbox" className="form-check-input" checked={now} onChange={(e) => set('ora', e.target.checked ? '1' : '')} data-testid="catalogue-now" />
              <label htmlFor="cat-now" className="form-check-label">{t('public.catalogue.availableNow')}</label>
            </div>
          </div>
        </div>
      </form>
      <ErrorAlert error={error} onRetry={() => void load(null)} />
      {!items && loading && <Loading />}
      {items && (
        <>
          <p role="status" className="text-secondary" data-testid="catalogue-count">
            {items.length === 0 ? t('public.catalogue.none') : next ? t('public.catalogue.countMore', { n: items.length }) : t('public.catalogue.count', { n: items.length })}
          </p>
          <ul className="public-list" data-testid="catalogue-results">
            {items.map((s) => {
              const a = availability(s, t);
              return (
                <li key={s.id} className="public-card" data-testid={`catalogue-item-${s.id}`}>
                  <h2 className="h5 mb-1">
                    <Link to={`/catalogo/${s.id}`} data-testid={`catalogue-link-${s.id}`}>{s.name}</Link>
                  </h2>
                  <p className="mb-1 meta">{s.organisationName}</p>
                  <p className={`mb-1 availability ${a.tone}`}>{a.text}</p>
                  {s.description && <p className="mb-1">{s.description}</p>}
                  {s.places[0] && (
                    <p className="mb-1 small">
                      {t('public.catalogue.where')}: {s.places.map((p) => p.address ?? p.name).join(' · ')}
                    </p>
                  )}
                  {s.neighbourhoodCodes.length > 0 && (
                    <p className="mb-1 small">
                      {t('public.catalogue.forNeighbourhoods')}:{' '}
                      {areasText(s.neighbourhoodCodes, names, t)}
                    </p>
                  )}
                  {s.needs.length > 0 && (
                    <p className="mb-0">
                      <span className="visually-hidden">{t('public.catalogue.needsLabel')}: </span>
                      {s.needs.map((n) => (
                        <span key={n} className="need-chip">{t(`public.needs.${n}`)}</span>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          {next && (
            <button type="button" className="btn btn-outline-primary" onClick={() => void load(next)} disabled={loading} data-testid="catalogue-more">
              {t('public.catalogue.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
