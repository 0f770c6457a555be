import { ReactNode } from 'react';
import { StatusBadge } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { urgencyTone } from '../../components/tones';
import { ReportDetail } from './reportApi';

interface Props {
  report: ReportDetail;
  neighbourhood: string;
  deskName: string;
  /** The signed-in person's account id, to say "you" when they hold the report. */
  me: string | undefined;
}

/** What was seen and the facts around it. */
export function ReportSummary({ report, neighbourhood, deskName, me }: Props) {
  const { t, locale } = useI18n();
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const row = (label: string, value: ReactNode, testId?: string) => (
    <>
      <dt className="col-sm-5 col-lg-4">{label}</dt>
      <dd className="col-sm-7 col-lg-8" data-testid={testId}>
        {value}
      </dd>
    </>
  );
  const holder = report.assigneeId ? (report.assigneeId === me ? t('social.report.holderYou') : t('social.report.holderOther')) : t('social.report.holderNone');
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title" className="h4">
        {t('social.report.summaryTitle')}
      </h2>
      <h3 className="h6 mt-2">{t('social.report.story')}</h3>
      <blockquote className="border-start border-4 ps-3 mb-3" data-testid="report-description" style={{ whiteSpace: 'pre-wrap' }}>
        {report.description || t('social.report.noStory')}
      </blockquote>
      <dl className="row mb-0">
        {report.reference && row(t('social.report.reference'), <strong className="reference-code">{report.reference}</strong>, 'report-reference')}
        {row(t('social.report.status'), <StatusBadge label={t(`common.coarseStatus.${report.status}`)} tone={report.status === 'CLOSED' || report.status === 'WITHDRAWN' ? 'secondary' : report.status === 'IN_CARE' ? 'success' : 'primary'} />, 'report-status')}
        {row(t('social.report.submitted'), formatDateTime(report.submittedAt, locale))}
        {row(t('social.report.needs'), report.needs.length > 0 ? report.needs.map((n) => t(`common.need.${n}`)).join(', ') : <em>{t('social.report.noNeeds')}</em>)}
        {row(t('social.report.urgency'), <StatusBadge label={t(`common.urgency.${report.urgency}`)} tone={urgencyTone(report.urgency)} />)}
        {row(t('social.report.ageBand'), t(`common.ageBand.${report.ageBand}`))}
        {row(t('social.report.neighbourhood'), neighbourhood)}
        {row(t('social.report.antenna'), report.antennaName ?? '—', 'report-antenna')}
        {row(t('social.report.consent'), yesNo(report.consentToContact), 'report-consent')}
        {row(t('social.report.doNotContact'), report.doNotContact ? <strong className="text-danger">{t('common.yes')}</strong> : t('common.no'), 'report-dnc')}
        {row(t('social.report.desk'), deskName, 'report-desk')}
        {row(t('social.report.taken'), report.takenInHandAt && report.assigneeId ? t('social.report.takenOn', { when: formatDateTime(report.takenInHandAt, locale), who: holder }) : t('social.report.notTaken'), 'report-taken')}
        {report.slaDueAt && !report.closedAt && row(t('social.report.deadline'), formatDateTime(report.slaDueAt, locale))}
        {report.reopenedAt && row(t('social.report.reopened'), formatDateTime(report.reopenedAt, locale))}
        {report.closedAt && row(t('social.report.closed'), t('social.report.closedOn', { when: formatDateTime(report.closedAt, locale), reason: report.closureReason ? t(`common.closureReason.${report.closureReason}`) : '—' }))}
        {report.withdrawnAt && row(t('social.report.withdrawn'), formatDateTime(report.withdrawnAt, locale))}
      </dl>
      {report.objection && <p className="alert alert-info mt-3 mb-0">{t('social.report.objection')}</p>}
      {report.erased && <p className="alert alert-info mt-3 mb-0">{t('social.report.erased')}</p>}
    </section>
  );
}

/** The person's identifying data, when the report holds some and they may be shown. */
export function SubjectCard({ report }: { report: ReportDetail }) {
  const { t } = useI18n();
  const s = report.subject;
  const hidden = report.doNotContact && s && !s.phone && !s.address;
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="report-subject-title" data-testid="report-subject">
      <h2 id="report-subject-title" className="h4">
        {t('social.subject.title')}
      </h2>
      {!s ? (
        <p className="mb-0">{t('social.subject.none')}</p>
      ) : (
        <>
          <dl className="row mb-0">
            <dt className="col-sm-5 col-lg-4">{t('social.subject.name')}</dt>
            <dd className="col-sm-7 col-lg-8">{s.name || '—'}</dd>
            <dt className="col-sm-5 col-lg-4">{t('social.subject.phone')}</dt>
            <dd className="col-sm-7 col-lg-8">{s.phone ? <a href={`tel:${s.phone.replace(/\s+/g, '')}`}>{s.phone}</a> : '—'}</dd>
            <dt className="col-sm-5 col-lg-4">{t('social.subject.address')}</dt>
            <dd className="col-sm-7 col-lg-8">{s.address || '—'}</dd>
          </dl>
          {hidden && <p className="alert alert-info mt-3 mb-0">{t('social.subject.hiddenDnc')}</p>}
        </>
      )}
      <p className="small text-secondary mt-3 mb-0">{t('social.subject.audit')}</p>
    </section>
  );
}
