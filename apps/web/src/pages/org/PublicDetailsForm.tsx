import { FormEvent, useEffect, useRef, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading } from '../../components/common';
import { TextArea, TextField } from '../../components/form';
import { useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';
import type { Need } from '../../gql/graphql';

/**
 * A service's public details, as residents read them on its catalogue page: how to access it, who
 * may, ages, cost, its e-mail and web page, its phones, its own hours, and the places where it is
 * given with the hours there. The operator of its organisation edits them (from «Servizi e
 * disponibilità»), the ADMIN any service of the municipality. Saved with updateService: what the
 * service already is (name, needs, areas, capacity) goes with it unchanged.
 */

const DETAILS = graphql(`query ServiceDetails($id: ID!) { serviceDetails(id: $id) {
  id applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url
  phones { number description } schedules { byday opensAt closesAt description }
  places { id name address city postalCode transportation schedules { byday opensAt closesAt description } } } }`);
const UPDATE = graphql(`mutation UpdateServiceDetails($input: UpdateServiceInput!) { updateService(input: $input) { id } }`);

export interface EditableService {
  id: string;
  organisationId: string;
  name: string;
  description?: string | null;
  status: string;
  needs: Need[];
  neighbourhoodCodes: string[];
  capacityStatus: string;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
  capacityUnit: string | null;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

interface Hours {
  days: string[];
  opensAt: string;
  closesAt: string;
  description: string;
}
interface PlaceValues {
  id?: string;
  name: string;
  address: string;
  city: string;
  postalCode: string;
  transportation: string;
  hours: Hours[];
}
interface PhoneValues {
  number: string;
  description: string;
}
interface Values {
  applicationProcess: string;
  eligibilityDescription: string;
  feesDescription: string;
  minimumAge: string;
  maximumAge: string;
  email: string;
  url: string;
  phones: PhoneValues[];
  hours: Hours[];
  places: PlaceValues[];
}

interface Schedule {
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  description: string | null;
}
interface Details {
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  email: string | null;
  url: string | null;
  phones: { number: string; description: string | null }[];
  schedules: Schedule[];
  places: { id: string; name: string; address: string | null; city: string | null; postalCode: string | null; transportation: string | null; schedules: Schedule[] }[];
}

const toHours = (s: Schedule): Hours => ({ days: (s.byday ?? '').split(',').filter(Boolean), opensAt: s.opensAt ?? '', closesAt: s.closesAt ?? '', description: s.description ?? '' });
const emptyHours = (): Hours => ({ days: [], opensAt: '', closesAt: '', description: '' });
const emptyPlace = (): PlaceValues => ({ name: '', address: '', city: '', postalCode: '', transportation: '', hours: [] });

function valuesOf(d: Details): Values {
  return {
    applicationProcess: d.applicationProcess ?? '',
    eligibilityDescription: d.eligibilityDescription ?? '',
    feesDescription: d.feesDescription ?? '',
    minimumAge: d.minimumAge === null ? '' : String(d.minimumAge),
    maximumAge: d.maximumAge === null ? '' : String(d.maximumAge),
    email: d.email ?? '',
    url: d.url ?? '',
    phones: d.phones.map((p) => ({ number: p.number, description: p.description ?? '' })),
    hours: d.schedules.map(toHours),
    places: d.places.map((p) => ({ id: p.id, name: p.name, address: p.address ?? '', city: p.city ?? '', postalCode: p.postalCode ?? '', transportation: p.transportation ?? '', hours: p.schedules.map(toHours) })),
  };
}

type Errors = Record<string, string>;

/** Checks what can be checked here; the server checks again and names the field. */
export function validatePublicDetails(v: Values, t: (key: string, params?: Record<string, string | number>) => string): Errors {
  const e: Errors = {};
  const age = (s: string) => (s.trim() === '' ? null : /^\d{1,3}$/.test(s.trim()) && Number(s) <= 150 ? Number(s) : Number.NaN);
  const min = age(v.minimumAge);
  const max = age(v.maximumAge);
  if (Number.isNaN(min)) e.minimumAge = t('org.publicDetails.errors.age');
  if (Number.isNaN(max)) e.maximumAge = t('org.publicDetails.errors.age');
  if (min !== null && max !== null && !Number.isNaN(min) && !Number.isNaN(max) && min > max) e.maximumAge = t('org.publicDetails.errors.ages');
  if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) e.email = t('org.publicDetails.errors.email');
  if (v.url.trim() && !/^https?:\/\/\S+\.\S+/.test(v.url.trim())) e.url = t('org.publicDetails.errors.url');
  for (const [k, text] of [['applicationProcess', v.applicationProcess], ['eligibilityDescription', v.eligibilityDescription], ['feesDescription', v.feesDescription]] as const) {
    if (text.length > 2000) e[k] = t('org.publicDetails.errors.tooLong', { max: 2000 });
  }
  v.phones.forEach((p, i) => {
    const digits = p.number.replace(/\D/g, '').length;
    if (digits < 6 || digits > 15 || !/^[0-9 +()./-]+$/.test(p.number.trim())) e[`phones.${i}.number`] = t('org.publicDetails.errors.phone');
  });
  const hoursErrors = (prefix: string, list: Hours[]) =>
    list.forEach((h, i) => {
      if (h.days.length === 0 && !h.description.trim()) e[`${prefix}.${i}.days`] = t('org.publicDetails.errors.days');
      if ((h.opensAt && !h.closesAt) || (!h.opensAt && h.closesAt)) e[`${prefix}.${i}.closesAt`] = t('org.publicDetails.errors.times');
      if (h.opensAt && h.closesAt && h.opensAt >= h.closesAt) e[`${prefix}.${i}.closesAt`] = t('org.publicDetails.errors.order');
    });
  hoursErrors('hours', v.hours);
  v.places.forEach((p, i) => {
    if (p.name.trim().length < 2) e[`places.${i}.name`] = t('org.publicDetails.errors.placeName');
    if (p.address.trim().length < 3) e[`places.${i}.address`] = t('org.publicDetails.errors.address');
    if (p.postalCode.trim() && !/^\d{5}$/.test(p.postalCode.trim())) e[`places.${i}.postalCode`] = t('org.publicDetails.errors.postalCode');
    hoursErrors(`places.${i}.hours`, p.hours);
  });
  return e;
}

const hoursInput = (h: Hours) => ({
  ...(h.days.length ? { days: DAYS.filter((d) => h.days.includes(d)).join(',') } : {}),
  ...(h.opensAt ? { opensAt: h.opensAt } : {}),
  ...(h.closesAt ? { closesAt: h.closesAt } : {}),
  ...(h.description.trim() ? { description: h.description.trim() } : {}),
});

function HoursEditor({ prefix, list, errors, onChange }: { prefix: string; list: Hours[]; errors: Errors; onChange(list: Hours[]): void }) {
  const { t } = useI18n();
  const set = (i: number, h: Partial<Hours>) => onChange(list.map((x, j) => (j === i ? { ...x, ...h } : x)));
  return (
    <div className="mb-2">
      {list.map((h, i) => {
        const id = `${prefix}-${i}`;
        return (
          <fieldset key={i} className="border rounded p-2 mb-2" data-testid={`${prefix}-${i}`}>
            <legend className="h6 float-none w-auto px-1 mb-1">{t('org.publicDetails.hoursRow', { n: i + 1 })}</legend>
            <div className="d-flex flex-wrap gap-2 mb-2" role="group" aria-label={t('org.publicDetails.days')}>
              {DAYS.map((d) => (
                <div className="form-check form-check-inline m-0" key={d}>
                  <input className="form-check-input" type="checkbox" id={`${id}-${d}`} checked={h.days.includes(d)} onChange={(e) => set(i, { days: e.target.checked ? [...h.days, d] : h.days.filter((x) => x !== d) })} />
                  <label className="form-check-label" htmlFor={`${id}-${d}`}>{t(`public.days.${d}`)}</label>
                </div>
              ))}
            </div>
            {errors[`${prefix}.${i}.days`] && <div className="invalid-feedback d-block">{errors[`${prefix}.${i}.days`]}</div>}
            <div className="d-flex flex-wrap gap-3 align-items-end">
              <div>
                <label className="form-label" htmlFor={`${id}-opens`}>{t('org.publicDetails.opensAt')}</label>
                <input className="form-control" type="time" id={`${id}-opens`} value={h.opensAt} onChange={(e) => set(i, { opensAt: e.target.value })} data-testid={`${id}-opens`} />
              </div>
              <div>
                <label className="form-label" htmlFor={`${id}-closes`}>{t('org.publicDetails.closesAt')}</label>
                <input className={`form-control${errors[`${prefix}.${i}.closesAt`] ? ' is-invalid' : ''}`} type="time" id={`${id}-closes`} value={h.closesAt} onChange={(e) => set(i, { closesAt: e.target.value })} data-testid={`${id}-closes`} />
              </div>
              <div className="flex-grow-1">
                <label className="form-label" htmlFor={`${id}-note`}>{t('org.publicDetails.hoursNote')}</label>
                <input className="form-control" type="text" id={`${id}-note`} value={h.description} onChange={(e) => set(i, { description: e.target.value })} maxLength={200} />
              </div>
              <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => onChange(list.filter((_, j) => j !== i))}>
                {t('org.publicDetails.removeHours')}
              </button>
            </div>
            {errors[`${prefix}.${i}.closesAt`] && <div className="invalid-feedback d-block">{errors[`${prefix}.${i}.closesAt`]}</div>}
          </fieldset>
        );
      })}
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => onChange([...list, emptyHours()])} data-testid={`${prefix}-add`}>
        {t('org.publicDetails.addHours')}
      </button>
    </div>
  );
}

