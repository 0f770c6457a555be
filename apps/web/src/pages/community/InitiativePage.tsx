import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { telHref } from '../public/places';
import { NEIGHBOURHOODS, Neighbourhood, usePublicInfo } from '../public/publicApi';
import { INITIATIVE_PAGE } from './communityApi';
import { SeatsBadge } from './SeatsBadge';
import { agesText, localText, organiserText, sessionWhen } from './format';
import '../public/public.css';
import './community.css';

/**
 * An initiative's public page: what it is, who runs it, where (and whether it is step-free), for
 * whom, what it costs, whom to call, and its next sessions with the seats left. No login.
 */
export function InitiativePage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const { municipality } = usePublicInfo();
  const q = useQuery(INITIATIVE_PAGE, { id });
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality }, { skip: !municipality });
  if (q.error?.code === 'NOT_FOUND' || q.error?.code === 'BAD_USER_INPUT') {
    return (
      <>
        <PageTitle>{t('community.page.notFound')}</PageTitle>
        <p>{t('community.page.notFoundText')}</p>
        <Link to="/iniziative">{t('community.page.back')}</Link>
      </>
    );
  }
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.reload()} />;
  if (!q.data) return <Loading />;
  const i = q.data.initiative;
  const text = localText(i, locale);
  const neighbourhood = shapes.data?.neighbourhoods.find((n) => n.code === i.neighbourhoodCode)?.name ?? i.neighbourhoodCode;
  const tel = telHref(i.publicContact);
  const sessions = i.sessions ?? [];
  return (
    <>
      <p className="mb-2">
        <Link to="/iniziative">← {t('community.page.back')}</Link>
      </p>
      <PageTitle subtitle={`${t(`community.kind.${i.kind}`)} · ${organiserText(i, t)}`}>{text.title}</PageTitle>
      <p className="lead" lang={text.lang} data-testid="initiative-description">{text.description}</p>
      <div className="row">
        <div className="col-lg-7">
          <section aria-labelledby="in-sessions" className="public-card" data-testid="initiative-sessions">
            <h2 id="in-sessions" className="h5">{t('community.page.sessions')}</h2>
            {sessions.length === 0 ? (
              <p className="mb-0">{t('community.page.noSessions')}</p>
            ) : (
              <ul className="session-list">
                {sessions.map((s) => (
                  <li key={s.id} data-testid={`session-${s.id}`}>
                    <span className="when">{sessionWhen(s, locale)}</span>
                    <br />
                    {s.status === 'SCHEDULED' ? (
                      <SeatsBadge session={s} />
                    ) : (
                      <span className="status-note">
                        {t(`community.status.${s.status}`)}
                        {s.note ? ` – ${s.note}` : ''}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <p className="small text-secondary mb-0 mt-2">{t('community.page.seatsNote')}</p>
          </section>
          {i.publicContact && (
            <section aria-labelledby="in-contact" className="public-card">
              <h2 id="in-contact" className="h5">{t('community.page.contact')}</h2>
              <p className="mb-0" data-testid="initiative-contact">
                {tel ? <a href={tel} className="btn btn-primary btn-big">{i.publicContact}</a> : i.publicContact}
              </p>
            </section>
          )}
        </div>
        <div className="col-lg-5">
          <dl className="public-card" data-testid="initiative-facts">
            <dt>{t('community.page.where')}</dt>
            <dd>
              {i.place.name}, {i.place.address} · {neighbourhood}
              <br />
              <span data-testid="initiative-step-free">{i.place.stepFree ? t('community.page.stepFree') : t('community.page.notStepFree')}</span>
            </dd>
            <dt>{t('community.page.who')}</dt>
            <dd>
              {agesText(i, t)}
              {i.goodForLivingAlone && (
                <>
                  <br />
                  {t('community.page.livingAlone')}
                </>
              )}
            </dd>
            <dt>{t('community.page.cost')}</dt>
            <dd>{i.free ? t('community.page.free') : i.costText}</dd>
            {i.accessibilitySupport && (
              <>
                <dt>{t('community.page.access')}</dt>
                <dd className="mb-0">{i.accessibilitySupport}</dd>
              </>
            )}
          </dl>
        </div>
      </div>
    </>
  );
}
