import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { AuthPayload, homeFor, useSession } from '../../auth/session';
import { errorText, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { MIN_PASSWORD } from '../AccountTokenPage';
import { graphql } from '../../gql';

const REDEEM = graphql(`mutation Redeem($email: String!, $code: String!, $password: String!, $trustDevice: Boolean) {
  redeemAccountCode(email: $email, code: $code, password: $password, trustDevice: $trustDevice) { ...SessionPayload }
}`);

/** As the gateway reads a code: 8 characters, spaces and dashes ignored, any case. */
export function codeLooksRight(text: string): boolean {
  return /^[A-Z0-9]{8}$/i.test(text.replace(/[\s-]/g, ''));
}

/**
 * «Ho un codice»: the e-mail and the 8-character code an administrator read out (or printed on the
 * card), and the password the person chooses. Works for an invitation and for a reset alike.
 */
export function CodePage() {
  const { t, locale } = useI18n();
  const { adopt } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [trust, setTrust] = useState(false);
  const [error, setError] = useState<{ text: string; field?: string }>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !code.trim() || !password || !repeat) return fail(t('access.code.required'));
    if (!codeLooksRight(code)) return fail(t('access.code.codeShape'), 'code');
    if (password.length < MIN_PASSWORD) return fail(t('common.account.tooShort', { n: MIN_PASSWORD }), 'password');
    if (password !== repeat) return fail(t('common.account.mismatch'), 'repeat');
    setPending(true);
    setError(undefined);
    try {
      const data = await gql(REDEEM, { email: email.trim(), code: code.trim(), password, trustDevice: trust }, { auth: false });
      adopt(data.redeemAccountCode);
      void navigate(homeFor(data.redeemAccountCode.account.role), { replace: true });
    } catch (e) {
      if (e instanceof ApiError && !e.network && e.code === 'RATE_LIMITED') fail(t('access.code.locked'));
      else if (e instanceof ApiError && !e.network && e.field === 'code') fail(t('access.code.wrong'), 'code');
      else fail(errorText(e as Error, t, locale), e instanceof ApiError ? (e.field ?? undefined) : undefined);
    } finally {
      setPending(false);
    }
  }

  function fail(text: string, field?: string) {
    setError({ text, field });
    window.setTimeout(() => document.getElementById(field ? `code-${field}` : 'code-error')?.focus(), 0);
  }

  const invalid = (field: string) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'code-error' } : {});
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageTitle subtitle={t('access.code.intro')}>{t('access.code.title')}</PageTitle>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="card card-body shadow-sm" data-testid="code-form">
          {error && (
            <div id="code-error" className="alert alert-danger" role="alert" tabIndex={-1} data-testid="code-error">
              {error.text}
            </div>
          )}
          <div className="mb-3">
            <label htmlFor="code-email" className="form-label">
              {t('access.code.email')}
            </label>
            <input id="code-email" className="form-control form-control-lg" type="email" inputMode="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} {...invalid('email')} data-testid="code-email" />
          </div>
          <div className="mb-3">
            <label htmlFor="code-code" className="form-label">
              {t('access.code.code')}
            </label>
            <input
              id="code-code"
              className="form-control form-control-lg font-monospace text-uppercase access-code-input"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              aria-describedby={error?.field === 'code' ? 'code-error code-code-hint' : 'code-code-hint'}
              aria-invalid={error?.field === 'code' || undefined}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              data-testid="code-code"
            />
            <p id="code-code-hint" className="form-text">
              {t('access.code.codeHint')}
            </p>
          </div>
          <div className="mb-3">
            <label htmlFor="code-password" className="form-label">
              {t('access.code.password', { n: MIN_PASSWORD })}
            </label>
            <input id="code-password" className="form-control form-control-lg" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby="code-password-hint" aria-invalid={error?.field === 'password' || undefined} data-testid="code-password" />
            <p id="code-password-hint" className="form-text">
              {t('access.code.passwordHint')}
            </p>
          </div>
          <div className="mb-3">
            <label htmlFor="code-repeat" className="form-label">
              {t('access.code.repeat')}
            </label>
            <input id="code-repeat" className="form-control form-control-lg" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} {...invalid('repeat')} data-testid="code-repeat" />
          </div>
          <RememberDevice checked={trust} onChange={setTrust} id="code-trust" />
          <button type="submit" className="btn btn-primary btn-lg w-100" disabled={pending} data-testid="code-submit">
            {t('access.code.submit')}
          </button>
        </form>
        <p className="mt-3">
          <Link to="/login">{t('access.forgotPage.back')}</Link>
        </p>
      </div>
    </div>
  );
}

/** «Ricorda questo dispositivo», with what it means, where a person signs in. */
export function RememberDevice({ id, checked, onChange }: { id: string; checked: boolean; onChange(value: boolean): void }) {
  const { t } = useI18n();
  return (
    <div className="form-check mb-4 access-remember">
      <input id={id} className="form-check-input" type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} data-testid={id} />
      <label htmlFor={id} className="form-check-label fw-semibold">
        {t('access.remember')}
      </label>
      <p id={`${id}-hint`} className="form-text mb-0">
        {t('access.rememberHint')}
      </p>
    </div>
  );
}
