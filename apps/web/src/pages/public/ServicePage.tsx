import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { availability } from './availability';
import { areasText, scheduleText, telHref } from './places';
import { NEIGHBOURHOODS, Neighbourhood, Phone, SERVICE, Schedule, ServiceDetail, usePublicInfo } from './publicApi';
import './public.css';

function Phones({ phones }: { phones: Phone[] }) {
  if (phones.length === 0) return null;
  return (
    <>
      {phones.map((p) => (
        <span key={`${p.number}-${p.extension ?? ''}`} className="d-block">
          <a href={telHref(p.number) ?? undefined}>{p.number}</a>
          {p.extension ? ` (int. ${p.extension})` : ''}
          {p.description ? ` – ${p.description}` : ''}
        </span>
      ))}
    </>
  );
}

function Hours({ schedules }: { schedules: Schedule[] }) {
  const { t } = useI18n();
  if (schedules.length === 0) return null;
  return (
    <ul className="mb-0 ps-3">
      {schedules.map((s, i) => (
        <li key={i}>{scheduleText(s, t)}</li>
      ))}
    </ul>
  );
}

/**
 * A service's page: everything a resident needs to reach it — the organisation, what it does,
 * where and when, how to access it, who may, what it costs, whom to call — and nothing about any
 * person.
 */
export function ServicePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { municipality } = usePublicInfo();
  const q = useQuery(SERVICE, { id });
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality }, { skip: !municipality });
  if (q.error?.code === 'NOT_FOUND') {
    return (
      <>
        <PageTitle>{t('public.service.notFound')}</PageTitle>
        <Link to="/catalogo">{t('public.service.back')}</Link>
      </>
    );
  }
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.reload()} />;
  if (!q.data) return <Loading />;
  const s = q.data.catalogueService;
  const a = availability(s, t);
  const names = new Map((shapes.data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  const ages = s.minimumAge !== null && s.maximumAge !== null ? t('public.service.agesBetween', { min: s.minimumAge, max: s.maximumAge })
    : s.minimumAge !== null ? t('public.service.agesFrom', { min: s.minimumAge })
      : s.maximumAge !== null ? t('public.service.agesUpTo', { max: s.maximumAge }) : null;
  const contacts = [...s.phones, ...s.organisation.phones];
  return (
    <>
      <p className="mb-2">
        <Link to="/catalogo">← {t('public.service.back')}</Link>
      </p>
      <PageTitle subtitle={s.organisationName}>{s.name}</PageTitle>
      <p className={`availability ${a.tone} mb-2`} data-testid="service-availability">{a.text}</p>
      {s.description && <p className="lead">{s.description}</p>}
      {s.needs.length > 0 && (
        <p>
          <span className="visually-hidden">{t('public.catalogue.needsLabel')}: </span>
          {s.needs.map((n) => (
            <span key={n} className="need-chip">{t(`public.needs.${n}`)}</span>
          ))}
        </p>
      )}
      <div className="row">
        <div className="col-lg-7">
          <section aria-labelledby="svc-how" className="public-card" data-testid="service-how">
            <h2 id="svc-how" className="h5">{t('public.service.how')}</h2>
            <p className="mb-0">{s.applicationProcess ?? t('public.service.askOrganisation')}</p>
          </section>
          <section aria-labelledby="svc-who" className="public-card" data-testid="service-who">
            <h2 id="svc-who" className="h5">{t('public.service.who')}</h2>
            <p className="mb-0">{s.eligibilityDescription ?? t('public.service.askOrganisation')}</p>
            {ages && <p className="mb-0 mt-1">{ages}</p>}
            {s.neighbourhoodCodes.length > 0 && (
              <p className="mb-0 mt-1 small">
                {t('public.catalogue.forNeighbourhoods')}: {areasText(s.neighbourhoodCodes, names, t)}
              </p>
            )}
          </section>
          <section aria-labelledby="svc-cost" className="public-card" data-testid="service-cost">
            <h2 id="svc-cost" className="h5">{t('public.service.cost')}</h2>
            <p className="mb-0">{s.feesDescription ?? t('public.service.askOrganisation')}</p>
          </section>
          {s.schedules.length > 0 && (
            <section aria-labelledby="svc-hours" className="public-card">
              <h2 id="svc-hours" className="h5">{t('public.service.hours')}</h2>
              <Hours schedules={s.schedules} />
            </section>
          )}
        </div>
        <div className="col-lg-5">
          <section aria-labelledby="svc-where" className="public-card" data-testid="service-where">
            <h2 id="svc-where" className="h5">{t('public.service.where')}</h2>
            {s.places.length === 0 && <p className="mb-0">{t('public.service.noPlace')}</p>}
            {s.places.map((p) => (
              <div key={p.id} className="mb-3" data-testid="service-place">
                <h3 className="h6 mb-1">{p.name}</h3>
                {p.address && (
                  <p className="mb-1">
                    {p.address}
                    {p.city ? `, ${p.postalCode ? `${p.postalCode} ` : ''}${p.city}` : ''}
                  </p>
                )}
                {p.transportation && <p className="mb-1 small">{t('public.service.transport')}: {p.transportation}</p>}
                {p.schedules.length > 0 && (
                  <div className="mb-1">
                    <span className="fw-semibold">{t('public.service.hours')}:</span>
                    <Hours schedules={p.schedules} />
                  </div>
                )}
                {p.phones.length > 0 && <Phones phones={p.phones} />}
              </div>
            ))}
          </section>
          <section aria-labelledby="svc-contacts" className="public-card" data-testid="service-contacts">
            <h2 id="svc-contacts" className="h5">{t('public.service.contacts')}</h2>
            {contacts.length > 0 && <Phones phones={contacts} />}
            {(s.email ?? s.organisation.email) && (
              <span className="d-block">
                <a href={`mailto:${s.email ?? s.organisation.email}`}>{s.email ?? s.organisation.email}</a>
              </span>
            )}
            {(s.url ?? s.organisation.website) && (
              <a className="d-block" href={(s.url ?? s.organisation.website)!} rel="noopener noreferrer">
                {s.url ?? s.organisation.website}
              </a>
            )}
            {contacts.length === 0 && !s.email && !s.organisation.email && <p className="mb-0">{t('public.service.noContacts')}</p>}
          </section>
          <section aria-labelledby="svc-org" className="public-card">
            <h2 id="svc-org" className="h5">{t('public.service.organisation')}</h2>
            <p className="mb-1 fw-semibold">{s.organisation.name}</p>
            {s.organisation.legalForm && <p className="mb-1 small">{s.organisation.legalForm}</p>}
            {s.organisation.description && <p className="mb-0">{s.organisation.description}</p>}
          </section>
        </div>
      </div>
      <p className="small text-secondary">
        {t('public.service.notSure')} <Link to="/aiuto">{t('public.service.askDesk')}</Link>
      </p>
    </>
  );
}
