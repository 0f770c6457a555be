import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n';
import { useNeighbourhoods } from '../../components/useNeighbourhoods';
import { BreakGlass } from './BreakGlass';
import { ContactAttempts } from './ContactAttempts';
import { DESK_ALERTS, DeskAlert, DeskAlerts } from './DeskAlerts';
import { OrgContextEditor } from './OrgContextEditor';
import { PrescribePanel } from './PrescribePanel';
import { ReferralStories } from './ReferralStories';
import { ClosedActions, ReportActions } from './ReportActions';
import { ReroutePanel } from './ReroutePanel';
import { Desk, DESKS, REPORT, REPORT_REFERRALS, ReferralStory, ReportDetail } from './reportApi';
import { ReportSummary, SubjectCard } from './ReportSummary';
import { OutcomesSection, PathwaySection } from './Wellbeing';

/** One report, as its social worker handles it (every opening is recorded by the API). */
export function ReportPage() {
  const { id = '' } = useParams();
  // A fresh view per report: moving to a linked report leaves nothing of the previous one on screen.
  return <ReportView key={id} id={id} />;
}

function ReportView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { account } = useSession();
  const report = useQuery(REPORT, { id });
  const referrals = useQuery(REPORT_REFERRALS, { reportId: id });
  const desks = useQuery(DESKS);
  // The report's own alerts again, for the needs no service took (why each was left out).
  const alerts = useQuery(DESK_ALERTS, { reportId: id, first: 50 });
  const { nameOf } = useNeighbourhoods();
  const [message, setMessage] = useState({ text: '', count: 0 });
  const messageRef = useRef<HTMLDivElement>(null);
  const reloadReport = report.reload;
  const reloadReferrals = referrals.reload;
  const reloadAlerts = alerts.reload;

  // What a move sets off happens a moment later in the referrals service (a re-route's new
  // referral, a closure's cancellations, a reopening's referrals sent again): look again shortly.
  const followUps = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => followUps.current.forEach(clearTimeout), []);
  const onDone = useCallback(
    (text: string) => {
      setMessage((previous) => ({ text, count: previous.count + 1 }));
      void reloadReport();
      void reloadReferrals();
      void reloadAlerts();
      followUps.current.forEach(clearTimeout);
      followUps.current = [1500, 4000, 9000].map((ms) =>
        setTimeout(() => {
          void reloadReport();
          void reloadReferrals();
          void reloadAlerts();
        }, ms),
      );
    },
    [reloadReport, reloadReferrals, reloadAlerts],
  );
  // After every action the confirmation takes focus: the control that was used may be gone.
  useEffect(() => {
    if (message.count > 0) messageRef.current?.focus();
  }, [message.count]);

  const deskList = useMemo(() => desks.data?.desks ?? [], [desks.data]);
  const r = report.data?.report;
  const title = r
    ? r.reference
      ? t('social.report.titleWithCode', { code: r.reference, date: formatDate(r.submittedAt, locale) })
      : t('social.report.title', { date: formatDate(r.submittedAt, locale) })
    : t('social.report.titleLoading');
  const open = !!r && !r.closedAt && !r.withdrawnAt;
  const deskName = r ? (deskList.find((d) => d.id === r.ownerDeskId)?.name ?? '—') : '—';

  const unmet = (alerts.data?.deskAlerts.nodes ?? []).filter((a) => a.kind === 'unmet' || a.kind === 'exhausted');
  return (
    <>
      <p className="mb-2">
        <Link to="/triage">{t('social.report.back')}</Link>
      </p>
      <PageTitle subtitle={r ? t('social.report.subtitle', { when: formatDateTime(r.submittedAt, locale) }) : undefined}>{title}</PageTitle>
      <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite" data-testid="report-message" className={message.text ? 'alert alert-success' : ''}>
        {message.text && <span key={message.count}>{message.text}</span>}
      </div>
      <ErrorAlert error={report.error} onRetry={() => void report.reload()} />
      {report.loading && !r && <Loading />}
      {r && (
        // At desktop widths (≥ 1200 px) the facts on the left, the decisions on the right; on a
        // narrow screen the decisions come after the facts they need.
        <div className="row">
          <div className="col-12 col-xl-7" data-testid="report-facts">
            <ReportSummary report={r} neighbourhood={nameOf(r.neighbourhoodCode)} deskName={deskName} me={account?.id} />
            <SubjectCard report={r} />
            <DeskAlerts
              reportId={r.id}
              onRaised={() => {
                void reloadReferrals();
                void reloadAlerts();
              }}
            />
            <ContactAttempts reportId={r.id} attempts={r.contactAttemptList} canRecord={open} onDone={onDone} />
            <ErrorAlert error={referrals.error} onRetry={() => void referrals.reload()} />
            {referrals.data && <ReferralStories stories={referrals.data.reportReferrals} unmet={unmet} canAct={open} onDone={onDone} />}
            <OutcomesSection reportId={r.id} canRecord={!r.erased} onDone={onDone} />
            <FollowUps followUps={r.followUps} />
            <LinkedReports ids={r.linkedReportIds} />
          </div>
          <div className="col-12 col-xl-5" data-testid="report-decisions">
            {open ? <ReportActions report={r} desks={deskList} me={account?.id} onDone={onDone} /> : <ClosedActions report={r} onDone={onDone} />}
            <OrgContextEditor reportId={r.id} canEdit={open && !r.erased} onDone={onDone} />
            <PathwaySection reportId={r.id} referrals={(referrals.data?.reportReferrals ?? []).map((x) => ({ id: x.id, serviceName: x.serviceName }))} canEdit={!r.erased} onDone={onDone} />
            {open && referrals.data && <ReroutePanel stories={referrals.data.reportReferrals} onDone={onDone} />}
            {open && !r.erased && <PrescribePanel reportId={r.id} onDone={onDone} />}
            {open && !r.erased && <BreakGlass reportId={r.id} onDone={onDone} />}
          </div>
        </div>
      )}
    </>
  );
}

function FollowUps({ followUps }: { followUps: ReportDetail['followUps'] }) {
  const { t, locale } = useI18n();
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="followups-title">
      <h2 id="followups-title" className="h4">
        {t('social.followUps.title')}
      </h2>
      {followUps.length === 0 ? (
        <p className="mb-0">{t('social.followUps.none')}</p>
      ) : (
        <ul className="mb-0">
          {followUps.map((f, index) => (
            <li key={`${f.at}-${index}`}>
              <span className="fw-semibold">{formatDateTime(f.at, locale)}</span> — {f.note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkedReports({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="linked-title">
      <h2 id="linked-title" className="h4">
        {t('social.linked.title')}
      </h2>
      {ids.length === 0 ? (
        <p className="mb-0">{t('social.linked.none')}</p>
      ) : (
        <>
          <p>{t('social.linked.intro')}</p>
          <ul className="mb-0">
            {ids.map((linked) => (
              <li key={linked}>
                <Link to={`/segnalazioni/${linked}`} data-testid={`linked-${linked}`}>
                  {t('social.linked.item', { code: linked.slice(0, 8) })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
