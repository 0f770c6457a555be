import { FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { gql } from '../api/client';
import { homeFor, useSession } from '../auth/session';
import { errorText, PageTitle } from '../components/common';
import { useI18n } from '../i18n/i18n';

const ACCEPT = 'mutation Accept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { account { id } } }';
const RESET = 'mutation Reset($token: String!, $password: String!) { completePasswordReset(token: $token, password: $password) }';
/** As the gateway requires (PASSWORD_MIN_LENGTH). */
export const MIN_PASSWORD = 10;

/**
 * Where an invitation or a password reset link lands: /invito#token=… or /reimposta#token=….
 * The token travels in the fragment, which the browser never sends to a server or a log.
 */
export function AccountTokenPage({ mode }: { mode: 'invite' | 'reset' }) {
  const { t, locale } = useI18n();
  const { login } = useSession();
  const navigate = useNavigate();
  const token = useMemo(() => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '', []);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const key = mode === 'invite' ? 'invite' : 'reset';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) return setError(t('common.account.tooShort', { n: MIN_PASSWORD }));
    if (password !== repeat) return setError(t('common.account.mismatch'));
    setPending(true);
    setError(undefined);
    try {
      await gql(mode === 'invite' ? ACCEPT : RESET, { token, password }, { auth: false });
      window.history.replaceState(null, '', window.location.pathname);
      if (mode === 'invite' && email) {
        const account = await login(email, password);
        navigate(homeFor(account.role), { replace: true });
        return;
      }
      setDone(true);
    } catch (e) {
      setError(errorText(e as Error, t, locale));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageTitle subtitle={t(`common.account.${key}Intro`)}>{t(`common.account.${key}Title`)}</PageTitle>
        {!token && (
          <div className="alert alert-warning" role="alert">
            {t('common.account.noToken')}
          </div>
        )}
        {done ? (
          <div className="alert alert-success" role="status">
            <p>{t('common.account.done')}</p>
            <Link to="/login">{t('common.login.submit')}</Link>
          </div>
        ) : (
          token && (
            <form onSubmit={onSubmit} noValidate className="card card-body shadow-sm">
              {error && (
                <div className="alert alert-danger" role="alert">
                  {error}
                </div>
              )}
              {mode === 'invite' && (
                <div className="mb-3">
                  <label htmlFor="account-email" className="form-label">
                    {t('common.account.email')}
                  </label>
                  <input id="account-email" type="email" className="form-control" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
                </div>
              )}
              <div className="mb-3">
                <label htmlFor="account-password" className="form-label">
                  {t('common.account.password', { n: MIN_PASSWORD })}
                </label>
                <input id="account-password" type="password" className="form-control" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
              </div>
              <div className="mb-4">
                <label htmlFor="account-repeat" className="form-label">
                  {t('common.account.repeat')}
                </label>
                <input id="account-repeat" type="password" className="form-control" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
              </div>
              <button type="submit" className="btn btn-primary" disabled={pending}>
                {t(`common.account.${key}Submit`)}
              </button>
            </form>
          )
        )}
      </div>
    </div>
  );
}
