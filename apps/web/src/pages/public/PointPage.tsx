import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { CanCannot } from './CanCannot';
import { PublicMap } from './PublicMap';
import { telHref } from './places';
import { DESKS, Desk, NEIGHBOURHOODS, Neighbourhood, POINT, Point, usePublicInfo } from './publicApi';
import './public.css';

/** One proximity point: what it is, where, when, how to reach it, and what it can and cannot do for you. */
export function PointPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { info, municipality } = usePublicInfo();
  const point = useQuery(POINT, { id });
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality ?? '' }, { skip: !municipality });
  const desks = useQuery(DESKS, { m: municipality ?? '' }, { skip: !municipality });
  if (point.error?.code === 'NOT_FOUND') {
    return (
      <>
        <PageTitle>{t('public.point.notFound')}</PageTitle>
        <p>{t('public.point.notFoundText')}</p>
        <Link to="/punti">{t('public.point.back')}</Link>
      </>
    );
  }
  if (point.error) return <ErrorAlert error={point.error} onRetry={() => void point.reload()} />;
  if (!point.data) return <Loading />;
  const p = point.data.proximityPoint;
  const neighbourhood = shapes.data?.neighbourhoods.find((n) => n.code === p.neighbourhoodCode);
  const desk = desks.data?.publicDesks.find((d) => d.neighbourhoodCode === p.neighbourhoodCode);
  const tel = telHref(p.publicContact);
  return (
    <>
      <p className="mb-2">
        <Link to="/punti">← {t('public.point.back')}</Link>
      </p>
      <PageTitle subtitle={t('public.point.kindLine', { kind: t(`common.antennaKind.${p.kind}`) })}>{p.name}</PageTitle>
      <div className="row">
        <div className="col-lg-7">
          <dl className="public-card" data-testid="point-facts">
            <dt>{t('public.point.address')}</dt>
            <dd>
              {p.address}
              {neighbourhood ? ` · ${t('public.point.neighbourhood', { name: neighbourhood.name })}` : ''}
            </dd>
            <dt>{t('public.point.hours')}</dt>
            <dd data-testid="point-hours">{p.openingHours ?? t('public.point.noHours')}</dd>
            <dt>{t('public.point.contact')}</dt>
            <dd className="mb-0">{p.publicContact ? tel ? <a href={tel}>{p.publicContact}</a> : p.publicContact : t('public.point.noContact')}</dd>
          </dl>
          <p>{t('public.point.what')}</p>
        </div>
        <div className="col-lg-5">
          {shapes.data && (
            <PublicMap
              neighbourhoods={shapes.data.neighbourhoods}
              points={[{ id: p.id, lat: p.lat, lng: p.lng, label: '1' }]}
              highlight={p.neighbourhoodCode}
              tileUrl={info?.mapTileUrl}
              tileAttribution={info?.mapTileAttribution}
              label={t('public.map.onePoint', { name: p.name, neighbourhood: neighbourhood?.name ?? p.neighbourhoodCode })}
              caption={t('public.map.legendOne', { neighbourhood: neighbourhood?.name ?? p.neighbourhoodCode })}
            />
          )}
        </div>
      </div>
      <CanCannot />
      {desk && (
        <section className="public-card" aria-labelledby="point-desk">
          <h2 id="point-desk" className="h5">{t('public.point.deskTitle')}</h2>
          <p className="mb-1">{desk.name}</p>
          {desk.phone && (
            <p className="mb-1">
              {t('public.help.phone')}: <a href={telHref(desk.phone) ?? undefined}>{desk.phone}</a>
            </p>
          )}
          {desk.hours && <p className="mb-0">{t('public.help.hours')}: {desk.hours}</p>}
        </section>
      )}
    </>
  );
}
