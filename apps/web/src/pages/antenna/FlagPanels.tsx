import { Ref } from 'react';
import { Link } from 'react-router-dom';
import { localPart } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { Report, Urgency } from './model';
import { dialable } from './phone';

/** The flag page's panels: the 112 box, and what the shop reads after sending (or while the report waits to be sent). */

/** "Call 112 now": announced at once in the form; a plain reminder in the panels after sending. */
export function EmergencyAlert({ ref, announce = false }: { ref?: Ref<HTMLDivElement>; announce?: boolean }) {
  const { t } = useI18n();
  return (
    <div ref={ref} className="alert alert-danger emergency-alert" role={announce ? 'alert' : undefined} data-testid="emergency-112">
      <h2 className="h3">{t('antenna.flag.emergency.title')}</h2>
      <p>{t('antenna.flag.emergency.text')}</p>
      <a className="btn btn-danger btn-lg" href="tel:112">
        {t('antenna.flag.emergency.call')}
      </a>
    </div>
  );
}

export function PanelActions({ onNew }: { onNew(): void }) {
  const { t } = useI18n();
  return (
    <div className="flag-actions">
      <button type="button" className="btn btn-primary" data-testid="flag-new" onClick={onNew}>
        {t('antenna.flag.confirmation.newReport')}
      </button>
      <Link to="/mie-segnalazioni" className="btn btn-outline-primary" data-testid="flag-my-reports">
        {t('antenna.flag.confirmation.myReports')}
      </Link>
    </div>
  );
}

/** The report's code, large, with the glossary's words: what the shop says when the desk calls. */
function ReferenceCode({ code, hint, testId }: { code: string; hint: string; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="flag-reference mb-3" data-testid={testId}>
      <p className="mb-1">
        {t('antenna.flag.confirmation.reference')} <strong className="reference-code">{code}</strong>
      </p>
      <p className="small mb-0">{hint}</p>
    </div>
  );
}

/** Focus goes to its heading, so it is not a live region (it would be read twice). */
export function Confirmation({ report, urgency, titleRef, onNew }: { report: Report; urgency: Urgency; titleRef: Ref<HTMLHeadingElement>; onNew(): void }) {
  const { t, locale } = useI18n();
  const emergency = urgency === 'EMERGENCY' || report.urgency === 'EMERGENCY';
  // The API's advice for an emergency is in Italian only: ours is in the reader's language.
  const advice = emergency ? t('antenna.flag.confirmation.emergencyAdvice') : report.advice ? localPart(report.advice, locale) : '';
  const desk = report.ownerDesk;
  const by = report.nextStep?.acceptBy ? formatDateTime(report.nextStep.acceptBy, locale) : null;
  return (
    <section className="flag-panel mb-4" data-testid="flag-confirmation">
      {emergency && <EmergencyAlert />}
      <h2 className="h3 flag-panel-title" ref={titleRef} tabIndex={-1}>
        {t('antenna.flag.confirmation.title')}
      </h2>
      <p>{t('antenna.flag.confirmation.text')}</p>
      {report.reference && <ReferenceCode code={report.reference} hint={t('antenna.flag.confirmation.referenceHint')} testId="flag-reference" />}
      {advice && (
        <div className="alert alert-info" data-testid="flag-advice">
          <h3 className="h5">{t('antenna.flag.confirmation.advice')}</h3>
          <p className="mb-0">{advice}</p>
        </div>
      )}
      <h3 className="h5">{t('antenna.flag.confirmation.next')}</h3>
      <ul data-testid="flag-next-step">
        <li>{desk ? t('antenna.flag.confirmation.owner', { desk: desk.name }) : t('antenna.flag.confirmation.ownerUnknown')}</li>
        {by ? (
          <li>{t(emergency ? 'antenna.flag.confirmation.byEmergency' : 'antenna.flag.confirmation.by', { when: by })}</li>
        ) : (
          emergency && <li>{t('antenna.flag.confirmation.emergencyNoTime')}</li>
        )}
        <li>{t('antenna.flag.confirmation.status')}</li>
      </ul>
      <p data-testid="flag-desk-contact">
        {desk?.phone ? (
          <>
            {t('antenna.flag.confirmation.call')}{' '}
            <a href={`tel:${dialable(desk.phone)}`} className="fw-bold" data-testid="flag-desk-phone">
              {desk.phone}
            </a>
            {desk.hours && <> {t('antenna.flag.confirmation.hours', { hours: desk.hours })}</>}
          </>
        ) : (
          t('antenna.flag.confirmation.noPhone')
        )}
      </p>
      <PanelActions onNew={onNew} />
    </section>
  );
}
