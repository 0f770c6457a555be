import { useI18n } from '../../i18n/i18n';

/** What a proximity point can and cannot do for you (the same words on every point's page and the help page). */
export function CanCannot({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const H = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby="can-cannot-title" className="mb-4" data-testid="can-cannot">
      <H id="can-cannot-title" className="h4">{t('public.canCannot.title')}</H>
      <div className="can-cannot">
        <div className="can">
          <h3 className="h6">{t('public.canCannot.canTitle')}</h3>
          <ul className="mb-0">
            <li>{t('public.canCannot.can1')}</li>
            <li>{t('public.canCannot.can2')}</li>
            <li>{t('public.canCannot.can3')}</li>
          </ul>
        </div>
        <div className="cannot">
          <h3 className="h6">{t('public.canCannot.cannotTitle')}</h3>
          <ul className="mb-0">
            <li>{t('public.canCannot.cannot1')}</li>
            <li>{t('public.canCannot.cannot2')}</li>
            <li>
              {t('public.canCannot.cannot3')} <a href="tel:112">{t('public.emergency.call112Short')}</a>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