export function PublicDetailsForm({ service, onSaved, onCancel }: { service: EditableService; onSaved(name: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const details = useQuery(DETAILS, { id: service.id });
  const [values, setValues] = useState<Values>();
  const [errors, setErrors] = useState<Errors>({});
  const { run, pending, error } = useMutation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (details.data && !values) setValues(valuesOf(details.data.serviceDetails));
  }, [details.data, values]);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [service.id]);

  const prefix = `details-${service.id}`;
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => (v ? { ...v, [key]: value } : v));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    const found = validatePublicDetails(values, t);
    setErrors(found);
    if (Object.keys(found).length) {
      setTimeout(() => document.querySelector<HTMLElement>(`#${prefix} .is-invalid, #${prefix} .invalid-feedback`)?.scrollIntoView?.({ block: 'center' }), 0);
      return;
    }
    const age = (s: string) => (s.trim() === '' ? null : Number(s));
    const saved = await run(UPDATE, {
      input: {
        // detailsOnly: name, status, needs, areas and capacity stay as the server has them (a place a referral took meanwhile too).
        detailsOnly: true,
        id: service.id, organisationId: service.organisationId, name: service.name, ...(service.description ? { description: service.description } : {}), status: service.status,
        needs: service.needs, neighbourhoodCodes: service.neighbourhoodCodes, capacityStatus: service.capacityStatus,
        ...(service.capacityAvailable !== null ? { capacityAvailable: service.capacityAvailable } : {}),
        ...(service.capacityMaximum !== null ? { capacityMaximum: service.capacityMaximum } : {}),
        ...(service.capacityUnit ? { capacityUnit: service.capacityUnit } : {}),
        applicationProcess: values.applicationProcess.trim(), eligibilityDescription: values.eligibilityDescription.trim(), feesDescription: values.feesDescription.trim(),
        minimumAge: age(values.minimumAge), maximumAge: age(values.maximumAge), email: values.email.trim(), url: values.url.trim(),
        phones: values.phones.map((p) => ({ number: p.number.trim(), ...(p.description.trim() ? { description: p.description.trim() } : {}) })),
        hours: values.hours.map(hoursInput),
        places: values.places.map((p) => ({
          ...(p.id ? { id: p.id } : {}), name: p.name.trim(), address: p.address.trim(), ...(p.city.trim() ? { city: p.city.trim() } : {}),
          ...(p.postalCode.trim() ? { postalCode: p.postalCode.trim() } : {}), ...(p.transportation.trim() ? { transportation: p.transportation.trim() } : {}),
          hours: p.hours.map(hoursInput),
        })),
      },
    });
    if (saved) onSaved(service.name);
  }

  const text = (key: 'applicationProcess' | 'eligibilityDescription' | 'feesDescription', rows = 3) => (
    <TextArea id={`${prefix}-${key}`} testId={`${prefix}-${key}`} label={t(`org.publicDetails.${key}`)} hint={t(`org.publicDetails.${key}Hint`)} rows={rows} maxLength={2000} value={values?.[key] ?? ''} error={errors[key]} onChange={(value) => set(key, value)} />
  );
  const line = (key: 'email' | 'url' | 'minimumAge' | 'maximumAge', type: 'text' | 'email' | 'url' = 'text') => (
    <TextField id={`${prefix}-${key}`} testId={`${prefix}-${key}`} label={t(`org.publicDetails.${key}`)} type={type} inputMode={key.endsWith('Age') ? 'numeric' : undefined} value={values?.[key] ?? ''} error={errors[key]} onChange={(value) => set(key, value)} />
  );

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby={`${prefix}-title`} id={prefix} data-testid="public-details-form">
      <h2 id={`${prefix}-title`} ref={heading} tabIndex={-1} className="h4">{t('org.publicDetails.title', { name: service.name })}</h2>
      <p>{t('org.publicDetails.intro')}</p>
      <ErrorAlert error={details.error} onRetry={() => void details.reload()} />
      {!values && !details.error && <Loading />}
      {values && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          {Object.keys(errors).length > 0 && <div className="alert alert-danger" role="alert">{t('org.publicDetails.errors.summary')}</div>}
          {text('applicationProcess')}
          {text('eligibilityDescription')}
          <div className="row">
            <div className="col-6 col-md-3">{line('minimumAge')}</div>
            <div className="col-6 col-md-3">{line('maximumAge')}</div>
          </div>
          {text('feesDescription', 2)}
          <div className="row">
            <div className="col-md-6">{line('email', 'email')}</div>
            <div className="col-md-6">{line('url', 'url')}</div>
          </div>

          <fieldset className="mb-3">
            <legend className="h5">{t('org.publicDetails.phones')}</legend>
            {values.phones.map((p, i) => (
              <div className="d-flex flex-wrap gap-2 align-items-end mb-2" key={i}>
                <div>
                  <label className="form-label" htmlFor={`${prefix}-phone-${i}`}>{t('org.publicDetails.phoneNumber')}</label>
                  <input className={`form-control${errors[`phones.${i}.number`] ? ' is-invalid' : ''}`} type="tel" id={`${prefix}-phone-${i}`} value={p.number}
                    onChange={(e) => set('phones', values.phones.map((x, j) => (j === i ? { ...x, number: e.target.value } : x)))} data-testid={`${prefix}-phone-${i}`} />
                </div>
                <div className="flex-grow-1">
                  <label className="form-label" htmlFor={`${prefix}-phone-${i}-what`}>{t('org.publicDetails.phoneWhat')}</label>
                  <input className="form-control" type="text" id={`${prefix}-phone-${i}-what`} value={p.description} maxLength={100}
                    onChange={(e) => set('phones', values.phones.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} />
                </div>
                <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => set('phones', values.phones.filter((_, j) => j !== i))}>{t('org.publicDetails.removePhone')}</button>
                {errors[`phones.${i}.number`] && <div className="invalid-feedback d-block w-100">{errors[`phones.${i}.number`]}</div>}
              </div>
            ))}
            <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => set('phones', [...values.phones, { number: '', description: '' }])} data-testid={`${prefix}-phone-add`}>
              {t('org.publicDetails.addPhone')}
            </button>
          </fieldset>

          <fieldset className="mb-3">
            <legend className="h5">{t('org.publicDetails.ownHours')}</legend>
            <p className="small">{t('org.publicDetails.ownHoursHint')}</p>
            <HoursEditor prefix={`${prefix}-hours`} list={values.hours} errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^hours/, `${prefix}-hours`), v]))} onChange={(l) => set('hours', l)} />
          </fieldset>

          <fieldset className="mb-3">
            <legend className="h5">{t('org.publicDetails.places')}</legend>
            {values.places.map((p, i) => {
              const pid = `${prefix}-place-${i}`;
              const setPlace = (patch: Partial<PlaceValues>) => set('places', values.places.map((x, j) => (j === i ? { ...x, ...patch } : x)));
              const err = (k: string) => errors[`places.${i}.${k}`];
              return (
                <div className="border rounded p-3 mb-3" key={i} data-testid={pid}>
                  <h3 className="h6">{t('org.publicDetails.placeN', { n: i + 1 })}</h3>
                  <div className="row">
                    <div className="col-md-6 mb-2">
                      <label className="form-label" htmlFor={`${pid}-name`}>{t('org.publicDetails.placeName')}</label>
                      <input className={`form-control${err('name') ? ' is-invalid' : ''}`} type="text" id={`${pid}-name`} value={p.name} onChange={(e) => setPlace({ name: e.target.value })} maxLength={200} data-testid={`${pid}-name`} />
                      {err('name') && <div className="invalid-feedback d-block">{err('name')}</div>}
                    </div>
                    <div className="col-md-6 mb-2">
                      <label className="form-label" htmlFor={`${pid}-address`}>{t('org.publicDetails.address')}</label>
                      <input className={`form-control${err('address') ? ' is-invalid' : ''}`} type="text" id={`${pid}-address`} value={p.address} onChange={(e) => setPlace({ address: e.target.value })} maxLength={300} data-testid={`${pid}-address`} />
                      {err('address') && <div className="invalid-feedback d-block">{err('address')}</div>}
                    </div>
                    <div className="col-8 col-md-4 mb-2">
                      <label className="form-label" htmlFor={`${pid}-city`}>{t('org.publicDetails.city')}</label>
                      <input className="form-control" type="text" id={`${pid}-city`} value={p.city} onChange={(e) => setPlace({ city: e.target.value })} maxLength={100} />
                    </div>
                    <div className="col-4 col-md-2 mb-2">
                      <label className="form-label" htmlFor={`${pid}-cap`}>{t('org.publicDetails.postalCode')}</label>
                      <input className={`form-control${err('postalCode') ? ' is-invalid' : ''}`} type="text" inputMode="numeric" id={`${pid}-cap`} value={p.postalCode} onChange={(e) => setPlace({ postalCode: e.target.value })} maxLength={5} />
                      {err('postalCode') && <div className="invalid-feedback d-block">{err('postalCode')}</div>}
                    </div>
                    <div className="col-md-6 mb-2">
                      <label className="form-label" htmlFor={`${pid}-transport`}>{t('org.publicDetails.transportation')}</label>
                      <input className="form-control" type="text" id={`${pid}-transport`} value={p.transportation} onChange={(e) => setPlace({ transportation: e.target.value })} maxLength={1000} />
                    </div>
                  </div>
                  <p className="fw-semibold mb-1">{t('org.publicDetails.placeHours')}</p>
                  <HoursEditor prefix={`${pid}-hours`} list={p.hours} errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(new RegExp(`^places\\.${i}\\.hours`), `${pid}-hours`), v]))} onChange={(l) => setPlace({ hours: l })} />
                  <button type="button" className="btn btn-sm btn-outline-danger mt-2" onClick={() => set('places', values.places.filter((_, j) => j !== i))}>{t('org.publicDetails.removePlace')}</button>
                </div>
              );
            })}
            <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => set('places', [...values.places, emptyPlace()])} data-testid={`${prefix}-place-add`}>
              {t('org.publicDetails.addPlace')}
            </button>
          </fieldset>

          <ErrorAlert error={error} />
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-primary" disabled={pending} data-testid={`${prefix}-save`}>{pending ? t('org.publicDetails.saving') : t('org.publicDetails.save')}</button>
            <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
