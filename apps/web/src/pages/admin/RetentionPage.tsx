import { PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { PolicyForm } from './PolicyForm';
import { RetentionForm } from './RetentionForm';

/** How long data is kept, and the municipality's rules for referrals. */
export function RetentionPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle subtitle={t('admin.retention.pageIntro')}>{t('admin.retention.pageTitle')}</PageTitle>
      <RetentionForm />
      <PolicyForm />
    </>
  );
}
