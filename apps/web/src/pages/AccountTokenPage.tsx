import { FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { gql } from '../api/client';
import { AuthPayload, homeFor, useSession } from '../auth/session';
import { errorText, PageTitle } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { graphql } from '../gql';

const ACCEPT = graphql(`mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { ...SessionPayload } }`);
const RESET = graphql(`mutation Reset($token: String!, $password: String!) { completePasswordReset(token: $token, password: $password) }`);
/** As the gateway requires (PASSWORD_MIN_LENGTH). */
export const MIN_PASSWORD = 10;

/**
 * Where an invitation or a password reset link lands: /invito#token=… or /reimposta#token=….
 * The token travels in the fragment, which the browser never sends to a server or a log.
 */
export function AccountTokenPage({ mode }: { mode: 'invite' | 'reset' }) {
  const { t, locale } = useI18n();
  const { adopt } = useSession();
  const navigate = useNavigate();
  // Read once, then taken out of the address bar and the history at once: a shared device must
  // not keep a usable link (an invitation lasts 7 days).
  const [token] = useState(() => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '');
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
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
      if (mode === 'invite') {
        // Accepting signs the person in: take that session over rather than signing in again.
        const data = await gql(ACCEPT, { token, password }, { auth: false });
        adopt(data.acceptInvitation);
        void navigate(homeFor(data.acceptInvitation.account.role), { replace: true });
        return;
      }
      await gql(RESET, { token, password }, { auth: false });
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
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="card card-body shadow-sm">
              {error && (
                <div className="alert alert-danger" role="alert">
                  {error}
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
