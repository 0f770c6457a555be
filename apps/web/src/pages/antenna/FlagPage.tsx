import { FormEvent, ReactNode, Ref, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorAlert, errorText, localPart, PageTitle } from '../../components/common';
import { formatDateTime, formatNumber, Locale, useI18n } from '../../i18n/i18n';
import { DESCRIPTION_MAX, emptyValues, FIELD_ORDER, fieldFromServer, FlagField, FlagValues, fromInput, toInput, validate } from './flagForm';
import { AGE_BANDS, Need, NEEDS, Report, SUBMIT_REPORT, SubmitReportInput, Urgency, URGENCIES } from './model';
import { PendingReport } from './pending';
import { dialable } from './phone';
import { newReportId } from './reportId';
import { useFlagContext } from './useFlagContext';
import { usePendingReports } from './usePendingReports';
import './antenna.css';

/** `urgency` in confirmed: what was sent (a repeated id may return a report the server already had). */
type View = { kind: 'form' } | { kind: 'confirmed'; report: Report; urgency: Urgency } | { kind: 'queued'; id: string; urgency: Urgency };

interface Rejection {
  item: PendingReport;
  error: ApiError | Error;
}

type FocusTarget = 'summary' | 'server' | 'panel' | 'start';

async function sendReport(input: SubmitReportInput): Promise<Report> {
  const data = await gql(SUBMIT_REPORT, { input });
  return data.submitReport;
}

function scrollIntoView(element: Element | null, block: ScrollLogicalPosition): void {
  if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block });
}

