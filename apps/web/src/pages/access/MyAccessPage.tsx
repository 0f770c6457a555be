import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { useSession } from '../../auth/session';
import { TRUSTED_REFRESH_KEY } from '../../auth/storageKeys';
import { errorText, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { MIN_PASSWORD } from '../AccountTokenPage';
import { graphql } from '../../gql';

const CHANGE = graphql(`mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`);
const EVERYWHERE = graphql(`mutation LogoutEverywhere { logoutEverywhere }`);

function trustedHere(): boolean {
  try {
    return window.localStorage.getItem(TRUSTED_REFRESH_KEY) !== null;
  } catch {
    return false;
  }
}

/** «Il mio accesso», for every signed-in role: change the password; sign out of every device. */
export function MyAccessPage() {
  const { t, locale } = useI18n();
  const { logout } = useSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ text: string; field?: string }>();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const [everywhereError, setEverywhereError] = useState<string>();

  async function onChange(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!current || !next || !repeat) return setError({ text: t('access.mine.required') });
    if (next.length < MIN_PASSWORD) return setError({ text: t('common.account.tooShort', { n: MIN_PASSWORD }), field: 'next' });
    if (next !== repeat) return setError({ text: t('common.account.mismatch'), field: 'repeat' });
    setPending(true);
    setError(undefined);
    try {
      await gql(CHANGE, { current, next });
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (e) {
      if (e instanceof ApiError && !e.network && e.field === 'currentPassword') setError({ text: t('access.mine.wrongCurrent'), field: 'current' });
      else setError({ text: errorText(e as Error, t, locale) });
    } finally {
      setPending(false);
    }
  }

  async function onEverywhere() {
    setEverywhereError(undefined);
    try {
      await gql(EVERYWHERE, {});
      // This session ended too: wipe the device as at sign-out.
      await logout();
      void navigate('/login', { replace: true });
    } catch (e) {
      setEverywhereError(errorText(e as Error, t, locale));
    }
  }

  const described = (field: string) => (error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': 'mine-error' } : {});
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <PageTitle subtitle={t('access.mine.intro')}>{t('access.mine.title')}</PageTitle>
        <section className="card card-body shadow-sm mb-4" aria-labelledby="mine-change-title">
          <h2 id="mine-change-title" className="h4">
            {t('access.mine.changeTitle')}
          </h2>
          {done && (
            <div className="alert alert-success" role="status" data-testid="mine-changed">
              {t('access.mine.changed')}
            </div>
          )}
          <form onSubmit={(e) => void onChange(e)} noValidate data-testid="mine-change-form">
            {error && (
              <div id="mine-error" className="alert alert-danger" role="alert" data-testid="mine-error">
                {error.text}
              </div>
            )}
            <div className="mb-3">
              <label htmlFor="mine-current" className="form-label">
                {t('access.mine.current')}
              </label>
              <input id="mine-current" className="form-control" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} {...described('current')} data-testid="mine-current" />
            </div>
            <div className="mb-3">
              <label htmlFor="mine-next" className="form-label">
                {t('access.mine.next', { n: MIN_PASSWORD })}
              </label>
              <input id="mine-next" className="form-control" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} {...described('next')} data-testid="mine-next" />
            </div>
            <div className="mb-4">
              <label htmlFor="mine-repeat" className="form-label">
                {t('access.mine.repeat')}
              </label>
              <input id="mine-repeat" className="form-control" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} {...described('repeat')} data-testid="mine-repeat" />
            </div>
            <button type="submit" className="btn btn-primary" disabled={pending} data-testid="mine-submit">
              {t('access.mine.submit')}
            </button>
          </form>
        </section>
        <section className="card card-body shadow-sm mb-4" aria-labelledby="mine-everywhere-title">
          <h2 id="mine-everywhere-title" className="h4">
            {t('access.mine.everywhereTitle')}
          </h2>
          <p>{t('access.mine.everywhereIntro')}</p>
          <p data-testid="mine-trusted-here">{trustedHere() ? t('access.mine.trustedHere') : t('access.mine.notTrustedHere')}</p>
          {everywhereError && (
            <div className="alert alert-danger" role="alert">
              {everywhereError}
            </div>
          )}
          <div>
            <button type="button" className="btn btn-outline-danger" onClick={() => void onEverywhere()} data-testid="mine-everywhere">
              {t('access.mine.everywhere')}
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}
