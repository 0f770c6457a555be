import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { CapacityForm, DirectoryService } from './CapacityForm';
import { OrganisationDetailsForm } from './OrganisationDetailsForm';
import { PublicDetailsForm } from './PublicDetailsForm';
import { graphql } from '../../gql';

const SERVICES = graphql(`query Services {
  services { id organisationId name description needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit status updatedAt }
}`);

/** The organisation's services, each with how many places it has now. */
export function CapacityPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery(SERVICES);
  const services = data ? [...data.services].sort((a, b) => a.name.localeCompare(b.name, 'it')) : [];
  // The public details (issue 15): what residents read in the catalogue about the organisation and each service.
  const [editing, setEditing] = useState<'organisation' | string>();
  const [saved, setSaved] = useState('');
  const done = (name: string) => {
    setEditing(undefined);
    setSaved(t('org.publicDetails.saved', { name }));
    void reload();
  };
  const editingService = services.find((s) => s.id === editing);
  return (
    <>
      <PageTitle subtitle={t('org.capacity.intro')}>{t('org.capacity.title')}</PageTitle>
      <ErrorAlert error={error} onRetry={() => void reload()} />
      <p role="status" className={saved ? 'alert alert-success' : 'visually-hidden'} data-testid="public-details-saved">{saved}</p>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <button type="button" className="btn btn-outline-primary" onClick={() => { setSaved(''); setEditing('organisation'); }} data-testid="edit-my-organisation">{t('org.orgDetails.open')}</button>
      </div>
      {editing === 'organisation' && <OrganisationDetailsForm onSaved={done} onCancel={() => setEditing(undefined)} />}
      {editingService && <PublicDetailsForm key={editingService.id} service={editingService} onSaved={done} onCancel={() => setEditing(undefined)} />}
      {loading && !data && <Loading />}
      {data && services.length === 0 && <p>{t('org.capacity.empty')}</p>}
      {services.map((service) => (
        <div key={service.id}>
          <CapacityForm service={service} onSaved={() => void reload()} />
          <p className="mt-n2 mb-4">
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => { setSaved(''); setEditing(service.id); }} data-testid={`edit-public-${service.id}`}>
              {t('org.publicDetails.open')}
              <span className="visually-hidden"> – {service.name}</span>
            </button>
          </p>
        </div>
      ))}
    </>
  );
}
