import { FormEvent, useEffect, useState } from 'react';
import { ApiError, gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';

const MINE = graphql(`query MyOrganisation { myOrganisation { id name legalForm email phone website description } }`);
const UPDATE = graphql(`mutation UpdateMyOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`);

interface Mine {
  id: string;
  name: string;
  legalForm: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  description: string | null;
}

/**
 * The operator's own organisation as residents read it in the catalogue: what it is, its e-mail,
 * phone and web site. Its tax code and RUNTS registration are the administration's and stay as
 * they are (`keepRegistration`).
 */
export function OrganisationDetailsForm({ onSaved, onCancel }: { onSaved(name: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const mine = useQuery(MINE);
  const [v, setV] = useState<{ name: string; description: string; email: string; phone: string; website: string }>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const o = mine.data?.myOrganisation;
    if (o && !v) setV({ name: o.name, description: o.description ?? '', email: o.email ?? '', phone: o.phone ?? '', website: o.website ?? '' });
  }, [mine.data, v]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!v || !mine.data) return;
    const e: Record<string, string> = {};
    if (v.name.trim().length < 2) e.name = t('org.orgDetails.errors.name');
    if (v.description.length > 2000) e.description = t('org.publicDetails.errors.tooLong', { max: 2000 });
    if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) e.email = t('org.publicDetails.errors.email');
    if (v.phone.trim() && !/^\+?[0-9 ]{6,20}$/.test(v.phone.trim())) e.phone = t('org.orgDetails.errors.phone');
    if (v.website.trim() && !/^https?:\/\/\S+\.\S+/.test(v.website.trim())) e.website = t('org.publicDetails.errors.url');
    setErrors(e);
    if (Object.keys(e).length) return;
    setPending(true);
    setError(undefined);
    try {
      await gql(UPDATE, {
        input: {
          id: mine.data.myOrganisation.id, name: v.name.trim(), keepRegistration: true, ...(mine.data.myOrganisation.legalForm ? { legalForm: mine.data.myOrganisation.legalForm } : {}),
          ...(v.description.trim() ? { description: v.description.trim() } : {}), ...(v.email.trim() ? { email: v.email.trim() } : {}),
          ...(v.phone.trim() ? { phone: v.phone.trim() } : {}), ...(v.website.trim() ? { website: v.website.trim() } : {}),
        },
      });
      onSaved(v.name.trim());
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(String(err), undefined, undefined, []));
    } finally {
      setPending(false);
    }
  }

  const field = (key: 'name' | 'email' | 'phone' | 'website', type = 'text') => (
    <div className="mb-3">
      <label className="form-label" htmlFor={`my-org-${key}`}>{t(`org.orgDetails.${key}`)}</label>
      <input className={`form-control${errors[key] ? ' is-invalid' : ''}`} type={type} id={`my-org-${key}`} value={v?.[key] ?? ''} onChange={(e) => setV((x) => (x ? { ...x, [key]: e.target.value } : x))}
        aria-invalid={!!errors[key]} data-testid={`my-org-${key}`} />
      {errors[key] && <div className="invalid-feedback d-block">{errors[key]}</div>}
    </div>
  );
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="my-org-title" data-testid="organisation-details-form">
      <h2 id="my-org-title" className="h4">{t('org.orgDetails.title')}</h2>
      <p>{t('org.orgDetails.intro')}</p>
      <ErrorAlert error={mine.error ?? error} />
      {!v && !mine.error && <Loading />}
      {v && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          {field('name')}
          <div className="mb-3">
            <label className="form-label" htmlFor="my-org-description">{t('org.orgDetails.description')}</label>
            <textarea className={`form-control${errors.description ? ' is-invalid' : ''}`} id="my-org-description" rows={3} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} maxLength={2000} data-testid="my-org-description" />
            {errors.description && <div className="invalid-feedback d-block">{errors.description}</div>}
          </div>
          <div className="row">
            <div className="col-md-4">{field('email', 'email')}</div>
            <div className="col-md-4">{field('phone', 'tel')}</div>
            <div className="col-md-4">{field('website', 'url')}</div>
          </div>
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-primary" disabled={pending} data-testid="my-org-save">{pending ? t('org.publicDetails.saving') : t('org.publicDetails.save')}</button>
            <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
