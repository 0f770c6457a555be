import type { Need } from '../../gql/graphql';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { CAPACITY_STATUSES, NEEDS, SERVICE_STATUSES } from './constants';
import { ChoiceGroup, focusFirst, FormErrors, SelectField, serverField, TextArea, TextField, useErrorText } from '../../components/form';
import { capacityLabel } from './shared';
import { newId } from '../../api/newId';
import { graphql } from '../../gql';

const REGISTER = graphql(`mutation RegisterService($input: RegisterServiceInput!) { registerService(input: $input) { id name } }`);
const UPDATE = graphql(`mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { id name } }`);
const PREFIX = 'service';

export interface ServiceValues {
  organisationId: string;
  name: string;
  description: string;
  status: string;
  needs: string[];
  neighbourhoodCodes: string[];
  capacityStatus: string;
  capacityAvailable: string;
  capacityMaximum: string;
  capacityUnit: string;
  address: string;
}

type Values = ServiceValues;

/** A service as listed, turned into the form's values (to edit it; an empty address keeps its place). */
export function serviceValues(s: {
  organisationId: string;
  name: string;
  description?: string | null;
  status: string;
  needs: string[];
  neighbourhoodCodes: string[];
  capacityStatus: string;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
  capacityUnit: string | null;
}): Values {
  const n = (v: number | null) => (v === null ? '' : String(v));
  return {
    organisationId: s.organisationId,
    name: s.name,
    description: s.description ?? '',
    status: s.status,
    needs: s.needs,
    neighbourhoodCodes: s.neighbourhoodCodes,
    capacityStatus: s.capacityStatus,
    capacityAvailable: n(s.capacityAvailable),
    capacityMaximum: n(s.capacityMaximum),
    capacityUnit: s.capacityUnit ?? '',
    address: '',
  };
}

