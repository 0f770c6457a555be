import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import type { MyInitiativesQuery } from '../../gql/graphql';
import { useMutation } from '../../api/mutation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert, Loading, PageTitle, StatusBadge } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { useNeighbourhoods } from '../../components/useNeighbourhoods';
import { Initiative, MY_INITIATIVES, Session, UPDATE_SESSION, WITHDRAW } from './communityApi';
import { InitiativeForm } from './InitiativeForm';
import { SeriesForm, SessionForm } from './ScheduleForms';
import { SeatsBadge } from './SeatsBadge';
import { sessionWhen } from './format';
import '../public/public.css';
import './community.css';

type Open = { kind: 'new' } | { kind: 'edit' | 'series' | 'session'; id: string } | null;

/** A session's line for the organiser: when, the seats, and cancel / postpone / schedule again. */
function SessionRow({ s, onDone }: { s: Session; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const { run, pending, error } = useMutation((message) => onDone(message));
  const [asking, setAsking] = useState(false);
  const move = (status: 'CANCELLED' | 'POSTPONED' | 'SCHEDULED', message: string) => void run(UPDATE_SESSION, { input: { id: s.id, status } }, message);
  return (
    <li data-testid={`manage-session-${s.id}`}>
      <span className="when">{sessionWhen(s, locale)}</span>{' '}
      {s.status === 'SCHEDULED' ? <SeatsBadge session={s} /> : <StatusBadge label={t(`community.status.${s.status}`)} tone={s.status === 'CANCELLED' ? 'danger' : 'warning'} />}
      <span className="small text-secondary d-block">{t('community.seats.reserved', { n: s.referralSeats })}</span>
      <ErrorAlert error={error} />
      <div className="d-flex flex-wrap gap-2 mt-1">
        {s.status !== 'CANCELLED' && (
          <button type="button" className="btn btn-sm btn-outline-danger" disabled={pending} onClick={() => setAsking(true)} data-testid={`cancel-session-${s.id}`}>
            {t('community.manage.cancel')}
          </button>
        )}
        {s.status === 'SCHEDULED' && (
          <button type="button" className="btn btn-sm btn-outline-secondary" disabled={pending} onClick={() => move('POSTPONED', t('community.manage.postponed'))}>
            {t('community.manage.postpone')}
          </button>
        )}
        {s.status === 'POSTPONED' && (
          <button type="button" className="btn btn-sm btn-outline-primary" disabled={pending} onClick={() => move('SCHEDULED', t('community.manage.reopened'))}>
            {t('community.manage.reopen')}
          </button>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          title={t('community.manage.cancel')}
          confirmLabel={t('community.manage.cancel')}
          cancelLabel={t('community.form.cancel')}
          danger
          pending={pending}
          onConfirm={() => {
            setAsking(false);
            move('CANCELLED', t('community.manage.cancelled'));
          }}
          onCancel={() => setAsking(false)}
          testId="cancel-session-dialog"
        >
          <p>{t('community.manage.cancelConfirm', { when: sessionWhen(s, locale) })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}

/**
 * The organiser's initiatives, 20 at a time: «Mostra altre» loads one page more, and a change
 * reloads every page shown, so what was on screen stays there. Only the newest answer is applied.
 */
function useManagedInitiatives(withdrawn: boolean) {
  const [pages, setPages] = useState(1);
  const [items, setItems] = useState<Initiative[]>();
  const [more, setMore] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const load = useCallback(
    async (count: number) => {
      const request = ++latest.current;
      setLoading(true);
      try {
        const all: Initiative[] = [];
        let after: string | null = null;
        let next = false;
        for (let page = 0; page < count; page++) {
          const cursor: string | null = after;
          const { myInitiatives }: MyInitiativesQuery = await gql(MY_INITIATIVES, { withdrawn, after: cursor });
          all.push(...myInitiatives.nodes);
          next = myInitiatives.pageInfo.hasNextPage;
          after = myInitiatives.pageInfo.endCursor ?? null;
          if (!next || !after) break;
        }
        if (request !== latest.current) return;
        setItems(all);
        setMore(next);
        setError(undefined);
      } catch (e) {
        if (request === latest.current) setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
      } finally {
        if (request === latest.current) setLoading(false);
      }
    },
    [withdrawn],
  );
  useEffect(() => {
    void load(pages);
  }, [load, pages]);
  return { items, more, error, loading, showMore: () => setPages((p) => p + 1), reload: () => load(pages) };
}

/**
 * The organiser's initiatives (ORG_OPERATOR: their organisation's; ADMIN: the municipality's):
 * publish, edit, withdraw, and schedule sessions one at a time or every week.
 */
export function ManageInitiativesPage() {
  const { t } = useI18n();
  const [withdrawn, setWithdrawn] = useState(false);
  const { items: loaded, more, error, loading, showMore, reload } = useManagedInitiatives(withdrawn);
  const { nameOf } = useNeighbourhoods();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState('');
  const [confirm, setConfirm] = useState<Initiative | null>(null);
  const done = (message: string) => {
    setOpen(null);
    setConfirm(null);
    setSaved(message);
    void reload();
  };
  const withdraw = useMutation(() => done(t('community.manage.withdrawnDone', { title: confirm?.titleIt ?? '' })));
  const items = loaded ?? [];
  return (
    <>
      <PageTitle subtitle={t('community.manage.intro')}>{t('community.manage.title')}</PageTitle>
      <p role="status" className={saved ? 'alert alert-success' : 'visually-hidden'} data-testid="manage-saved">{saved}</p>
      <div className="d-flex flex-wrap gap-3 align-items-center mb-3">
        <button type="button" className="btn btn-primary" onClick={() => { setSaved(''); setOpen({ kind: 'new' }); }} data-testid="initiative-new">{t('community.manage.new')}</button>
        <div className="form-check">
          <input id="show-withdrawn" type="checkbox" className="form-check-input" checked={withdrawn} onChange={(e) => setWithdrawn(e.target.checked)} />
          <label htmlFor="show-withdrawn" className="form-check-label">{t('community.manage.showWithdrawn')}</label>
        </div>
      </div>
      {open?.kind === 'new' && <InitiativeForm onSaved={done} onCancel={() => setOpen(null)} />}
      <ErrorAlert error={error} onRetry={() => void reload()} />
      {loading && !loaded && <Loading />}
      {loaded && items.length === 0 && <p>{t('community.manage.empty')}</p>}
      {items.map((i) => (
        <article key={i.id} className={`manage-card${i.status === 'WITHDRAWN' ? ' withdrawn' : ''}`} data-testid={`manage-initiative-${i.id}`} aria-labelledby={`mi-${i.id}`}>
          <h2 id={`mi-${i.id}`} className="h5 mb-1">
            {i.titleIt} {i.status === 'WITHDRAWN' && <StatusBadge label={t('community.manage.withdrawn')} tone="secondary" />}
          </h2>
          <p className="meta mb-2">
            {t(`community.kind.${i.kind}`)} · {nameOf(i.neighbourhoodCode)} · {i.place.name}
            {i.status === 'PUBLISHED' && (
              <>
                {' · '}
                <Link to={`/iniziative/${i.id}`}>{t('community.manage.publicPage')}</Link>
              </>
            )}
          </p>
          {i.status === 'PUBLISHED' && (
            <div className="d-flex flex-wrap gap-2 mb-2">
              <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => { setSaved(''); setOpen({ kind: 'series', id: i.id }); }} data-testid={`add-series-${i.id}`}>{t('community.manage.addSeries')}</button>
              <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => { setSaved(''); setOpen({ kind: 'session', id: i.id }); }} data-testid={`add-session-${i.id}`}>{t('community.manage.addSession')}</button>
              <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => { setSaved(''); setOpen({ kind: 'edit', id: i.id }); }} data-testid={`edit-initiative-${i.id}`}>{t('community.manage.edit')}</button>
              <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setConfirm(i)} data-testid={`withdraw-initiative-${i.id}`}>{t('community.manage.withdraw')}</button>
            </div>
          )}
          {open?.kind === 'edit' && open.id === i.id && <InitiativeForm initiative={i} onSaved={done} onCancel={() => setOpen(null)} />}
          {open?.kind === 'series' && open.id === i.id && <SeriesForm initiativeId={i.id} onSaved={done} onCancel={() => setOpen(null)} />}
          {open?.kind === 'session' && open.id === i.id && <SessionForm initiativeId={i.id} onSaved={done} onCancel={() => setOpen(null)} />}
          <h3 className="h6 mt-2">{t('community.manage.sessions')}</h3>
          {(i.sessions ?? []).length === 0 ? (
            <p className="mb-0">{t('community.manage.noSessions')}</p>
          ) : (
            <ul className="session-list" data-testid={`manage-sessions-${i.id}`}>
              {(i.sessions ?? []).map((s) => (
                <SessionRow key={s.id} s={s} onDone={done} />
              ))}
            </ul>
          )}
        </article>
      ))}
      {more && (
        <button type="button" className="btn btn-outline-primary" onClick={showMore} disabled={loading} data-testid="manage-more">
          {t('community.manage.more')}
        </button>
      )}
      {confirm && (
        <ConfirmDialog
          title={t('community.manage.withdraw')}
          confirmLabel={t('community.manage.withdraw')}
          cancelLabel={t('community.form.cancel')}
          danger
          pending={withdraw.pending}
          onConfirm={() => void withdraw.run(WITHDRAW, { id: confirm.id }, '')}
          onCancel={() => setConfirm(null)}
          testId="withdraw-dialog"
        >
          <p>{t('community.manage.withdrawConfirm', { title: confirm.titleIt })}</p>
          <ErrorAlert error={withdraw.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