/** The flag form: a situation in under a minute, kept and sent again with the same id if the network fails. */
export function FlagPage() {
  const { t, locale } = useI18n();
  const { account } = useSession();
  const context = useFlagContext(account?.municipality);
  const [values, setValues] = useState<FlagValues>(() => emptyValues());
  const [showErrors, setShowErrors] = useState(false);
  const [sending, setSending] = useState(false);
  const [serverError, setServerError] = useState<ApiError | Error>();
  const [view, setView] = useState<View>({ kind: 'form' });
  /**
   * The id of the report in the form, once it has one: made at its first submit, or the id of a
   * refused report reopened here. Every later submit of the same report reuses it (the server may
   * already hold it from an attempt whose answer was lost), so it can never arrive twice. Only a
   * brand-new report (start, "New report") gets a new id.
   */
  const [draftId, setDraftId] = useState<string>();
  const [rejections, setRejections] = useState<Rejection[]>([]);
  const [sentNote, setSentNote] = useState(false);
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number }>();
  const viewRef = useRef(view);
  viewRef.current = view;
  const summaryRef = useRef<HTMLDivElement>(null);
  const serverErrorRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const emergencyRef = useRef<HTMLDivElement>(null);

  const requestFocus = useCallback((target: FocusTarget) => setFocus((current) => ({ target, n: (current?.n ?? 0) + 1 })), []);

  const pending = usePendingReports(sendReport, {
    onSent(item, report) {
      const current = viewRef.current;
      if (current.kind === 'queued' && current.id === item.input.id) {
        setView({ kind: 'confirmed', report, urgency: item.input.urgency });
        requestFocus('panel');
      } else {
        setSentNote(true);
      }
    },
    onRejected(item, error) {
      const current = viewRef.current;
      if (current.kind === 'queued' && current.id === item.input.id) {
        setValues(fromInput(item.input));
        setDraftId(item.input.id);
        setServerError(error);
        setView({ kind: 'form' });
        requestFocus('server');
      } else {
        setRejections((list) => [...list, { item, error }]);
      }
    },
  });

  // Preselect the antenna's own neighbourhood (only while nothing is chosen).
  const antennaNeighbourhood = context.antennaNeighbourhood;
  useEffect(() => {
    if (antennaNeighbourhood) setValues((v) => (v.neighbourhoodCode ? v : { ...v, neighbourhoodCode: antennaNeighbourhood }));
  }, [antennaNeighbourhood]);

  useEffect(() => {
    if (!focus) return;
    const element =
      focus.target === 'summary'
        ? summaryRef.current
        : focus.target === 'server'
          ? serverErrorRef.current
          : focus.target === 'panel'
            ? panelRef.current
            : formRef.current?.querySelector<HTMLInputElement>('input');
    if (!element) return;
    // Focus without the browser's own scroll (it may hide the top of a tall box), then show it from
    // its top: for a panel, from the panel's top, so the "call 112" box above its heading is whole.
    element.focus({ preventScroll: true });
    scrollIntoView(focus.target === 'start' ? formRef.current : focus.target === 'panel' ? (element.closest('section') ?? element) : element, 'start');
  }, [focus]);

  const emergency = values.urgency === 'EMERGENCY';
  useEffect(() => {
    if (emergency) scrollIntoView(emergencyRef.current, 'nearest');
  }, [emergency]);

  // The needs in the order shops use them most (domain.ts), not alphabetically: the usual ones first.
  const sortedNeeds: readonly Need[] = NEEDS;

  const errors = showErrors ? validate(values) : {};
  const serverField = serverError instanceof ApiError ? fieldFromServer(serverError.field) : undefined;
  function fieldError(field: FlagField): string | undefined {
    const error = errors[field];
    if (error) return t(`antenna.flag.errors.${error.key}`, formatParams(error.params, locale));
    if (serverError && serverField === field) return errorText(serverError, t, locale);
    return undefined;
  }
  const summary = FIELD_ORDER.map((field) => ({ field, message: errors[field] ? fieldError(field) : undefined })).filter((entry): entry is { field: FlagField; message: string } => !!entry.message);

  /** The element the summary's link for a field goes to (its first input). */
  function fieldTarget(field: FlagField): string {
    switch (field) {
      case 'urgency':
        return `flag-urgency-${URGENCIES[0]}`;
      case 'needs':
        return `flag-need-${sortedNeeds[0]}`;
      case 'ageBand':
        return `flag-age-${AGE_BANDS[0]}`;
      case 'description':
        return 'flag-description';
      case 'neighbourhoodCode':
        return 'flag-neighbourhood';
      case 'consent':
        return 'flag-consent-yes';
      case 'subjectName':
        return 'flag-subject-name';
      case 'subjectAddress':
        return 'flag-subject-address';
      case 'subjectPhone':
        return 'flag-subject-phone';
    }
  }

  function goToField(field: FlagField) {
    const element = document.getElementById(fieldTarget(field));
    if (!element) return;
    scrollIntoView(element.closest('fieldset') ?? element, 'start');
    element.focus({ preventScroll: true });
  }

  function set<K extends keyof FlagValues>(key: K, value: FlagValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  function toggleNeed(need: Need) {
    setValues((v) => ({ ...v, needs: v.needs.includes(need) ? v.needs.filter((n) => n !== need) : [...v.needs, need] }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    setServerError(undefined);
    if (Object.keys(validate(values)).length > 0) {
      setShowErrors(true);
      requestFocus('summary');
      return;
    }
    const id = draftId ?? newReportId();
    setDraftId(id);
    const input = toInput(values, id);
    setSending(true);
    try {
      const result = await pending.submit(input);
      if (result.kind === 'sent') {
        setView({ kind: 'confirmed', report: result.report, urgency: input.urgency });
        requestFocus('panel');
      } else if (result.kind === 'waiting') {
        setView({ kind: 'queued', id: input.id, urgency: input.urgency });
        requestFocus('panel');
      } else {
        setServerError(result.error);
        requestFocus('server');
      }
    } finally {
      setSending(false);
    }
  }

  function startNew() {
    setValues(emptyValues(context.antennaNeighbourhood ?? ''));
    setDraftId(undefined);
    setShowErrors(false);
    setServerError(undefined);
    setView({ kind: 'form' });
    requestFocus('start');
  }

  function reopen(rejection: Rejection) {
    setRejections((list) => list.filter((r) => r !== rejection));
    setValues(fromInput(rejection.item.input));
    setDraftId(rejection.item.input.id);
    setShowErrors(true);
    setServerError(rejection.error);
    setView({ kind: 'form' });
    requestFocus('server');
  }

  const waitingCount = pending.waiting.length;
  /** In an emergency the needs, the age and the consent may be skipped: the hint says so first. */
  const optionalIf = (skip: boolean, hint: string) => (skip ? `${t('antenna.flag.optionalInEmergency')} ${hint}` : hint);

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-lg-9 col-xl-8">
        <PageTitle subtitle={t('antenna.flag.subtitle')}>{t('antenna.flag.title')}</PageTitle>

        {/* Only the count (and "sent") is live, and it is always in the page so changes are heard;
            the help and the retry button, whose label changes at every retry, stay outside it. */}
        <div className={waitingCount > 0 ? 'alert alert-warning' : undefined}>
          <div role="status" aria-live="polite" data-testid="flag-pending-live">
            {waitingCount > 0 && (
              <p className="fw-bold mb-1" data-testid="flag-pending">
                {waitingCount === 1 ? t('antenna.flag.pending.one') : t('antenna.flag.pending.many', { count: waitingCount })}
              </p>
            )}
            {sentNote && waitingCount === 0 && <p className="alert alert-success">{t('antenna.flag.pending.sent')}</p>}
          </div>
          {waitingCount > 0 && (
            <>
              <p className="mb-2">{t('antenna.flag.pending.help')}</p>
              <button type="button" className="btn btn-outline-primary" data-testid="flag-retry" disabled={pending.retrying} onClick={() => void pending.retryNow()}>
                {pending.retrying ? t('antenna.flag.pending.retrying') : t('antenna.flag.pending.retry')}
              </button>
            </>
          )}
        </div>

        {rejections.map((rejection) => (
          <div key={rejection.item.input.id} className="alert alert-danger">
            <p role="alert">{t('antenna.flag.pending.rejected', { error: errorText(rejection.error, t, locale) })}</p>
            <div className="flag-actions">
              <button type="button" className="btn btn-primary" onClick={() => reopen(rejection)}>
                {t('antenna.flag.pending.reopen')}
              </button>
              <button type="button" className="btn btn-outline-primary" onClick={() => setRejections((list) => list.filter((r) => r !== rejection))}>
                {t('antenna.flag.pending.discard')}
              </button>
            </div>
          </div>
        ))}

        {view.kind === 'confirmed' && <Confirmation report={view.report} urgency={view.urgency} titleRef={panelRef} onNew={startNew} />}
        {view.kind === 'queued' && (
          <section className="flag-panel mb-4" data-testid="flag-queued">
            {view.urgency === 'EMERGENCY' && <EmergencyAlert />}
            <h2 className="h3 flag-panel-title" ref={panelRef} tabIndex={-1}>
              {t('antenna.flag.queued.title')}
            </h2>
            <p>{t('antenna.flag.queued.text')}</p>
            <p className="fw-bold">{t('antenna.flag.queued.warning')}</p>
            <PanelActions onNew={startNew} />
          </section>
        )}

        {view.kind === 'form' && (
          <form ref={formRef} className="flag-form" data-testid="flag-form" noValidate onSubmit={onSubmit} aria-label={t('antenna.flag.formLabel')}>
            {emergency && <EmergencyAlert ref={emergencyRef} announce />}

            {summary.length > 0 && (
              <div ref={summaryRef} className="alert alert-danger error-summary" tabIndex={-1} data-testid="flag-error-summary">
                <h2 className="h4">
                  {t('antenna.flag.summary.title')}
                </h2>
                <p>{t('antenna.flag.summary.intro')}</p>
                <ul className="mb-0">
                  {summary.map(({ field, message }) => (
                    <li key={field}>
                      <a
                        href={`#${fieldTarget(field)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          goToField(field);
                        }}
                      >
                        {message}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {serverError && (
              <div ref={serverErrorRef} className="alert alert-danger" tabIndex={-1} data-testid="flag-server-error">
                {t('antenna.flag.rejected', { error: errorText(serverError, t, locale) })}
              </div>
            )}

            <ChoiceFieldset name="urgency" legend={t('antenna.flag.urgency.legend')} hint={t('antenna.flag.urgency.hint')} error={fieldError('urgency')}>
              {URGENCIES.map((urgency) => (
                <Choice
                  key={urgency}
                  id={`flag-urgency-${urgency}`}
                  testId={`urgency-${urgency}`}
                  type="radio"
                  name="urgency"
                  value={urgency}
                  checked={values.urgency === urgency}
                  invalid={!!fieldError('urgency')}
                  className={urgency === 'EMERGENCY' ? 'choice emergency' : 'choice'}
                  onChange={() => set('urgency', urgency)}
                >
                  {t(`common.urgency.${urgency}`)}
                </Choice>
              ))}
            </ChoiceFieldset>

            <ChoiceFieldset name="needs" legend={t('antenna.flag.needs.legend')} hint={optionalIf(emergency, t('antenna.flag.needs.hint'))} error={fieldError('needs')}>
              {sortedNeeds.map((need) => (
                <Choice
                  key={need}
                  id={`flag-need-${need}`}
                  testId={`need-${need}`}
                  type="checkbox"
                  name="needs"
                  value={need}
                  checked={values.needs.includes(need)}
                  invalid={!!fieldError('needs')}
                  onChange={() => toggleNeed(need)}
                >
                  {t(`common.need.${need}`)}
                </Choice>
              ))}
            </ChoiceFieldset>

            <ChoiceFieldset name="age" legend={t('antenna.flag.ageBand.legend')} hint={optionalIf(emergency, t('antenna.flag.ageBand.hint'))} error={fieldError('ageBand')}>
              {AGE_BANDS.map((band) => (
                <Choice
                  key={band}
                  id={`flag-age-${band}`}
                  testId={`age-${band}`}
                  type="radio"
                  name="ageBand"
                  value={band}
                  checked={values.ageBand === band}
                  invalid={!!fieldError('ageBand')}
                  onChange={() => set('ageBand', band)}
                >
                  {t(`common.ageBand.${band}`)}
                </Choice>
              ))}
            </ChoiceFieldset>

            <DescriptionField value={values.description} error={fieldError('description')} onChange={(text) => set('description', text)} />

            <div className="flag-field">
              <label htmlFor="flag-neighbourhood" className="flag-label">
                {t('antenna.flag.neighbourhood.label')}
              </label>
              <p id="flag-neighbourhood-hint" className="flag-hint">
                {t('antenna.flag.neighbourhood.hint')}
              </p>
              {fieldError('neighbourhoodCode') && (
                <p id="flag-neighbourhood-error" className="field-error">
                  {fieldError('neighbourhoodCode')}
                </p>
              )}
              <select
                id="flag-neighbourhood"
                className="form-select"
                value={values.neighbourhoodCode}
                onChange={(event) => set('neighbourhoodCode', event.target.value)}
                aria-invalid={fieldError('neighbourhoodCode') ? true : undefined}
                aria-describedby={describedBy('flag-neighbourhood', !!fieldError('neighbourhoodCode'))}
              >
                <option value="" disabled>
                  {context.loading ? t('antenna.flag.neighbourhood.loading') : t('antenna.flag.neighbourhood.choose')}
                </option>
                {context.neighbourhoods.map((n) => (
                  <option key={n.code} value={n.code}>
                    {n.name}
                  </option>
                ))}
              </select>
              {context.error && (
                <div className="mt-2">
                  <p className="mb-1">{t('antenna.flag.neighbourhood.unavailable')}</p>
                  <ErrorAlert error={context.error} onRetry={() => void context.reload()} />
                </div>
              )}
            </div>

            <ChoiceFieldset name="consent" legend={t('antenna.flag.consent.legend')} hint={optionalIf(emergency, t('antenna.flag.consent.hint'))} error={fieldError('consent')} wide>
              {(['yes', 'no'] as const).map((answer) => (
                <Choice
                  key={answer}
                  id={`flag-consent-${answer}`}
                  testId={`consent-${answer}`}
                  type="radio"
                  name="consentToContact"
                  value={answer}
                  checked={values.consent === answer}
                  invalid={!!fieldError('consent')}
                  onChange={() => set('consent', answer)}
                >
                  {t(`antenna.flag.consent.${answer}`)}
                </Choice>
              ))}
            </ChoiceFieldset>

            {values.consent === 'yes' && (
              <fieldset aria-describedby="flag-subject-hint">
                <legend>{t('antenna.flag.subject.legend')}</legend>
                <p id="flag-subject-hint" className="flag-hint">
                  {t('antenna.flag.subject.hint')}
                </p>
                <TextField id="flag-subject-name" label={t('antenna.flag.subject.name')} value={values.subjectName} error={fieldError('subjectName')} onChange={(text) => set('subjectName', text)} />
                <TextField id="flag-subject-address" label={t('antenna.flag.subject.address')} value={values.subjectAddress} error={fieldError('subjectAddress')} onChange={(text) => set('subjectAddress', text)} />
                <TextField id="flag-subject-phone" label={t('antenna.flag.subject.phone')} type="tel" value={values.subjectPhone} error={fieldError('subjectPhone')} onChange={(text) => set('subjectPhone', text)} />
              </fieldset>
            )}

            <div className="flag-field">
              <div className="choice-grid wide">
                <div className="choice">
                  <input
                    id="flag-do-not-contact"
                    data-testid="flag-do-not-contact"
                    type="checkbox"
                    checked={values.doNotContact}
                    onChange={(event) => set('doNotContact', event.target.checked)}
                    aria-describedby="flag-do-not-contact-hint"
                  />
                  <label htmlFor="flag-do-not-contact">{t('antenna.flag.doNotContact.label')}</label>
                </div>
              </div>
              <p id="flag-do-not-contact-hint" className="flag-hint mt-2">
                {t('antenna.flag.doNotContact.hint')}
              </p>
            </div>

            <button type="submit" className="btn btn-primary btn-lg w-100" data-testid="flag-submit" disabled={sending}>
              {sending ? t('antenna.flag.sending') : t('antenna.flag.submit')}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}

function formatParams(params: Record<string, number> | undefined, locale: Locale): Record<string, string> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, formatNumber(value, locale)]));
}

function describedBy(id: string, hasError: boolean): string {
  return hasError ? `${id}-hint ${id}-error` : `${id}-hint`;
}

/** "Call 112 now": announced at once in the form; a plain reminder in the panels after sending. */
function EmergencyAlert({ ref, announce = false }: { ref?: Ref<HTMLDivElement>; announce?: boolean }) {
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

function ChoiceFieldset({ name, legend, hint, error, wide, children }: { name: string; legend: string; hint: string; error?: string; wide?: boolean; children: ReactNode }) {
  const id = `flag-${name}`;
  return (
    <fieldset id={`${id}-group`} aria-describedby={describedBy(id, !!error)}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="flag-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className={wide ? 'choice-grid wide' : 'choice-grid'}>{children}</div>
    </fieldset>
  );
}

interface ChoiceProps {
  id: string;
  testId: string;
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  checked: boolean;
  invalid: boolean;
  className?: string;
  onChange(): void;
  children: ReactNode;
}

function Choice({ id, testId, type, name, value, checked, invalid, className = 'choice', onChange, children }: ChoiceProps) {
  return (
    <div className={className}>
      <input id={id} data-testid={testId} type={type} name={name} value={value} checked={checked} onChange={onChange} aria-invalid={invalid ? true : undefined} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

function DescriptionField({ value, error, onChange }: { value: string; error?: string; onChange(value: string): void }) {
  const { t, locale } = useI18n();
  const count = value.length;
  const over = count > DESCRIPTION_MAX;
  const params = { count: formatNumber(count, locale), max: formatNumber(DESCRIPTION_MAX, locale) };
  return (
    <div className="flag-field">
      <label htmlFor="flag-description" className="flag-label">
        {t('antenna.flag.description.label')}
      </label>
      <p id="flag-description-hint" className="flag-hint">
        {t('antenna.flag.description.hint')}
      </p>
      {error && (
        <p id="flag-description-error" className="field-error">
          {error}
        </p>
      )}
      <textarea
        id="flag-description"
        data-testid="flag-description"
        className="form-control"
        rows={5}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${describedBy('flag-description', !!error)} flag-description-counter`}
      />
      <p id="flag-description-counter" className={over ? 'flag-counter over' : 'flag-counter'} data-testid="flag-description-counter">
        {over ? t('antenna.flag.description.counterOver', params) : t('antenna.flag.description.counter', params)}
      </p>
    </div>
  );
}

function TextField({ id, label, value, error, type = 'text', onChange }: { id: string; label: string; value: string; error?: string; type?: 'text' | 'tel'; onChange(value: string): void }) {
  return (
    <div className="flag-field">
      <label htmlFor={id} className="form-label fw-semibold d-block">
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        data-testid={id}
        className="form-control"
        type={type}
        inputMode={type === 'tel' ? 'tel' : undefined}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

function PanelActions({ onNew }: { onNew(): void }) {
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
function Confirmation({ report, urgency, titleRef, onNew }: { report: Report; urgency: Urgency; titleRef: Ref<HTMLHeadingElement>; onNew(): void }) {
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
