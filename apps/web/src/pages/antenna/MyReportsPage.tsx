import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { CoarseStatus, Report } from './model';
import { createQueueStore, sessionStore, waitingReports } from './pending';
import { dialable } from './phone';
import { ReportCardActions } from './ReportCardActions';
import './antenna.css';
import { graphql } from '../../gql';

const MY_REPORTS = graphql(`query MyReports($first: Int) {
  myReports(first: $first) { nodes { id reference submittedAt needs urgency ageBand status descriptionStart ownerDesk { name phone hours } } pageInfo { hasNextPage } }
}`);

type ListedReport = Pick<Report, 'id' | 'reference' | 'submittedAt' | 'needs' | 'urgency' | 'ageBand' | 'status' | 'ownerDesk'> & {
  /** The first words the shop itself wrote (never what the desk added); null once no longer kept. */
  descriptionStart: string | null;
};

interface MyReportsData {
  myReports: { nodes: ListedReport[]; pageInfo: { hasNextPage: boolean } };
}

const STATUS_TONE: Record<CoarseStatus, 'primary' | 'success' | 'secondary'> = {
  RECEIVED: 'primary',
  IN_CARE: 'success',
  CLOSED: 'secondary',
  WITHDRAWN: 'secondary',
};

/** Only a report still open may get news or be withdrawn. */
const isOpen = (status: CoarseStatus) => status === 'RECEIVED' || status === 'IN_CARE';

/** The antenna's own reports, newest first, with only their coarse state. */
export function MyReportsPage() {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useQuery(MY_REPORTS, { first: 50 });
  const [waiting] = useState(() => waitingReports(createQueueStore(sessionStore()).read()).length);
  const reports = data?.myReports.nodes ?? [];
  const [done, setDone] = useState({ text: '', count: 0 });
  const onDone = (text: string) => {
    setDone((previous) => ({ text, count: previous.count + 1 }));
    void reload();
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-lg-9 col-xl-8">
        <PageTitle subtitle={t('antenna.myReports.subtitle')}>{t('antenna.myReports.title')}</PageTitle>
        {reports.some((r) => r.reference) && <p className="small">{t('antenna.myReports.referenceHint')}</p>}

        {waiting > 0 && (
          <div className="alert alert-warning" data-testid="my-reports-pending">
            <p className="mb-1">{waiting === 1 ? t('antenna.myReports.pendingOne') : t('antenna.myReports.pendingMany', { count: waiting })}</p>
            <Link to="/segnala">{t('antenna.myReports.pendingLink')}</Link>
          </div>
        )}

        <div className="flag-actions mb-3">
          <button type="button" className="btn btn-outline-primary" data-testid="my-reports-refresh" disabled={loading} onClick={() => void reload()}>
            {loading && data ? t('antenna.myReports.refreshing') : t('antenna.myReports.refresh')}
          </button>
        </div>

        <div role="status" aria-live="polite" data-testid="my-reports-done" className={done.text ? 'alert alert-success' : ''}>
          {done.text && <span key={done.count}>{done.text}</span>}
        </div>
        <ErrorAlert error={error} onRetry={() => void reload()} />
        {loading && !data && <Loading />}

        {data && reports.length === 0 && (
          <div data-testid="my-reports-empty">
            <p>{t('antenna.myReports.empty')}</p>
            <Link to="/segnala" className="btn btn-primary">
              {t('antenna.myReports.flagLink')}
            </Link>
          </div>
        )}

        {reports.length > 0 && (
          <ul className="my-reports" aria-label={t('antenna.myReports.listLabel')} data-testid="my-reports-list">
            {reports.map((report) => (
              <li key={report.id} className="report-card" data-testid={`my-report-${report.id}`}>
                <h2 className="h5 mb-2">
                  {report.reference ? (
                    <>
                      {t('antenna.myReports.cardTitleCode')} <span className="reference-code" data-testid={`my-report-reference-${report.id}`}>{report.reference}</span>
                      <span className="d-block small fw-normal mt-1">{t('antenna.myReports.cardSent', { date: formatDateTime(report.submittedAt, locale) })}</span>
                    </>
                  ) : (
                    t('antenna.myReports.cardTitle', { date: formatDateTime(report.submittedAt, locale) })
                  )}
                </h2>
                {report.descriptionStart && (
                  <figure className="mb-2" data-testid={`my-report-words-${report.id}`}>
                    <figcaption className="small text-secondary">{t('antenna.myReports.wrote')}</figcaption>
                    <blockquote className="report-card-words mb-0">«{report.descriptionStart}»</blockquote>
                  </figure>
                )}
                <dl>
                  <dt>{t('antenna.myReports.status')}</dt>
                  <dd>
                    <span className={`badge bg-${STATUS_TONE[report.status]}`} data-testid={`my-report-status-${report.id}`}>
                      {t(`common.coarseStatus.${report.status}`)}
                    </span>
                  </dd>
                  <dt>{t('antenna.myReports.urgency')}</dt>
                  <dd>{t(`common.urgency.${report.urgency}`)}</dd>
                  <dt>{t('antenna.myReports.ageBand')}</dt>
                  <dd>{t(`common.ageBand.${report.ageBand}`)}</dd>
                  <dt>{t('antenna.myReports.needs')}</dt>
                  <dd>{report.needs.length > 0 ? report.needs.map((need) => t(`common.need.${need}`)).join(', ') : t('antenna.myReports.noNeeds')}</dd>
                  {report.ownerDesk && (
                    <>
                      <dt>{t('antenna.myReports.desk')}</dt>
                      <dd>
                        {report.ownerDesk.name}
                        {report.ownerDesk.phone && (
                          <>
                            {', '}
                            <a href={`tel:${dialable(report.ownerDesk.phone)}`}>{t('antenna.myReports.deskPhone', { phone: report.ownerDesk.phone })}</a>
                          </>
                        )}
                      </dd>
                    </>
                  )}
                </dl>
                {isOpen(report.status) && <ReportCardActions reportId={report.id} onDone={onDone} />}
              </li>
            ))}
          </ul>
        )}

        {data?.myReports.pageInfo.hasNextPage && <p className="mt-3">{t('antenna.myReports.more')}</p>}
        <p className="visually-hidden" role="status" aria-live="polite">
          {loading && data ? t('antenna.myReports.refreshing') : ''}
        </p>
      </div>
    </div>
  );
}
