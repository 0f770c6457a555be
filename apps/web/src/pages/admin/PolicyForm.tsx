import { FormEvent, useEffect, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading } from '../../components/common';
import { TIME_ZONE, useI18n } from '../../i18n/i18n';
import { URGENCIES } from './constants';
import { CheckField, ChoiceGroup, focusFirst, FormErrors, SelectField, serverField, TextField, useErrorText } from '../../components/form';
import { StatusMessage, useFlash } from './shared';
import { graphql } from '../../gql';

graphql(`fragment PolicyFields on MunicipalityPolicy { municipality requireRunts slaDayMode patronDay deskEmail alertEscalationMinutes supervisorEmail targets { urgency acceptHours firstContactHours } }`);
const POLICY = graphql(`query AdminPolicy { municipalityPolicy { ...PolicyFields } }`);
const SET = graphql(`mutation SetMunicipalityPolicy($input: SetMunicipalityPolicyInput!) { setMunicipalityPolicy(input: $input) { ...PolicyFields } }`);
const PREFIX = 'policy';
const ACCEPT_MAX = 24 * 60;
const CONTACT_MAX = 24 * 90;
const ESCALATION_MAX = 24 * 60;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Policy {
  requireRunts: boolean;
  slaDayMode: string;
  patronDay: string | null;
  deskEmail: string | null;
  alertEscalationMinutes: number;
  supervisorEmail: string | null;
  targets: { urgency: string; acceptHours: number; firstContactHours: number }[];
}

interface Values {
  requireRunts: boolean;
  slaDayMode: string;
  patronDayOfMonth: string;
  patronMonth: string;
  deskEmail: string;
  escalationMinutes: string;
  supervisorEmail: string;
  targets: Record<string, { accept: string; contact: string }>;
}

function toValues(p: Policy): Values {
  const [month = '', day = ''] = p.patronDay ? p.patronDay.split('-') : [];
  const targets: Values['targets'] = {};
  for (const u of URGENCIES) {
    const found = p.targets.find((x) => x.urgency === u);
    targets[u] = { accept: found ? String(found.acceptHours) : '', contact: found ? String(found.firstContactHours) : '' };
  }
  return {
    requireRunts: p.requireRunts, slaDayMode: p.slaDayMode, patronDayOfMonth: day, patronMonth: month, deskEmail: p.deskEmail ?? '',
    escalationMinutes: String(p.alertEscalationMinutes), supervisorEmail: p.supervisorEmail ?? '', targets,
  };
}

const hours = (s: string, max: number) => (/^\d{1,5}$/.test(s.trim()) && Number(s) >= 1 && Number(s) <= max ? Number(s) : undefined);

