import { PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { ImportDirectory } from './ImportDirectory';
import { ImportNeighbourhoods } from './ImportNeighbourhoods';
import { ImportHsds } from './ImportHsds';

/** Imports from files: the neighbourhoods (GeoJSON) and the directory of services (HSDS JSON or CSV). */
export function ImportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle subtitle={t('admin.import.intro')}>{t('admin.import.title')}</PageTitle>
      <ImportNeighbourhoods />
      <ImportDirectory />
      <ImportHsds />
    </>
  );
}
