import { FormEvent, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { RESET_PATH } from './constants';
import { FormErrors, TextField, useErrorText } from '../../components/form';
import { Issued, IssuedAccess } from './InviteAccountForm';
import { graphql } from '../../gql';

const RESET = graphql(`mutation IssuePasswordReset($email: String!) { issuePasswordReset(email: $email) { token code email expiresAt } }`);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** A one-time password reset for a person who forgot theirs: the link is shown once, to hand over. */
export function ResetPasswordForm({ email, onEmail }: { email: string; onEmail(email: string): void }) {
  const { t } = useI18n();
  const text = useErrorText();
  const { run, pending, error } = useMutation();
  const [errors, setErrors] = useState<FormErrors>({});
  const [issued, setIssued] = useState<Issued>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors = EMAIL.test(email.trim()) ? {} : { email: { key: 'admin.validation.email' } };
    setErrors(found);
    if (found.email) {
      document.getElementById('reset-email')?.focus();
      return;
    }
    const result = await run(RESET, { email: email.trim() });
    if (!result) return;
    setIssued({ name: result.issuePasswordReset.email, ...result.issuePasswordReset });
    onEmail('');
  }

  return (
    <section id="reset-password" className="card card-body shadow-sm mb-4" aria-labelledby="reset-title">
      <h2 id="reset-title" className="h4">
        {t('admin.reset.title')}
      </h2>
      <p>{t('admin.reset.intro')}</p>
      {issued && <IssuedAccess id="reset-secret" issued={issued} path={RESET_PATH} title={t('admin.reset.secretTitle', { email: issued.email })} onDone={() => setIssued(undefined)} />}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="reset-form">
        <ErrorAlert error={error} />
        <TextField id="reset-email" label={t('admin.reset.email')} type="email" inputMode="email" value={email} onChange={onEmail} error={text(errors.email)} blamed={!!error?.field} testId="reset-email" />
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="reset-submit">
          {t('admin.reset.submit')}
        </button>
      </form>
    </section>
  );
}
