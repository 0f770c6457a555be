import type { AntennaKind } from '../../gql/graphql';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { APPLY, CHALLENGE, NEIGHBOURHOODS, Neighbourhood, STREETS, Street, usePublicInfo } from './publicApi';
import { solve } from './proofOfWork';
import './public.css';

const KINDS = ['SHOP', 'PHARMACY', 'PARISH', 'ASSOCIATION', 'LIBRARY', 'SCHOOL', 'CITIZEN_VOLUNTEER'] as const;

interface Values {
  kind: string;
  name: string;
  address: string;
  neighbourhoodCode: string;
  openingHours: string;
  applicantName: string;
  applicantPhone: string;
  applicantEmail: string;
  message: string;
  consent: boolean;
  website: string;
}

const EMPTY: Values = { kind: '', name: '', address: '', neighbourhoodCode: '', openingHours: '', applicantName: '', applicantPhone: '', applicantEmail: '', message: '', consent: false, website: '' };

function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  const b = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type Errors = Partial<Record<keyof Values | 'contact', string>>;

/**
 * «Diventa un punto di prossimità»: a shop, a parish, an association or a citizen offers to be a
 * proximity point. The answer is a PROPOSED antenna for the administration to follow up with the
 * applicant's own contact (never public). Anti-abuse without a third-party captcha: a field people
 * never see, a small proof of work solved in this page while the form is filled, and a limit per
 * address on the server.
 */
