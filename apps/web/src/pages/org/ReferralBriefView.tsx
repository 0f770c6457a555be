import { useI18n } from '../../i18n/i18n';
import { HOLDING, InboxReferral, ReferralBrief } from './inboxApi';

/**
 * What the vault adds to the card: the desk's line of context (before accepting too), and what the
 * antenna saw, once the organisation holds the referral. Both readings are recorded by the API.
 */
export function ReferralBriefView({ referral, brief }: { referral: InboxReferral; brief: ReferralBrief | undefined }) {
  const { t } = useI18n();
  const holds = HOLDING.includes(referral.status);
  const { id } = referral;
  return (
    <>
      {brief?.contextLine && (
        <div className="border-start border-4 border-primary ps-3 mb-3" data-testid={`context-${id}`}>
          <p className="small fw-semibold mb-1">{t('org.brief.context')}</p>
          <p className="mb-0">{brief.contextLine}</p>
        </div>
      )}
      {holds && brief?.description && (
        <section className="bg-light border rounded p-3 mb-3" aria-label={t('org.brief.seen')} data-testid={`seen-${id}`}>
          <h3 className="h6">{t('org.brief.seen')}</h3>
          <p className="mb-2" style={{ whiteSpace: 'pre-wrap' }}>
            {brief.description}
          </p>
          <p className="small text-secondary mb-0">{t('org.brief.audit')}</p>
        </section>
      )}
      {referral.status === 'REQUESTED' && <p className="small text-secondary mb-3">{t('org.brief.afterAccept')}</p>}
    </>
  );
}
