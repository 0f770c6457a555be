import { FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, gql } from '../../api/client';
import { errorText } from '../../components/common';
import { formatNumber, Locale, useI18n } from '../../i18n/i18n';
import { emptyValues, FIELD_ORDER, fieldFromServer, FlagField, FlagValues, fromInput, toInput, validate } from './flagForm';
import { AGE_BANDS, NEEDS, Report, SUBMIT_REPORT, SubmitReportInput, Urgency, URGENCIES } from './model';
import { PendingReport } from './pending';
import { newReportId } from './reportId';
import { FlagContext } from './useFlagContext';
import { usePendingReports } from './usePendingReports';

/** `urgency` in confirmed: what was sent (a repeated id may return a report the server already had). */
export type FlagView = { kind: 'form' } | { kind: 'confirmed'; report: Report; urgency: Urgency } | { kind: 'queued'; id: string; urgency: Urgency };

export interface Rejection {
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

function formatParams(params: Record<string, number> | undefined, locale: Locale): Record<string, string> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, formatNumber(value, locale)]));
}

/** The element the error summary's link for a field goes to (its first input). */
export function fieldTarget(field: FlagField): string {
  switch (field) {
    case 'urgency':
      return `flag-urgency-${URGENCIES[0]}`;
    case 'needs':
      return `flag-need-${NEEDS[0]}`;
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

/**
 * The flag form's state and behaviour, apart from its look: the values, their validation and the
 * server's refusal on the field it names, the submit through the retry queue (the same id for the
 * same report, always), the panels after sending, the refused queued reports to reopen, and where
 * focus goes after each step.
 */
export function useFlagForm(context: FlagContext) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<FlagValues>(() => emptyValues());
  const [showErrors, setShowErrors] = useState(false);
  const [sending, setSending] = useState(false);
  const [serverError, setServerError] = useState<ApiError | Error>();
  const [view, setView] = useState<FlagView>({ kind: 'form' });
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
  const refs = {
    summary: useRef<HTMLDivElement>(null),
    serverError: useRef<HTMLDivElement>(null),
    panel: useRef<HTMLHeadingElement>(null),
    form: useRef<HTMLFormElement>(null),
    emergency: useRef<HTMLDivElement>(null),
  };

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

  const { summary: summaryRef, serverError: serverErrorRef, panel: panelRef, form: formRef, emergency: emergencyRef } = refs;
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
  }, [focus, summaryRef, serverErrorRef, panelRef, formRef]);

  const emergency = values.urgency === 'EMERGENCY';
  useEffect(() => {
    if (emergency) scrollIntoView(emergencyRef.current, 'nearest');
  }, [emergency, emergencyRef]);

  const errors = showErrors ? validate(values) : {};
  const blamedField = serverError instanceof ApiError ? fieldFromServer(serverError.field) : undefined;
  function fieldError(field: FlagField): string | undefined {
    const error = errors[field];
    if (error) return t(`antenna.flag.errors.${error.key}`, formatParams(error.params, locale));
    if (serverError && blamedField === field) return errorText(serverError, t, locale);
    return undefined;
  }
  const summary = FIELD_ORDER.flatMap((field) => {
    const message = errors[field] ? fieldError(field) : undefined;
    return message ? [{ key: field, target: fieldTarget(field), message }] : [];
  });

  function goToField(field: FlagField) {
    const element = document.getElementById(fieldTarget(field));
    if (!element) return;
    scrollIntoView(element.closest('fieldset') ?? element, 'start');
    element.focus({ preventScroll: true });
  }

  function set<K extends keyof FlagValues>(key: K, value: FlagValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  async function submit(event: FormEvent) {
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

  const discard = (rejection: Rejection) => setRejections((list) => list.filter((r) => r !== rejection));

  return { values, set, emergency, fieldError, summary, goToField, serverError, sending, submit, view, startNew, rejections, reopen, discard, sentNote, pending, refs };
}
