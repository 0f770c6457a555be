import { FormEvent, useEffect, useRef, useState } from 'react';
import type { Operation } from '../../api/client';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { AntennaStatus } from './constants';
import { CheckField, focusFirst, FormErrors, TextArea, TextField, useErrorText } from '../../components/form';
import { todayInRome } from './shared';
import { graphql } from '../../gql';

export type AntennaAction = 'train' | 'activate' | 'suspend' | 'reactivate' | 'retire';

/** What can be done to an antenna in each state (PROPOSED → TRAINED → ACTIVE ⇄ SUSPENDED → RETIRED). */
export function actionsFor(status: AntennaStatus): AntennaAction[] {
  const next: Record<AntennaStatus, AntennaAction[]> = {
    PROPOSED: ['train'],
    TRAINED: ['activate'],
    ACTIVE: ['suspend'],
    SUSPENDED: ['reactivate'],
    RETIRED: [],
  };
  return status === 'RETIRED' ? [] : [...next[status], 'retire'];
}

graphql(`fragment AntennaMove on Antenna { id status statusReason }`);
const MUTATIONS = {
  train: graphql(`mutation TrainAntenna($id: ID!, $trainedOn: String!, $codeOfConductAccepted: Boolean!, $reason: String) { trainAntenna(id: $id, trainedOn: $trainedOn, codeOfConductAccepted: $codeOfConductAccepted, reason: $reason) { ...AntennaMove } }`),
  activate: graphql(`mutation ActivateAntenna($id: ID!, $reason: String) { activateAntenna(id: $id, reason: $reason) { ...AntennaMove } }`),
  suspend: graphql(`mutation SuspendAntenna($id: ID!, $reason: String!) { suspendAntenna(id: $id, reason: $reason) { ...AntennaMove } }`),
  reactivate: graphql(`mutation ReactivateAntenna($id: ID!, $reason: String) { reactivateAntenna(id: $id, reason: $reason) { ...AntennaMove } }`),
  retire: graphql(`mutation RetireAntenna($id: ID!, $reason: String!) { retireAntenna(id: $id, reason: $reason) { ...AntennaMove } }`),
};

const REASON_REQUIRED: AntennaAction[] = ['suspend', 'retire'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form of one state change: the training date and code of conduct, or the reason. */
export function AntennaActionPanel({
  antenna,
  action,
  onDone,
  onCancel,
}: {
  antenna: { id: string; name: string };
  action: AntennaAction;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const text = useErrorText();
  const { run, pending, error } = useMutation();
  const [trainedOn, setTrainedOn] = useState(todayInRome());
  const [conduct, setConduct] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const prefix = 'antenna-action';

  function validate(): FormErrors {
    const found: FormErrors = {};
    if (action === 'train') {
      if (!DATE.test(trainedOn) || Number.isNaN(Date.parse(trainedOn))) found.trainedOn = { key: 'admin.validation.date' };
      else if (trainedOn > todayInRome()) found.trainedOn = { key: 'admin.validation.dateFuture' };
      if (!conduct) found.conduct = { key: 'admin.validation.conduct' };
    }
    const r = reason.trim();
    if ((REASON_REQUIRED.includes(action) || r) && r.length < 3) found.reason = { key: 'admin.validation.reason' };
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(prefix, found);
      return;
    }
    const variables: Record<string, unknown> = { id: antenna.id, reason: reason.trim() || undefined };
    if (action === 'train') Object.assign(variables, { trainedOn, codeOfConductAccepted: true });
    // Each action's variables are checked by the server; the union of the five documents has no single variables type.
    if (!(await run(MUTATIONS[action] as Operation<unknown, Record<string, unknown>>, variables))) return;
    onDone(t(`admin.action.${action}.done`, { name: antenna.name }));
  }

  return (
    <section className="card card-body shadow-sm mb-4 admin-panel" aria-labelledby="antenna-action-title" data-testid="antenna-action-panel">
      <h2 id="antenna-action-title" ref={heading} tabIndex={-1} className="h4">
        {t(`admin.action.${action}.title`, { name: antenna.name })}
      </h2>
      <p>{t(`admin.action.${action}.explain`)}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorAlert error={error} />
        {action === 'train' && (
          <>
            <TextField id={`${prefix}-trainedOn`} label={t('admin.action.train.date')} type="date" max={todayInRome()} value={trainedOn} onChange={setTrainedOn} error={text(errors.trainedOn)} testId="antenna-action-date" />
            <CheckField id={`${prefix}-conduct`} label={t('admin.action.train.conduct')} checked={conduct} onChange={setConduct} error={text(errors.conduct)} testId="antenna-action-conduct" />
          </>
        )}
        <TextArea
          id={`${prefix}-reason`}
          label={t('admin.action.reason')}
          optional={!REASON_REQUIRED.includes(action)}
          hint={REASON_REQUIRED.includes(action) ? t('admin.action.reasonRequiredHint') : undefined}
          value={reason}
          onChange={setReason}
          error={text(errors.reason)}
          testId="antenna-action-reason"
        />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className={`btn ${action === 'retire' || action === 'suspend' ? 'btn-danger' : 'btn-primary'}`} disabled={pending} data-testid="antenna-action-confirm">
            {t(`admin.action.${action}.confirm`)}
          </button>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
