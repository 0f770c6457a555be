import { FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { RUNTS_SECTIONS } from './constants';
import { focusFirst, FormErrors, SelectField, serverField, TextArea, TextField, useErrorText } from '../../components/form';
import { newId } from '../../api/newId';
import { graphql } from '../../gql';
import { isPlausiblePhone } from '../antenna/phone';

const REGISTER = graphql(`mutation RegisterOrganisation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id name } }`);
const UPDATE = graphql(`mutation UpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }`);
const PREFIX = 'org';

export interface OrganisationValues {
  name: string;
  legalForm: string;
  taxCode: string;
  runtsNumber: string;
  runtsSection: string;
  email: string;
  phone: string;
  website: string;
  description: string;
}
type Values = OrganisationValues;
const EMPTY: Values = { name: '', legalForm: '', taxCode: '', runtsNumber: '', runtsSection: '', email: '', phone: '', website: '', description: '' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function validateOrganisation(v: Values): FormErrors {
  const e: FormErrors = {};
  const len = (s: string) => s.trim().length;
  if (len(v.name) < 2 || len(v.name) > 200) e.name = { key: 'admin.validation.nameShort' };
  if (len(v.legalForm) < 2 || len(v.legalForm) > 200) e.legalForm = { key: 'admin.validation.legalForm' };
  if (!/^(\d{11}|[A-Z0-9]{16})$/.test(v.taxCode.trim().toUpperCase())) e.taxCode = { key: 'admin.validation.taxCode' };
  if (len(v.runtsNumber) > 50) e.runtsNumber = { key: 'admin.validation.tooLong', params: { max: 50 } };
  if (len(v.runtsNumber) && !v.runtsSection) e.runtsSection = { key: 'admin.validation.runtsSection' };
  if (len(v.email) && !EMAIL.test(v.email.trim())) e.email = { key: 'admin.validation.email' };
  if (len(v.phone) && !isPlausiblePhone(v.phone.trim())) e.phone = { key: 'admin.validation.phone' };
  if (len(v.website) && !/^https?:\/\/[^\s.]+\.[^\s]+$/.test(v.website.trim())) e.website = { key: 'admin.validation.website' };
  if (len(v.description) > 2000) e.description = { key: 'admin.validation.tooLong', params: { max: 2000 } };
  return e;
}

/** An organisation as listed, turned into the form's values (to edit it). */
export function organisationValues(o: { name: string; legalForm: string | null; taxCode: string | null; runtsNumber: string | null; runtsSection: string | null; email: string | null; phone?: string | null; website?: string | null; description?: string | null }): Values {
  return {
    name: o.name,
    legalForm: o.legalForm ?? '',
    taxCode: o.taxCode ?? '',
    runtsNumber: o.runtsNumber ?? '',
    runtsSection: o.runtsSection && /^[a-g]$/.test(o.runtsSection) ? o.runtsSection : '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    website: o.website ?? '',
    description: o.description ?? '',
  };
}

/**
 * Registers a third-sector organisation of the directory, or edits one (`editing`). When the
 * municipality requires the RUNTS, the form says so, and says it loudly while the number is empty.
 */
export function OrganisationForm({
  onDone,
  onCancel,
  editing,
  requireRunts = false,
}: {
  onDone(name: string): void;
  onCancel(): void;
  editing?: { id: string; values: Values };
  requireRunts?: boolean;
}) {
  const { t } = useI18n();
  const text = useErrorText();
  const { run, pending, error } = useMutation();
  const [values, setValues] = useState<Values>(editing?.values ?? EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});
  const id = useRef(editing?.id ?? newId());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!editing?.id) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [editing?.id]);
  const blamed = serverField(error?.field);
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof Values) => ({ id: `${PREFIX}-${key}`, error: text(errors[key]), blamed: blamed === key, value: values[key], onChange: set(key) });
  const optional = (s: string) => s.trim() || undefined;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateOrganisation(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(PREFIX, found);
      return;
    }
    const input = {
      id: id.current,
      name: values.name.trim(),
      legalForm: values.legalForm.trim(),
      taxCode: values.taxCode.trim().toUpperCase(),
      runtsNumber: optional(values.runtsNumber),
      runtsSection: values.runtsNumber.trim() ? values.runtsSection : undefined,
      email: optional(values.email),
      phone: optional(values.phone),
      website: optional(values.website),
      description: optional(values.description),
    };
    const saved = editing ? (await run(UPDATE, { input }))?.updateOrganisation : (await run(REGISTER, { input }))?.registerOrganisation;
    if (!saved) return;
    if (!editing) {
      id.current = newId();
      setValues(EMPTY);
    }
    onDone(saved.name);
  }

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="org-form-title">
      <h2 id="org-form-title" ref={heading} className="h4" tabIndex={-1}>
        {editing ? t('admin.orgs.editTitle', { name: editing.values.name }) : t('admin.orgs.formTitle')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="org-form">
        <ErrorAlert error={error} />
        <TextField {...field('name')} label={t('admin.orgs.name')} testId="org-name" />
        <TextField {...field('legalForm')} label={t('admin.orgs.legalForm')} hint={t('admin.orgs.legalFormHint')} testId="org-legal-form" />
        <TextField {...field('taxCode')} label={t('admin.orgs.taxCode')} hint={t('admin.orgs.taxCodeHint')} testId="org-tax-code" />
        <fieldset className="mb-3">
          <legend className="fs-6 fw-semibold mb-2">{t('admin.orgs.runts')}</legend>
          <p className="form-text text-secondary mt-0">{t('admin.orgs.runtsHint')}</p>
          {requireRunts && (
            <div className={`alert ${values.runtsNumber.trim() ? 'alert-info' : 'alert-warning'} py-2`} data-testid="org-runts-required">
              {t('admin.orgs.runtsRequired')}
            </div>
          )}
          <div className="row">
            <div className="col-12 col-sm-6">
              <TextField {...field('runtsNumber')} label={t('admin.orgs.runtsNumber')} optional testId="org-runts-number" />
            </div>
            <div className="col-12 col-sm-6">
              <SelectField
                {...field('runtsSection')}
                label={t('admin.orgs.runtsSection')}
                optional
                options={[{ value: '', label: t('admin.form.choose') }, ...RUNTS_SECTIONS.map((s) => ({ value: s, label: t(`admin.orgs.section.${s}`) }))]}
                testId="org-runts-section"
              />
            </div>
          </div>
        </fieldset>
        <TextField {...field('email')} label={t('admin.orgs.email')} type="email" inputMode="email" optional hint={t('admin.orgs.emailHint')} />
        <TextField {...field('phone')} label={t('admin.orgs.phone')} type="tel" inputMode="tel" optional />
        <TextField {...field('website')} label={t('admin.orgs.website')} type="url" inputMode="url" optional hint={t('admin.orgs.websiteHint')} />
        <TextArea {...field('description')} label={t('admin.orgs.description')} optional />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="org-submit">
            {editing ? t('admin.orgs.save') : t('admin.orgs.submit')}
          </button>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
