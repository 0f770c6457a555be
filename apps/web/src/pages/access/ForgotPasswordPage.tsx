import { FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';

const OPTIONS = graphql(`query SignInOptions { signInOptions { passwordResetByEmail } }`);
const REQUEST = graphql(`mutation RequestReset($email: String!) { requestPasswordReset(email: $email) }`);

/**
 * «Password dimenticata»: where the installation e-mails reset links, the person asks for one
 * (the answer is the same whether the address has an account or not); where it does not, the page
 * says to ask the municipality's administration for a code, and leads to «Ho un codice».
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const options = useQuery(OPTIONS);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [byEmail, setByEmail] = useState<boolean>();
  const [error, setError] = useState<Error>();
  const [pending, setPending] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const emailWorks = byEmail ?? options.data?.signInOptions.passwordResetByEmail;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim())) {
      setInvalid(true);
      field.current?.focus();
      return;
    }
    setInvalid(false);
    setPending(true);
    setError(undefined);
    try {
      const data = await gql(REQUEST, { email: email.trim() }, { auth: false });
      setByEmail(data.requestPasswordReset);
      setSent(data.requestPasswordReset);
    } catch (e) {
      setError(e as Error);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageTitle>{t('access.forgotPage.title')}</PageTitle>
        <ErrorAlert error={options.error ?? error} />
        {options.loading && !options.data ? (
          <Loading />
        ) : emailWorks ? (
          sent ? (
            <div className="alert alert-success" role="status" data-testid="forgot-sent">
              {t('access.forgotPage.sent')}
            </div>
          ) : (
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="card card-body shadow-sm" data-testid="forgot-form">
              <p>{t('access.forgotPage.introEmail')}</p>
              <div className="mb-4">
                <label htmlFor="forgot-email" className="form-label">
                  {t('access.forgotPage.email')}
                </label>
                <input
                  id="forgot-email"
                  ref={field}
                  className="form-control form-control-lg"
                  type="email"
                  inputMode="email"
                  autoComplete="username"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? 'forgot-email-error' : undefined}
                  data-testid="forgot-email"
                />
                {invalid && (
                  <p id="forgot-email-error" className="text-danger mt-1 mb-0">
                    {t('admin.validation.email')}
                  </p>
                )}
              </div>
              <button type="submit" className="btn btn-primary btn-lg w-100" disabled={pending} data-testid="forgot-submit">
                {t('access.forgotPage.submit')}
              </button>
            </form>
          )
        ) : (
          options.data && (
            <section className="card card-body shadow-sm" aria-labelledby="forgot-admin-title" data-testid="forgot-ask-admin">
              <h2 id="forgot-admin-title" className="h4">
                {t('access.forgotPage.noEmailTitle')}
              </h2>
              <p>{t('access.forgotPage.noEmail')}</p>
              <p className="mb-2">{t('access.forgotPage.thenCode')}</p>
              <Link to="/codice" className="btn btn-primary btn-lg" data-testid="forgot-to-code">
                {t('access.haveCode')}
              </Link>
            </section>
          )
        )}
        <p className="mt-3">
          <Link to="/login">{t('access.forgotPage.back')}</Link>
        </p>
      </div>
    </div>
  );
}
