import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { CanCannot } from './CanCannot';
import { telHref } from './places';
import { DESKS, Desk, NEIGHBOURHOODS, Neighbourhood, usePublicInfo } from './publicApi';
import './public.css';

/** «Come chiedere aiuto»: 112 first; then the social desk of your neighbourhood; then how a proximity point can flag your situation. */
export function HelpPage() {
  const { t } = useI18n();
  const { municipality } = usePublicInfo();
  const desks = useQuery(DESKS, { m: municipality ?? '' }, { skip: !municipality });
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality ?? '' }, { skip: !municipality });
  const [code, setCode] = useState('');
  const names = new Map((shapes.data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  const desk = desks.data?.publicDesks.find((d) => d.neighbourhoodCode === code);
  return (
    <>
      <PageTitle subtitle={t('public.help.intro')}>{t('public.help.title')}</PageTitle>
      <div className="emergency-box" role="note" aria-labelledby="help-112" data-testid="help-112">
        <h2 id="help-112" className="h4 mb-1">{t('public.emergency.title')}</h2>
        <p className="mb-2">{t('public.emergency.text')}</p>
        <a className="btn btn-danger btn-call" href="tel:112">{t('public.emergency.call')}</a>
        <p className="mt-3 mb-0">{t('public.help.violence')} <a href="tel:1522">1522</a></p>
      </div>

      <section aria-labelledby="help-desk" className="mb-4">
        <h2 id="help-desk" className="h4">{t('public.help.deskTitle')}</h2>
        <p>{t('public.help.deskText')}</p>
        <label htmlFor="help-neighbourhood" className="form-label">{t('public.help.whichNeighbourhood')}</label>
        <select id="help-neighbourhood" className="form-select mb-3" style={{ maxWidth: '20rem' }} value={code} onChange={(e) => setCode(e.target.value)} data-testid="help-neighbourhood">
          <option value="">{t('public.help.chooseNeighbourhood')}</option>
          {[...(shapes.data?.neighbourhoods ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it')).map((n) => (
            <option key={n.code} value={n.code}>{n.name}</option>
          ))}
        </select>
        <ErrorAlert error={desks.error} onRetry={() => void desks.reload()} />
        {desks.loading && !desks.data && <Loading />}
        {desk && (
          <div className="public-card" role="status" data-testid="help-desk">
            <h3 className="h5">{desk.name}</h3>
            <p className="mb-1">
              {t('public.help.phone')}: {desk.phone ? <a href={telHref(desk.phone) ?? undefined} className="fw-bold">{desk.phone}</a> : t('public.help.noPhone')}
            </p>
            <p className="mb-0">{t('public.help.hours')}: {desk.hours ?? t('public.help.noHours')}</p>
          </div>
        )}
        {code && desks.data && !desk && <p role="status">{t('public.help.noDesk')}</p>}
        {desks.data && desks.data.publicDesks.length > 0 && (
          <details className="mt-2">
            <summary>{t('public.help.allDesks')}</summary>
            <div className="table-responsive">
              <table className="table table-sm mt-2">
                <caption className="visually-hidden">{t('public.help.allDesks')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('public.help.neighbourhood')}</th>
                    <th scope="col">{t('public.help.phone')}</th>
                    <th scope="col">{t('public.help.hours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...desks.data.publicDesks].sort((a, b) => (names.get(a.neighbourhoodCode) ?? a.neighbourhoodCode).localeCompare(names.get(b.neighbourhoodCode) ?? b.neighbourhoodCode, 'it')).map((d) => (
                    <tr key={d.neighbourhoodCode}>
                      <th scope="row">{names.get(d.neighbourhoodCode) ?? d.neighbourhoodCode}</th>
                      <td>{d.phone ? <a href={telHref(d.phone) ?? undefined}>{d.phone}</a> : '—'}</td>
                      <td>{d.hours ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="help-points" className="mb-4">
        <h2 id="help-points" className="h4">{t('public.help.pointsTitle')}</h2>
        <p>{t('public.help.pointsText')}</p>
        <ol>
          <li>{t('public.help.step1')}</li>
          <li>{t('public.help.step2')}</li>
          <li>{t('public.help.step3')}</li>
        </ol>
        <Link className="btn btn-primary btn-big" to="/punti">{t('public.help.findPoint')}</Link>
      </section>
      <CanCannot />
      <section aria-labelledby="help-services" className="mb-4">
        <h2 id="help-services" className="h4">{t('public.help.servicesTitle')}</h2>
        <p>{t('public.help.servicesText')}</p>
        <Link to="/catalogo">{t('public.help.toCatalogue')}</Link>
      </section>
    </>
  );
}
