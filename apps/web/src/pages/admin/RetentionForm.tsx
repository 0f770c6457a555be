import { FormEvent, useEffect, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { focusFirst, FormErrors, serverField, TextField, useErrorText } from '../../components/form';
import { StatusMessage, useFlash } from './shared';
import { graphql } from '../../gql';

const RETENTION = graphql(`query AdminRetention { retention { municipality closedCaseMonths signalDays } }`);
const SET = graphql(`mutation SetRetention($closedCaseMonths: Int!, $signalDays: Int!) { setRetention(closedCaseMonths: $closedCaseMonths, signalDays: $signalDays) { closedCaseMonths signalDays } }`);
const PREFIX = 'retention';
const LIMITS = { signalDays: { min: 1, max: 3650 }, closedCaseMonths: { min: 1, max: 240 } };

function inRange(text: string, { min, max }: { min: number; max: number }): number | undefined {
  if (!/^\d{1,5}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : undefined;
}

/** How long personal data is kept: signals that never became a case, and closed cases. */
export function RetentionForm() {
  const { t } = useI18n();
  const text = useErrorText();
  const { data, error: loadError, loading, reload } = useQuery(RETENTION);
  const { run, pending, error } = useMutation();
  const [signalDays, setSignalDays] = useState('');
  const [closedCaseMonths, setClosedCaseMonths] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [flash, setFlash] = useFlash();
  const blamed = serverField(error?.field);

  useEffect(() => {
    if (!data) return;
    setSignalDays(String(data.retention.signalDays));
    setClosedCaseMonths(String(data.retention.closedCaseMonths));
  }, [data]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const days = inRange(signalDays, LIMITS.signalDays);
    const months = inRange(closedCaseMonths, LIMITS.closedCaseMonths);
    const found: FormErrors = {};
    if (days === undefined) found.signalDays = { key: 'admin.validation.range', params: LIMITS.signalDays };
    if (months === undefined) found.closedCaseMonths = { key: 'admin.validation.range', params: LIMITS.closedCaseMonths };
    setErrors(found);
    if (days === undefined || months === undefined) {
      focusFirst(PREFIX, found);
      return;
    }
    if (!(await run(SET, { signalDays: days, closedCaseMonths: months }))) return;
    setFlash(t('admin.retention.done', { days, months }));
    await reload();
  }

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="retention-title">
      <h2 id="retention-title" className="h4">
        {t('admin.retention.title')}
      </h2>
      <p>{t('admin.retention.intro')}</p>
      <StatusMessage message={flash} testId="retention-status" />
      <ErrorAlert error={loadError} onRetry={reload} />
      {loading && !data ? (
        <Loading />
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="retention-form">
          <ErrorAlert error={error} />
          <TextField
            id={`${PREFIX}-signalDays`}
            label={t('admin.retention.signalDays')}
            hint={t('admin.retention.signalDaysHint', LIMITS.signalDays)}
            inputMode="numeric"
            value={signalDays}
            onChange={setSignalDays}
            error={text(errors.signalDays)}
            blamed={blamed === 'signalDays'}
            testId="retention-signal-days"
          />
          <TextField
            id={`${PREFIX}-closedCaseMonths`}
            label={t('admin.retention.closedCaseMonths')}
            hint={t('admin.retention.closedCaseMonthsHint', LIMITS.closedCaseMonths)}
            inputMode="numeric"
            value={closedCaseMonths}
            onChange={setClosedCaseMonths}
            error={text(errors.closedCaseMonths)}
            blamed={blamed === 'closedCaseMonths'}
            testId="retention-closed-months"
          />
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="retention-submit">
            {t('common.save')}
          </button>
        </form>
      )}
    </section>
  );
}
