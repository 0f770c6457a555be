import { FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { homeFor, useSession } from '../auth/session';
import { errorText, PageTitle } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { RememberDevice } from './access/CodePage';

export function LoginPage() {
  const { t, locale } = useI18n();
  const { account, login, unsentLost } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [trust, setTrust] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  if (account) return <Navigate to={homeFor(account.role)} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('common.login.required'));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const signedIn = await login(email.trim(), password, trust);
      void navigate(homeFor(signedIn.role), { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'RATE_LIMITED') setError(t('common.login.locked'));
      else if (e instanceof ApiError && !e.network && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN' || e.code === 'VALIDATION' || e.code === 'BAD_USER_INPUT')) setError(t('common.login.failed'));
      else setError(errorText(e as Error, t, locale));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-5">
        <PageTitle subtitle={t('common.login.intro')}>{t('common.login.title')}</PageTitle>
        {unsentLost > 0 && (
          <div className="alert alert-warning" role="alert" data-testid="unsent-lost">
            {unsentLost === 1 ? t('common.login.unsentLostOne') : t('common.login.unsentLostMany', { n: unsentLost })}
          </div>
        )}
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="card card-body shadow-sm">
          {error && (
            <div className="alert alert-danger" role="alert">
              {error}
            </div>
          )}
          <div className="mb-3">
            <label htmlFor="login-email" className="form-label">
              {t('common.login.email')}
            </label>
            <input id="login-email" className="form-control" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
          </div>
          <div className="mb-3">
            <label htmlFor="login-password" className="form-label">
              {t('common.login.password')}
            </label>
            <input id="login-password" className="form-control" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
          <RememberDevice id="login-trust" checked={trust} onChange={setTrust} />
          <button type="submit" className="btn btn-primary btn-lg w-100" disabled={pending}>
            {t('common.login.submit')}
          </button>
        </form>
        <nav className="card card-body shadow-sm mt-3" aria-label={t('access.otherWays')}>
          <ul className="list-unstyled mb-0 login-other-ways">
            <li>
              <Link to="/codice" className="btn btn-outline-primary btn-lg w-100" data-testid="login-have-code">
                {t('access.haveCode')}
              </Link>
            </li>
            <li>
              <Link to="/password-dimenticata" data-testid="login-forgot">
                {t('access.forgot')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  );
}
