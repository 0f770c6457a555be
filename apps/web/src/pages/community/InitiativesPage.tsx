import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { NEIGHBOURHOODS, Neighbourhood, usePublicInfo } from '../public/publicApi';
import { DAY_PARTS, FINDER, INITIATIVE_KINDS, Initiative } from './communityApi';
import { SeatsBadge } from './SeatsBadge';
import { localText, organiserText, sessionWhen } from './format';
import '../public/public.css';
import './community.css';

const CHECKS = [
  { param: 'gratis', var: 'free', label: 'community.finder.free', testId: 'finder-free' },
  { param: 'senza-gradini', var: 'stepFree', label: 'community.finder.stepFree', testId: 'finder-step-free' },
  { param: 'da-soli', var: 'alone', label: 'community.finder.livingAlone', testId: 'finder-alone' },
] as const;

/**
 * The finder of activities and places (no login): by neighbourhood, part of the day, kind, free,
 * step-free, good for people living alone. The filters live in the address so a page can be
 * shared (?quartiere=crocetta&quando=AFTERNOON&da-soli=1); soonest session first, 20 at a time.
 */
export function InitiativesPage() {
  const { t, locale } = useI18n();
  const { municipality } = usePublicInfo();
  const [params, setParams] = useSearchParams();
  const neighbourhood = params.get('quartiere') ?? '';
  const part = params.get('quando') ?? '';
  const kind = params.get('tipo') ?? '';
  const checked = (p: string) => params.get(p) === '1';
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality }, { skip: !municipality });
  const names = new Map((shapes.data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  const [items, setItems] = useState<Initiative[]>();
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const key = params.toString();

  const load = useCallback(
    async (after: string | null) => {
      if (!municipality) return;
      setLoading(true);
      setError(undefined);
      try {
        const f = new URLSearchParams(key);
        const vars: Record<string, unknown> = { m: municipality, h: f.get('quartiere') || null, part: f.get('quando') || null, kind: f.get('tipo') || null, after };
        for (const c of CHECKS) vars[c.var] = f.get(c.param) === '1' ? true : null;
        const d = await gql(FINDER, vars, { auth: false });
        setItems((prev) => (after ? [...(prev ?? []), ...d.initiatives.nodes] : d.initiatives.nodes));
        setNext(d.initiatives.pageInfo.hasNextPage ? d.initiatives.pageInfo.endCursor : null);
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
      } finally {
        setLoading(false);
      }
    },
    [municipality, key],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const set = (name: string, value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(name, value);
    else p.delete(name);
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageTitle subtitle={t('community.finder.intro')}>{t('community.finder.title')}</PageTitle>
      <form className="public-card mb-3" aria-label={t('community.finder.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="row g-3">
          <div className="col-12 col-md-4">
            <label htmlFor="fi-where" className="form-label">{t('community.finder.neighbourhood')}</label>
            <select id="fi-where" className="form-select" value={neighbourhood} onChange={(e) => set('quartiere', e.target.value)} data-testid="finder-neighbourhood">
              <option value="">{t('community.finder.anyNeighbourhood')}</option>
              {[...(shapes.data?.neighbourhoods ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it')).map((n) => (
                <option key={n.code} value={n.code}>{n.name}</option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-4">
            <label htmlFor="fi-when" className="form-label">{t('community.finder.dayPart')}</label>
            <select id="fi-when" className="form-select" value={part} onChange={(e) => set('quando', e.target.value)} data-testid="finder-day-part">
              <option value="">{t('community.finder.anyTime')}</option>
              {DAY_PARTS.map((p) => (
                <option key={p} value={p}>{t(`community.dayPart.${p}`)}</option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-4">
            <label htmlFor="fi-kind" className="form-label">{t('community.finder.kind')}</label>
            <select id="fi-kind" className="form-select" value={kind} onChange={(e) => set('tipo', e.target.value)} data-testid="finder-kind">
              <option value="">{t('community.finder.anyKind')}</option>
              {INITIATIVE_KINDS.map((k) => (
                <option key={k} value={k}>{t(`community.kind.${k}`)}</option>
              ))}
            </select>
          </div>
          <div className="col-12 finder-checks">
            {CHECKS.map((c) => (
              <div key={c.param} className="form-check">
                <input id={`fi-${c.param}`} type="checkbox" className="form-check-input" checked={checked(c.param)} onChange={(e) => set(c.param, e.target.checked ? '1' : '')} data-testid={c.testId} />
                <label htmlFor={`fi-${c.param}`} className="form-check-label">{t(c.label)}</label>
              </div>
            ))}
          </div>
        </div>
      </form>
      <ErrorAlert error={error} onRetry={() => void load(null)} />
      {!items && loading && <Loading />}
      {items && (
        <>
          <p role="status" className="text-secondary" data-testid="finder-count">
            {items.length === 0 ? t('community.finder.none') : next ? t('community.finder.countMore', { n: items.length }) : t('community.finder.count', { n: items.length })}
          </p>
          <ul className="public-list" data-testid="finder-results">
            {items.map((i) => {
              const text = localText(i, locale);
              return (
                <li key={i.id} className="public-card initiative-card" data-testid={`initiative-${i.id}`}>
                  <h2 className="h5 mb-1" lang={text.lang}>
                    <Link to={`/iniziative/${i.id}`} data-testid={`initiative-link-${i.id}`}>{text.title}</Link>
                  </h2>
                  <p className="mb-1 meta">
                    {t(`community.kind.${i.kind}`)} · {names.get(i.neighbourhoodCode) ?? i.neighbourhoodCode} · {organiserText(i, t)}
                  </p>
                  {i.nextSession ? (
                    <p className="mb-1">
                      <span className="when">{sessionWhen(i.nextSession, locale)}</span>
                      <br />
                      <SeatsBadge session={i.nextSession} />
                    </p>
                  ) : (
                    <p className="mb-1">{t('community.finder.noNext')}</p>
                  )}
                  <p className="mb-0">
                    <span className="need-chip">{i.free ? t('community.finder.freeChip') : t('community.finder.paidChip')}</span>
                    {i.place.stepFree && <span className="need-chip">{t('community.finder.stepFreeChip')}</span>}
                    {i.goodForLivingAlone && <span className="need-chip">{t('community.finder.aloneChip')}</span>}
                  </p>
                </li>
              );
            })}
          </ul>
          {next && (
            <button type="button" className="btn btn-outline-primary btn-big" onClick={() => void load(next)} disabled={loading} data-testid="finder-more">
              {t('community.finder.more')}
            </button>
          )}
        </>
      )}
      <p className="small text-secondary mt-4">
        {t('community.finder.openData')}{' '}
        <a href="/open-data">{t('community.finder.openDataLink')}</a>
      </p>
    </>
  );
}