export function validatePolicy(v: Values): FormErrors {
  const e: FormErrors = {};
  if (v.slaDayMode !== 'calendar' && v.slaDayMode !== 'working') e.slaDayMode = { key: 'admin.validation.choose' };
  if (Boolean(v.patronDayOfMonth) !== Boolean(v.patronMonth)) e.patronDay = { key: 'admin.validation.patronDay' };
  else if (v.patronMonth && Number(v.patronDayOfMonth) > DAYS_IN_MONTH[Number(v.patronMonth) - 1]) e.patronDay = { key: 'admin.validation.patronDay' };
  if (v.deskEmail.trim() && !EMAIL.test(v.deskEmail.trim())) e.deskEmail = { key: 'admin.validation.email' };
  if (hours(v.escalationMinutes, ESCALATION_MAX) === undefined) e.alertEscalationMinutes = { key: 'admin.validation.range', params: { min: 1, max: ESCALATION_MAX } };
  if (v.supervisorEmail.trim() && !EMAIL.test(v.supervisorEmail.trim())) e.supervisorEmail = { key: 'admin.validation.email' };
  for (const u of URGENCIES) {
    if (hours(v.targets[u].accept, ACCEPT_MAX) === undefined) e[`accept-${u}`] = { key: 'admin.validation.range', params: { min: 1, max: ACCEPT_MAX } };
    if (hours(v.targets[u].contact, CONTACT_MAX) === undefined) e[`contact-${u}`] = { key: 'admin.validation.range', params: { min: 1, max: CONTACT_MAX } };
  }
  return e;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The municipality's referral policy: RUNTS requirement, SLA targets and calendar, desk e-mail, alert escalation. */
export function PolicyForm() {
  const { t, locale } = useI18n();
  const text = useErrorText();
  const { data, error: loadError, loading, reload } = useQuery(POLICY);
  const { run, pending, error } = useMutation();
  const [values, setValues] = useState<Values>();
  const [errors, setErrors] = useState<FormErrors>({});
  const [flash, setFlash] = useFlash();
  const blamed = serverField(error?.field);

  useEffect(() => {
    if (data) setValues(toValues(data.municipalityPolicy));
  }, [data]);

  const monthName = (m: number) => new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { month: 'long', timeZone: TIME_ZONE }).format(new Date(Date.UTC(2024, m - 1, 15, 12)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    const found = validatePolicy(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(PREFIX, found);
      return;
    }
    const input = {
      requireRunts: values.requireRunts,
      slaDayMode: values.slaDayMode,
      patronDay: values.patronMonth ? `${values.patronMonth}-${values.patronDayOfMonth}` : null,
      deskEmail: values.deskEmail.trim() || null,
      alertEscalationMinutes: Number(values.escalationMinutes),
      supervisorEmail: values.supervisorEmail.trim() || null,
      targets: URGENCIES.map((u) => ({ urgency: u, acceptHours: Number(values.targets[u].accept), firstContactHours: Number(values.targets[u].contact) })),
    };
    if (!(await run(SET, { input }))) return;
    setFlash(t('admin.policy.done'));
    await reload();
  }

  const setTarget = (u: string, which: 'accept' | 'contact') => (value: string) =>
    setValues((v) => v && { ...v, targets: { ...v.targets, [u]: { ...v.targets[u], [which]: value } } });

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="policy-title">
      <h2 id="policy-title" className="h4">
        {t('admin.policy.title')}
      </h2>
      <p>{t('admin.policy.intro')}</p>
      <StatusMessage message={flash} testId="policy-status" />
      <ErrorAlert error={loadError} onRetry={reload} />
      {loading && !values ? (
        <Loading />
      ) : values ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="policy-form">
          <ErrorAlert error={error} />
          <CheckField
            id={`${PREFIX}-requireRunts`}
            label={t('admin.policy.requireRunts')}
            hint={t('admin.policy.requireRuntsHint')}
            checked={values.requireRunts}
            onChange={(c) => setValues({ ...values, requireRunts: c })}
            blamed={blamed === 'requireRunts'}
            testId="policy-require-runts"
          />
          <ChoiceGroup
            id={`${PREFIX}-slaDayMode`}
            legend={t('admin.policy.dayMode')}
            single
            options={[
              { value: 'calendar', label: t('admin.policy.calendar') },
              { value: 'working', label: t('admin.policy.working') },
            ]}
            hint={t('admin.policy.dayModeHint')}
            selected={[values.slaDayMode]}
            onChange={(s) => setValues({ ...values, slaDayMode: s[0] ?? 'calendar' })}
            error={text(errors.slaDayMode)}
          />
          <fieldset id={`${PREFIX}-patronDay`} tabIndex={-1} className="mb-3" aria-describedby={errors.patronDay ? 'policy-patron-hint policy-patron-error' : 'policy-patron-hint'}>
            <legend className="fs-6 fw-semibold mb-2">
              {t('admin.policy.patronDay')} <span className="fw-normal">{t('admin.form.optional')}</span>
            </legend>
            <p id="policy-patron-hint" className="form-text text-secondary mt-0">
              {t('admin.policy.patronDayHint')}
            </p>
            <div className="row">
              <div className="col-6 col-md-3">
                <SelectField
                  id="policy-patron-day"
                  label={t('admin.policy.day')}
                  value={values.patronDayOfMonth}
                  onChange={(d) => setValues({ ...values, patronDayOfMonth: d })}
                  options={[{ value: '', label: '—' }, ...Array.from({ length: 31 }, (_, i) => ({ value: pad(i + 1), label: String(i + 1) }))]}
                  blamed={!!errors.patronDay || blamed === 'patronDay'}
                />
              </div>
              <div className="col-6 col-md-3">
                <SelectField
                  id="policy-patron-month"
                  label={t('admin.policy.month')}
                  value={values.patronMonth}
                  onChange={(m) => setValues({ ...values, patronMonth: m })}
                  options={[{ value: '', label: '—' }, ...Array.from({ length: 12 }, (_, i) => ({ value: pad(i + 1), label: monthName(i + 1) }))]}
                  blamed={!!errors.patronDay || blamed === 'patronDay'}
                />
              </div>
            </div>
            {errors.patronDay && (
              <div id="policy-patron-error" className="invalid-feedback d-block">
                {text(errors.patronDay)}
              </div>
            )}
          </fieldset>
          <TextField
            id={`${PREFIX}-deskEmail`}
            label={t('admin.policy.deskEmail')}
            type="email"
            inputMode="email"
            optional
            hint={t('admin.policy.deskEmailHint')}
            value={values.deskEmail}
            onChange={(d) => setValues({ ...values, deskEmail: d })}
            error={text(errors.deskEmail)}
            blamed={blamed === 'deskEmail'}
            testId="policy-desk-email"
          />
          <TextField
            id={`${PREFIX}-alertEscalationMinutes`}
            label={t('admin.policy.escalationMinutes')}
            inputMode="numeric"
            hint={t('admin.policy.escalationMinutesHint')}
            value={values.escalationMinutes}
            onChange={(m) => setValues({ ...values, escalationMinutes: m })}
            error={text(errors.alertEscalationMinutes)}
            blamed={blamed === 'alertEscalationMinutes'}
            testId="policy-escalation-minutes"
          />
          <TextField
            id={`${PREFIX}-supervisorEmail`}
            label={t('admin.policy.supervisorEmail')}
            type="email"
            inputMode="email"
            optional
            hint={t('admin.policy.supervisorEmailHint')}
            value={values.supervisorEmail}
            onChange={(s) => setValues({ ...values, supervisorEmail: s })}
            error={text(errors.supervisorEmail)}
            blamed={blamed === 'supervisorEmail'}
            testId="policy-supervisor-email"
          />
          <h3 className="h5 mt-4">{t('admin.policy.targets')}</h3>
          <p>{t('admin.policy.targetsHint')}</p>
          {URGENCIES.map((u) => (
            <fieldset key={u} className="mb-2">
              <legend className="fs-6 fw-semibold mb-2">{t(`common.urgency.${u}`)}</legend>
              <div className="row">
                <div className="col-12 col-sm-6">
                  <TextField
                    id={`${PREFIX}-accept-${u}`}
                    label={t('admin.policy.acceptHours')}
                    inputMode="numeric"
                    value={values.targets[u].accept}
                    onChange={setTarget(u, 'accept')}
                    error={text(errors[`accept-${u}`])}
                    blamed={blamed === 'targets'}
                    testId={`policy-accept-${u}`}
                  />
                </div>
                <div className="col-12 col-sm-6">
                  <TextField
                    id={`${PREFIX}-contact-${u}`}
                    label={t('admin.policy.firstContactHours')}
                    inputMode="numeric"
                    value={values.targets[u].contact}
                    onChange={setTarget(u, 'contact')}
                    error={text(errors[`contact-${u}`])}
                    blamed={blamed === 'targets'}
                    testId={`policy-contact-${u}`}
                  />
                </div>
              </div>
            </fieldset>
          ))}
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="policy-submit">
            {t('common.save')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
