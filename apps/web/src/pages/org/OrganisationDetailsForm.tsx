import { FormEvent, useEffect, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading } from '../../components/common';
import { TextArea, TextField } from '../../components/form';
import { useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';
import { isPlausiblePhone } from '../antenna/phone';

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
  const { run, pending, error } = useMutation();
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
    if (v.phone.trim() && !isPlausiblePhone(v.phone.trim())) e.phone = t('org.orgDetails.errors.phone');
    if (v.website.trim() && !/^https?:\/\/\S+\.\S+/.test(v.website.trim())) e.website = t('org.publicDetails.errors.url');
    setErrors(e);
    if (Object.keys(e).length) return;
    const saved = await run(UPDATE, {
      input: {
        id: mine.data.myOrganisation.id, name: v.name.trim(), keepRegistration: true, ...(mine.data.myOrganisation.legalForm ? { legalForm: mine.data.myOrganisation.legalForm } : {}),
        ...(v.description.trim() ? { description: v.description.trim() } : {}), ...(v.email.trim() ? { email: v.email.trim() } : {}),
        ...(v.phone.trim() ? { phone: v.phone.trim() } : {}), ...(v.website.trim() ? { website: v.website.trim() } : {}),
      },
    });
    if (saved) onSaved(v.name.trim());
  }

  const field = (key: 'name' | 'email' | 'phone' | 'website', type: 'text' | 'email' | 'tel' | 'url' = 'text') => (
    <TextField id={`my-org-${key}`} testId={`my-org-${key}`} label={t(`org.orgDetails.${key}`)} type={type} value={v?.[key] ?? ''} error={errors[key]} onChange={(value) => setV((x) => (x ? { ...x, [key]: value } : x))} />
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
          <TextArea id="my-org-description" testId="my-org-description" label={t('org.orgDetails.description')} rows={3} maxLength={2000} value={v.description} error={errors.description} onChange={(description) => setV({ ...v, description })} />
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
