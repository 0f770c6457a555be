import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { CapacityForm, DirectoryService } from './CapacityForm';

const SERVICES = `query Services {
  services { id name needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit status updatedAt }
}`;

/** The organisation's services, each with how many places it has now. */
export function CapacityPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery<{ services: DirectoryService[] }>(SERVICES);
  const services = data ? [...data.services].sort((a, b) => a.name.localeCompare(b.name, 'it')) : [];
  return (
    <>
      <PageTitle subtitle={t('org.capacity.intro')}>{t('org.capacity.title')}</PageTitle>
      <ErrorAlert error={error} onRetry={() => void reload()} />
      {loading && !data && <Loading />}
      {data && services.length === 0 && <p>{t('org.capacity.empty')}</p>}
      {services.map((service) => (
        <CapacityForm key={service.id} service={service} onSaved={() => void reload()} />
      ))}
    </>
  );
}
