import { hasKey, useI18n } from '../../i18n/i18n';

/** For an unmet need: the services that cover it and why the matching rule left each out. */
export interface UnmetWhy {
  need: string;
  services: { serviceName: string; reasons: string[] }[];
}

/**
 * Why no service took a need (on an unmet or exhausted alert, and in the report's referral story):
 * each service that covers it with the rule's reasons (no places, not on the RUNTS register,
 * outside its area, inactive, already tried), or that no service of the municipality covers it.
 */
export function AlertWhy({ why, title, testId }: { why: UnmetWhy[]; title: string; testId?: string }) {
  const { t, locale } = useI18n();
  const reason = (r: string) => (hasKey(locale, `social.exclusion.${r}`) ? t(`social.exclusion.${r}`) : r);
  return (
    <div className="small mb-1" data-testid={testId}>
      <p className="mb-1 fw-semibold">{title}</p>
      <ul className="mb-0">
        {why.map((w) => (
          <li key={w.need}>
            {t('social.referrals.unmetNeed', { need: t(`common.need.${w.need}`) })}{' '}
            {w.services.length === 0
              ? t('social.referrals.unmetNone')
              : w.services.map((s) => t('social.referrals.unmetService', { service: s.serviceName, reasons: s.reasons.map(reason).join(', ') })).join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