export function ApplyPage() {
  const { t } = useI18n();
  const { municipality } = usePublicInfo();
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality }, { skip: !municipality });
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [street, setStreet] = useState<Street | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<{ name: string; neighbourhoodCode: string } | null>(null);
  const id = useRef(newId());
  const proof = useRef<Promise<{ challenge: string; proof: string }> | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  /** The check starts as soon as the page opens: by the time the form is filled it is ready. */
  const startCheck = () => {
    const cancel = { cancelled: false };
    proof.current = gql(CHALLENGE, {}, { auth: false }).then(async ({ applicationChallenge: c }) => ({ challenge: c.id, proof: await solve(c.id, c.bits, cancel) }));
    proof.current.catch(() => undefined);
    return cancel;
  };
  useEffect(() => {
    const cancel = startCheck();
    return () => {
      cancel.cancelled = true;
    };
  }, []);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  /** The street's position and neighbourhood from the gazetteer, when it knows the street. */
  const lookUpStreet = async () => {
    if (!municipality || values.address.trim().length < 3) return;
    try {
      const d = await gql(STREETS, { m: municipality, s: values.address }, { auth: false });
      const s = d.streets[0] ?? null;
      setStreet(s);
      if (s?.neighbourhoodCode && !values.neighbourhoodCode) set('neighbourhoodCode', s.neighbourhoodCode);
    } catch {
      setStreet(null);
    }
  };

  const validate = (): Errors => {
    const e: Errors = {};
    if (!values.kind) e.kind = t('public.apply.errors.kind');
    if (values.name.trim().length < 2) e.name = t('public.apply.errors.name');
    if (values.address.trim().length < 3) e.address = t('public.apply.errors.address');
    if (!values.neighbourhoodCode) e.neighbourhoodCode = t('public.apply.errors.neighbourhood');
    if (values.applicantName.trim().length < 2) e.applicantName = t('public.apply.errors.applicantName');
    const digits = values.applicantPhone.replace(/\D/g, '').length;
    if (!values.applicantPhone.trim() && !values.applicantEmail.trim()) e.contact = t('public.apply.errors.contact');
    if (values.applicantPhone.trim() && (digits < 6 || digits > 15 || !/^[0-9 +()./-]+$/.test(values.applicantPhone.trim()))) e.applicantPhone = t('public.apply.errors.phone');
    if (values.applicantEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.applicantEmail.trim())) e.applicantEmail = t('public.apply.errors.email');
    if (values.message.length > 500) e.message = t('public.apply.errors.message');
    if (!values.consent) e.consent = t('public.apply.errors.consent');
    return e;
  };

  const onSubmit = async (ev: FormEvent) => {
    ev.preventDefault();
    const e = validate();
    setErrors(e);
    setError(undefined);
    if (Object.keys(e).length > 0) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setPending(true);
    try {
      const check = await (proof.current ?? Promise.reject(new Error('no check')));
      const input = {
        id: id.current, municipality: municipality ?? '', kind: values.kind as AntennaKind, name: values.name.trim(), address: values.address.trim(), neighbourhoodCode: values.neighbourhoodCode,
        ...(street && street.neighbourhoodCode === values.neighbourhoodCode ? { position: { lat: street.lat, lng: street.lng } } : {}),
        ...(values.openingHours.trim() ? { openingHours: values.openingHours.trim() } : {}),
        applicantName: values.applicantName.trim(),
        ...(values.applicantPhone.trim() ? { applicantPhone: values.applicantPhone.trim() } : {}),
        ...(values.applicantEmail.trim() ? { applicantEmail: values.applicantEmail.trim() } : {}),
        ...(values.message.trim() ? { message: values.message.trim() } : {}),
        consent: true, challenge: check.challenge, proof: check.proof,
        ...(values.website ? { website: values.website } : {}),
      };
      const d = await gql(APPLY, { input }, { auth: false });
      setDone(d.applyAsProximityPoint);
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(String(err), undefined, undefined, []);
      // An expired or used check: a new one for the next try (the form keeps what was written).
      if (apiError.field === 'input.proof' || apiError.code === 'CONFLICT') {
        id.current = newId();
        startCheck();
      }
      setError(apiError);
    } finally {
      setPending(false);
    }
  };

  const names = new Map((shapes.data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  if (done) {
    return (
      <div className="public-card" role="status" data-testid="apply-done">
        <h1 ref={doneRef} tabIndex={-1} className="h2 page-title">{t('public.apply.doneTitle')}</h1>
        <p className="lead">{t('public.apply.doneText', { name: done.name, neighbourhood: names.get(done.neighbourhoodCode) ?? done.neighbourhoodCode })}</p>
        <h2 className="h5">{t('public.apply.nextTitle')}</h2>
        <ol>
          <li>{t('public.apply.next1')}</li>
          <li>{t('public.apply.next2')}</li>
          <li>{t('public.apply.next3')}</li>
        </ol>
        <p className="small text-secondary">{t('public.apply.doneContact')}</p>
        <Link to="/">{t('public.apply.backHome')}</Link>
      </div>
    );
  }
  const fieldError = (key: keyof Errors) =>
    errors[key] ? (
      <div id={`apply-${key}-error`} className="invalid-feedback d-block">{errors[key]}</div>
    ) : null;
  const described = (key: keyof Errors, help?: string) => [errors[key] ? `apply-${key}-error` : '', help ?? ''].filter(Boolean).join(' ') || undefined;
  const errorList = Object.entries(errors);
  return (
    <>
      <PageTitle subtitle={t('public.apply.intro')}>{t('public.apply.title')}</PageTitle>
      <section className="public-card mb-3" aria-labelledby="apply-what">
        <h2 id="apply-what" className="h5">{t('public.apply.whatTitle')}</h2>
        <p className="mb-1">{t('public.apply.whatText')}</p>
        <p className="mb-0">{t('public.apply.whatNot')}</p>
      </section>
      {errorList.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} className="alert alert-danger" role="alert" data-testid="apply-errors">
          <p className="fw-bold mb-1">{t('public.apply.errors.summary')}</p>
          <ul className="mb-0">
            {errorList.map(([k, m]) => (
              <li key={k}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="apply-form">
        <fieldset className="mb-3" aria-describedby={described('kind')}>
          <legend className="h6">{t('public.apply.kind')}</legend>
          <div className="choice-grid">
            {KINDS.map((k) => (
              <div className="choice" key={k}>
                <input type="radio" id={`apply-kind-${k}`} name="kind" value={k} checked={values.kind === k} onChange={() => set('kind', k)} data-testid={`apply-kind-${k}`} />
                <label htmlFor={`apply-kind-${k}`}>{t(`common.antennaKind.${k}`)}</label>
              </div>
            ))}
          </div>
          {fieldError('kind')}
        </fieldset>
        <div className="mb-3">
          <label htmlFor="apply-name" className="form-label">{values.kind === 'CITIZEN_VOLUNTEER' ? t('public.apply.nameCitizen') : t('public.apply.name')}</label>
          <input id="apply-name" type="text" className={`form-control${errors.name ? ' is-invalid' : ''}`} value={values.name} onChange={(e) => set('name', e.target.value)} aria-invalid={!!errors.name} aria-describedby={described('name')} data-testid="apply-name" maxLength={200} />
          {fieldError('name')}
        </div>
        <div className="mb-3">
          <label htmlFor="apply-address" className="form-label">{values.kind === 'CITIZEN_VOLUNTEER' ? t('public.apply.addressCitizen') : t('public.apply.address')}</label>
          <input id="apply-address" type="text" className={`form-control${errors.address ? ' is-invalid' : ''}`} value={values.address} onChange={(e) => set('address', e.target.value)} onBlur={() => void lookUpStreet()}
            aria-invalid={!!errors.address} aria-describedby={described('address', 'apply-address-help')} data-testid="apply-address" maxLength={300} autoComplete="street-address" />
          <p id="apply-address-help" className="small text-secondary mb-0">{values.kind === 'CITIZEN_VOLUNTEER' ? t('public.apply.addressCitizenHelp') : t('public.apply.addressHelp')}</p>
          {fieldError('address')}
        </div>
        <div className="mb-3">
          <label htmlFor="apply-neighbourhood" className="form-label">{t('public.apply.neighbourhood')}</label>
          <select id="apply-neighbourhood" className={`form-select${errors.neighbourhoodCode ? ' is-invalid' : ''}`} style={{ maxWidth: '20rem' }} value={values.neighbourhoodCode} onChange={(e) => set('neighbourhoodCode', e.target.value)}
            aria-invalid={!!errors.neighbourhoodCode} aria-describedby={described('neighbourhoodCode')} data-testid="apply-neighbourhood">
            <option value="">{t('public.apply.chooseNeighbourhood')}</option>
            {[...(shapes.data?.neighbourhoods ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it')).map((n) => (
              <option key={n.code} value={n.code}>{n.name}</option>
            ))}
          </select>
          {fieldError('neighbourhoodCode')}
        </div>
        <div className="mb-4">
          <label htmlFor="apply-hours" className="form-label">{t('public.apply.hours')}</label>
          <input id="apply-hours" type="text" className="form-control" value={values.openingHours} onChange={(e) => set('openingHours', e.target.value)} placeholder={t('public.apply.hoursPlaceholder')} data-testid="apply-hours" maxLength={300} />
        </div>

        <fieldset className="mb-3">
          <legend className="h6">{t('public.apply.contactTitle')}</legend>
          <p className="small" id="apply-contact-help">{t('public.apply.contactHelp')}</p>
          <div className="mb-3">
            <label htmlFor="apply-person" className="form-label">{t('public.apply.applicantName')}</label>
            <input id="apply-person" type="text" className={`form-control${errors.applicantName ? ' is-invalid' : ''}`} value={values.applicantName} onChange={(e) => set('applicantName', e.target.value)} aria-invalid={!!errors.applicantName} aria-describedby={described('applicantName')} data-testid="apply-person" autoComplete="name" maxLength={200} />
            {fieldError('applicantName')}
          </div>
          <div className="mb-3">
            <label htmlFor="apply-phone" className="form-label">{t('public.apply.phone')}</label>
            <input id="apply-phone" type="tel" className={`form-control${errors.applicantPhone || errors.contact ? ' is-invalid' : ''}`} value={values.applicantPhone} onChange={(e) => set('applicantPhone', e.target.value)}
              aria-invalid={!!(errors.applicantPhone || errors.contact)} aria-describedby={described('applicantPhone', errors.contact ? 'apply-contact-error' : undefined)} data-testid="apply-phone" autoComplete="tel" maxLength={30} />
            {fieldError('applicantPhone')}
          </div>
          <div className="mb-1">
            <label htmlFor="apply-email" className="form-label">{t('public.apply.email')}</label>
            <input id="apply-email" type="email" className={`form-control${errors.applicantEmail || errors.contact ? ' is-invalid' : ''}`} value={values.applicantEmail} onChange={(e) => set('applicantEmail', e.target.value)}
              aria-invalid={!!(errors.applicantEmail || errors.contact)} aria-describedby={described('applicantEmail', errors.contact ? 'apply-contact-error' : undefined)} data-testid="apply-email" autoComplete="email" maxLength={200} />
            {fieldError('applicantEmail')}
          </div>
          {fieldError('contact')}
        </fieldset>
        <div className="mb-3">
          <label htmlFor="apply-message" className="form-label">{t('public.apply.message')}</label>
          <textarea id="apply-message" className={`form-control${errors.message ? ' is-invalid' : ''}`} rows={3} value={values.message} onChange={(e) => set('message', e.target.value)} aria-invalid={!!errors.message} aria-describedby={described('message', 'apply-message-help')} data-testid="apply-message" maxLength={500} />
          <p id="apply-message-help" className="small text-secondary mb-0">{t('public.apply.messageHelp')}</p>
          {fieldError('message')}
        </div>
        {/* A field people never see: a robot that fills it is answered as if it worked, and nothing is kept. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="apply-website">{t('public.apply.honeypot')}</label>
          <input id="apply-website" name="website" tabIndex={-1} autoComplete="off" value={values.website} onChange={(e) => set('website', e.target.value)} />
        </div>
        <div className="form-check mb-3">
          <input id="apply-consent" type="checkbox" className={`form-check-input${errors.consent ? ' is-invalid' : ''}`} checked={values.consent} onChange={(e) => set('consent', e.target.checked)} aria-invalid={!!errors.consent} aria-describedby={described('consent')} data-testid="apply-consent" />
          <label htmlFor="apply-consent" className="form-check-label">{t('public.apply.consent')}</label>
          {fieldError('consent')}
        </div>
        <ErrorAlert error={error} />
        <button type="submit" className="btn btn-primary btn-big" disabled={pending} data-testid="apply-submit">
          {pending ? t('public.apply.sending') : t('public.apply.submit')}
        </button>
        {pending && <p role="status" className="small mt-2">{t('public.apply.checking')}</p>}
      </form>
    </>
  );
}