const whole = (s: string) => (/^\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

export function validateService(v: Values): FormErrors {
  const e: FormErrors = {};
  if (!v.organisationId) e.organisationId = { key: 'admin.validation.organisation' };
  if (v.name.trim().length < 2 || v.name.trim().length > 200) e.name = { key: 'admin.validation.nameShort' };
  if (v.description.trim().length > 2000) e.description = { key: 'admin.validation.tooLong', params: { max: 2000 } };
  if (v.needs.length === 0) e.needs = { key: 'admin.validation.needs' };
  if (v.neighbourhoodCodes.length === 0) e.neighbourhoodCodes = { key: 'admin.validation.neighbourhoods' };
  const available = v.capacityAvailable.trim() ? whole(v.capacityAvailable) : undefined;
  const maximum = v.capacityMaximum.trim() ? whole(v.capacityMaximum) : undefined;
  if (available !== undefined && Number.isNaN(available)) e.capacityAvailable = { key: 'admin.validation.wholeNumber' };
  if (maximum !== undefined && Number.isNaN(maximum)) e.capacityMaximum = { key: 'admin.validation.wholeNumber' };
  if (available !== undefined && maximum !== undefined && !e.capacityAvailable && !e.capacityMaximum && available > maximum) e.capacityAvailable = { key: 'admin.validation.availableOverMax' };
  if (v.capacityUnit.trim().length > 50) e.capacityUnit = { key: 'admin.validation.tooLong', params: { max: 50 } };
  if (v.address.trim().length > 300) e.address = { key: 'admin.validation.tooLong', params: { max: 300 } };
  return e;
}

/** Registers a service of an organisation: what it helps with, where, and how many places it has. */
export function ServiceForm({
  organisations,
  neighbourhoods,
  organisationId,
  onDone,
  onCancel,
  editing,
}: {
  organisations: { id: string; name: string }[];
  neighbourhoods: { code: string; name: string }[];
  organisationId?: string;
  onDone(name: string): void;
  onCancel(): void;
  /** A service to edit (its organisation stays). */
  editing?: { id: string; values: Values };
}) {
  const { t } = useI18n();
  const text = useErrorText();
  const { run, pending, error } = useMutation();
  const empty: Values = {
    organisationId: organisationId ?? '',
    name: '',
    description: '',
    status: 'active',
    needs: [],
    neighbourhoodCodes: [],
    capacityStatus: 'capacity',
    capacityAvailable: '',
    capacityMaximum: '',
    capacityUnit: '',
    address: '',
  };
  const [values, setValues] = useState<Values>(editing?.values ?? empty);
  const [errors, setErrors] = useState<FormErrors>({});
  const id = useRef(editing?.id ?? newId());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!editing?.id) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [editing?.id]);
  const blamed = serverField(error?.field);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof Values) => ({ id: `${PREFIX}-${key}`, error: text(errors[key]), blamed: blamed === key });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateService(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(PREFIX, found);
      return;
    }
    const number = (s: string) => (s.trim() ? whole(s) : undefined);
    const input = {
      id: id.current,
      organisationId: values.organisationId,
      name: values.name.trim(),
      description: values.description.trim() || undefined,
      status: values.status,
      needs: values.needs as Need[], // validated above: chosen from NEEDS
      neighbourhoodCodes: values.neighbourhoodCodes,
      capacityStatus: values.capacityStatus,
      capacityAvailable: number(values.capacityAvailable),
      capacityMaximum: number(values.capacityMaximum),
      capacityUnit: values.capacityUnit.trim() || undefined,
      address: values.address.trim() || undefined,
    };
    const saved = editing ? (await run(UPDATE, { input }))?.updateService : (await run(REGISTER, { input }))?.registerService;
    if (!saved) return;
    if (!editing) {
      id.current = newId();
      setValues(empty);
    }
    onDone(saved.name);
  }

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="service-form-title">
      <h2 id="service-form-title" ref={heading} className="h4" tabIndex={-1}>
        {editing ? t('admin.services.editTitle', { name: editing.values.name }) : t('admin.services.formTitle')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="service-form">
        <ErrorAlert error={error} />
        <SelectField
          {...field('organisationId')}
          label={t('admin.services.organisation')}
          value={values.organisationId}
          onChange={set('organisationId')}
          options={[{ value: '', label: t('admin.form.choose') }, ...organisations.filter((o) => !editing || o.id === values.organisationId).map((o) => ({ value: o.id, label: o.name }))]}
          testId="service-organisation"
        />
        <TextField {...field('name')} label={t('admin.services.name')} value={values.name} onChange={set('name')} testId="service-name" />
        <TextArea {...field('description')} label={t('admin.services.description')} optional value={values.description} onChange={set('description')} />
        <SelectField
          {...field('status')}
          label={t('admin.services.status')}
          hint={t('admin.services.statusHint')}
          value={values.status}
          onChange={set('status')}
          options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(`admin.serviceStatus.${s.replace(' ', '_')}`) }))}
          testId="service-status"
        />
        <ChoiceGroup
          {...field('needs')}
          legend={t('admin.services.needs')}
          options={NEEDS.map((n) => ({ value: n, label: t(`common.need.${n}`) }))}
          selected={values.needs}
          onChange={set('needs')}
        />
        <ChoiceGroup
          {...field('neighbourhoodCodes')}
          legend={t('admin.services.neighbourhoods')}
          options={neighbourhoods.map((n) => ({ value: n.code, label: n.name }))}
          selected={values.neighbourhoodCodes}
          onChange={set('neighbourhoodCodes')}
        />
        <fieldset className="mb-3">
          <legend className="fs-6 fw-semibold mb-2">{t('admin.services.capacity')}</legend>
          <SelectField
            {...field('capacityStatus')}
            label={t('admin.services.capacityStatus')}
            hint={t('admin.services.capacityStatusHint')}
            value={values.capacityStatus}
            onChange={set('capacityStatus')}
            options={CAPACITY_STATUSES.map((s) => ({ value: s, label: capacityLabel(t, s) }))}
            testId="service-capacity-status"
          />
          <div className="row">
            <div className="col-12 col-sm-4">
              <TextField {...field('capacityAvailable')} label={t('admin.services.available')} optional inputMode="numeric" value={values.capacityAvailable} onChange={set('capacityAvailable')} />
            </div>
            <div className="col-12 col-sm-4">
              <TextField {...field('capacityMaximum')} label={t('admin.services.maximum')} optional inputMode="numeric" value={values.capacityMaximum} onChange={set('capacityMaximum')} />
            </div>
            <div className="col-12 col-sm-4">
              <TextField {...field('capacityUnit')} label={t('admin.services.unit')} optional hint={t('admin.services.unitHint')} value={values.capacityUnit} onChange={set('capacityUnit')} />
            </div>
          </div>
        </fieldset>
        <TextField {...field('address')} label={t('admin.services.address')} optional hint={editing ? t('admin.services.addressKeep') : undefined} value={values.address} onChange={set('address')} />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="service-submit">
            {editing ? t('admin.services.save') : t('admin.services.submit')}
          </button>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
