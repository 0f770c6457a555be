import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/common';
import { municipalityLabel } from '../../layout/Layout';
import { useI18n } from '../../i18n/i18n';
import { usePublicInfo } from './publicApi';
import './public.css';

/**
 * The public home, for a resident with no login, often on a phone and often for someone else:
 * 112 first, then the things they came for, in plain words.
 */
export function HomePage() {
  const { t } = useI18n();
  const { municipality } = usePublicInfo();
  return (
    <>
      <PageTitle>{t('public.home.title')}</PageTitle>
      <section className="public-hero" aria-labelledby="home-lead">
        <p id="home-lead" className="lead mb-2">{t('public.home.lead', { municipality: municipalityLabel(t, municipality) })}</p>
        <p className="mb-0">{t('public.home.nobodyLeftBehind')}</p>
      </section>
      <div className="emergency-box" role="note" aria-labelledby="home-112">
        <h2 id="home-112" className="h5 mb-1">{t('public.emergency.title')}</h2>
        <p className="mb-2">{t('public.emergency.text')}</p>
        <a className="btn btn-danger btn-call" href="tel:112" data-testid="call-112">{t('public.emergency.call')}</a>
      </div>
      <nav aria-label={t('public.home.entriesLabel')}>
        <div className="public-entries">
          <Link className="public-entry" to="/punti" data-testid="home-points">
            <strong>{t('public.home.points.title')}</strong>
            {t('public.home.points.text')}
          </Link>
          <Link className="public-entry" to="/catalogo" data-testid="home-catalogue">
            <strong>{t('public.home.catalogue.title')}</strong>
            {t('public.home.catalogue.text')}
          </Link>
          <Link className="public-entry" to="/iniziative" data-testid="home-activities">
            <strong>{t('public.home.activities.title')}</strong>
            {t('public.home.activities.text')}
          </Link>
          <Link className="public-entry" to="/aiuto" data-testid="home-help">
            <strong>{t('public.home.help.title')}</strong>
            {t('public.home.help.text')}
          </Link>
          <Link className="public-entry" to="/diventa-punto" data-testid="home-apply">
            <strong>{t('public.home.apply.title')}</strong>
            {t('public.home.apply.text')}
          </Link>
        </div>
      </nav>
      <section aria-labelledby="home-what" className="mb-4">
        <h2 id="home-what" className="h4">{t('public.home.what.title')}</h2>
        <p>{t('public.home.what.text')}</p>
        <p className="small text-secondary mb-0">{t('public.home.privacy')}</p>
      </section>
    </>
  );
}
