import { FormEvent, useEffect, useState } from 'react';
import { newId } from '../../api/newId';
import { useMutation } from '../../api/mutation';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/common';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ChoiceGroup, SelectField, TextArea, TextField, serverField } from '../../components/form';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';
import type { OutcomePhase, PathwayAction, PathwayKind } from '../../gql/graphql';

export const OUTCOMES = graphql(`query Outcomes($reportId: ID!) {
  outcomes(reportId: $reportId) {
    reportId week12DueOn week12Due
    measurements { id phase measuredOn lackCompanionship leftOut isolated total band recordedByRole recordedByYou recordedAt }
  }
}`);
export const RECORD_OUTCOME = graphql(`mutation RecordOutcome($id: ID!, $reportId: ID!, $phase: OutcomePhase!, $measuredOn: String!, $lackCompanionship: Int!, $leftOut: Int!, $isolated: Int!) {
  recordOutcome(id: $id, reportId: $reportId, phase: $phase, measuredOn: $measuredOn, lackCompanionship: $lackCompanionship, leftOut: $leftOut, isolated: $isolated) { id total band }
}`);
graphql(`fragment PathwayView on LifePathway {
  id reportId kind openedAt closedAt
  referrals { referralId action taggedAt }
  wishes { text reviewOn writtenAt }
}`);
export const PATHWAY = graphql(`query Pathway($reportId: ID!) { pathway(reportId: $reportId) { ...PathwayView } }`);
export const OPEN_PATHWAY = graphql(`mutation OpenPathway($reportId: ID!, $kind: PathwayKind!) { openPathway(reportId: $reportId, kind: $kind) { ...PathwayView } }`);
export const TAG_PATHWAY_REFERRAL = graphql(`mutation TagPathwayReferral($pathwayId: ID!, $referralId: ID!, $action: PathwayAction!) { tagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId, action: $action) { ...PathwayView } }`);
export const UNTAG_PATHWAY_REFERRAL = graphql(`mutation UntagPathwayReferral($pathwayId: ID!, $referralId: ID!) { untagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId) { ...PathwayView } }`);
export const UPDATE_PATHWAY_WISHES = graphql(`mutation UpdatePathwayWishes($pathwayId: ID!, $text: String!, $reviewOn: String!) { updatePathwayWishes(pathwayId: $pathwayId, text: $text, reviewOn: $reviewOn) { ...PathwayView } }`);
export const CLOSE_PATHWAY = graphql(`mutation ClosePathway($pathwayId: ID!) { closePathway(pathwayId: $pathwayId) { ...PathwayView } }`);

/** The three UCLA-3 items, in the order the scale asks them. */
export const ITEMS = ['lackCompanionship', 'leftOut', 'isolated'] as const;
type Item = (typeof ITEMS)[number];
const PHASES: OutcomePhase[] = ['START', 'WEEK_12'];
/** What a referral may do in a pathway, by its kind (libs/contracts/src/wellbeing.ts). */
export const ACTIONS: Record<PathwayKind, PathwayAction[]> = {
  DOPO_DI_NOI: ['A_LEAVING_FAMILY_HOME', 'B_SUPPORT_IN_HOUSING', 'C_AUTONOMY_SKILLS', 'D_HOUSING_WORKS', 'E_EMERGENCY_STAY'],
  MENTAL_HEALTH: ['HOUSING', 'WORK', 'SOCIAL_RELATIONS', 'HEALTH_CARE', 'EDUCATION'],
};
const KINDS = Object.keys(ACTIONS) as PathwayKind[];

/** The 12-week measurement is due 84 days after START and may be taken from 70 (libs/contracts/src/wellbeing.ts). */
const WEEK_12_AFTER_DAYS = 84;
const WEEK_12_EARLIEST_DAYS = 70;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Today in Europe/Rome, YYYY-MM-DD (what the API compares dates with). */
const romeToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

/**
 * «Come sta la persona»: the UCLA 3-item loneliness measurements of the report's person (at the
 * start and after 12 weeks), when the next one is due, and the form to record one with the person.
 */
export function OutcomesSection({ reportId, canRecord, onDone }: { reportId: string; canRecord: boolean; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const outcomes = useQuery(OUTCOMES, { reportId });
  const data = outcomes.data?.outcomes;
  const done = new Set((data?.measurements ?? []).map((m) => m.phase));
  const next = PHASES.find((p) => !done.has(p));
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="outcomes-title" data-testid="outcomes">
      <h2 id="outcomes-title" className="h4">
        {t('wellbeing.outcomes.title')}
      </h2>
      <p>{t('wellbeing.outcomes.intro')}</p>
      <ErrorAlert error={outcomes.error} onRetry={() => void outcomes.reload()} />
      {data && data.measurements.length === 0 && <p>{t('wellbeing.outcomes.none')}</p>}
      {data && data.measurements.length > 0 && (
        <TableScroll label={t('wellbeing.outcomes.caption')}>
          <table className="table" data-testid="outcomes-table">
            <caption className="visually-hidden">{t('wellbeing.outcomes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wellbeing.outcomes.phase')}</th>
                <th scope="col">{t('wellbeing.outcomes.when')}</th>
                <th scope="col">{t('wellbeing.outcomes.total')}</th>
                <th scope="col">{t('wellbeing.outcomes.band')}</th>
                <th scope="col">{t('wellbeing.outcomes.by')}</th>
              </tr>
            </thead>
            <tbody>
              {data.measurements.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{t(`wellbeing.phase.${m.phase}`)}</th>
                  <td>{formatDate(m.measuredOn, locale)}</td>
                  <td>{m.total ?? t('wellbeing.outcomes.erased')}</td>
                  <td>{m.band ? t(`wellbeing.band.${m.band}`) : '—'}</td>
                  <td>{m.recordedByYou ? t('wellbeing.outcomes.byYou') : t(`wellbeing.outcomes.byRole.${m.recordedByRole}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data?.week12DueOn && (
        <p className={data.week12Due ? 'alert alert-warning' : ''} data-testid="outcomes-due">
          {t(data.week12Due ? 'wellbeing.outcomes.dueNow' : 'wellbeing.outcomes.dueOn', { date: formatDate(data.week12DueOn, locale) })}
        </p>
      )}
      {data && !next && <p className="mb-0">{t('wellbeing.outcomes.allDone')}</p>}
      {data && next && canRecord && (next === 'START' || !data.week12DueOn || romeToday() >= addDays(data.week12DueOn, WEEK_12_EARLIEST_DAYS - WEEK_12_AFTER_DAYS)) && (
        <OutcomeForm
          key={next}
          reportId={reportId}
          phase={next}
          onDone={(message) => {
            onDone(message);
            void outcomes.reload();
          }}
        />
      )}
    </section>
  );
}

function OutcomeForm({ reportId, phase, onDone }: { reportId: string; phase: OutcomePhase; onDone(message: string): void }) {
  const { t } = useI18n();
  const [id] = useState(newId);
  const [answers, setAnswers] = useState<Record<Item, string>>({ lackCompanionship: '', leftOut: '', isolated: '' });
  const [measuredOn, setMeasuredOn] = useState(romeToday);
  const [problems, setProblems] = useState<Partial<Record<Item | 'measuredOn', string>>>({});
  const { run, pending, error } = useMutation();
  const blamed = serverField(error?.field);
  const p = `outcome-${reportId.slice(0, 8)}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Item | 'measuredOn', string>> = {};
    for (const item of ITEMS) if (!answers[item]) found[item] = t('wellbeing.outcomes.errors.item');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(measuredOn) || measuredOn > romeToday()) found.measuredOn = t('wellbeing.outcomes.errors.date');
    setProblems(found);
    const first = [...ITEMS, 'measuredOn' as const].find((k) => found[k]);
    if (first) {
      document.getElementById(first === 'measuredOn' ? `${p}-measuredOn` : `${p}-${first}`)?.focus();
      return;
    }
    const saved = await run(RECORD_OUTCOME, {
      id, reportId, phase, measuredOn, lackCompanionship: Number(answers.lackCompanionship), leftOut: Number(answers.leftOut), isolated: Number(answers.isolated),
    });
    if (saved) onDone(t('wellbeing.outcomes.done', { total: saved.recordOutcome.total ?? '—' }));
  }

  const answerOptions = ['1', '2', '3'].map((v) => ({ value: v, label: t(`wellbeing.answer.${v}`) }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="border-top pt-3 mt-2" aria-labelledby={`${p}-title`} data-testid="outcome-form">
      <h3 id={`${p}-title`} className="h5">
        {t('wellbeing.outcomes.formTitle')} — {t(`wellbeing.phase.${phase}`)}
      </h3>
      <p className="fw-semibold">{t('wellbeing.outcomes.questionsLegend')}</p>
      {ITEMS.map((item) => (
        <ChoiceGroup
          key={item}
          id={`${p}-${item}`}
          legend={t(`wellbeing.item.${item}`)}
          options={answerOptions}
          selected={answers[item] ? [answers[item]] : []}
          onChange={(values) => setAnswers((prev) => ({ ...prev, [item]: values[0] ?? '' }))}
          single
          error={problems[item]}
          blamed={blamed === item}
          optionId={(value) => `${p}-${item}-${value}`}
          optionTestId={(value) => `outcome-${item}-${value}`}
        />
      ))}
      <TextField
        id={`${p}-measuredOn`}
        label={t('wellbeing.outcomes.when')}
        type="date"
        max={romeToday()}
        value={measuredOn}
        onChange={setMeasuredOn}
        error={problems.measuredOn}
        blamed={blamed === 'measuredOn'}
        testId="outcome-date"
      />
      <ErrorAlert error={error} />
      <button type="submit" className="btn btn-primary" disabled={pending} data-testid="outcome-submit">
        {t('wellbeing.outcomes.submit')}
      </button>
    </form>
  );
}

/**
 * «Progetto di vita»: the report's life-project pathway («Dopo di noi», mental-health pact): open
 * one, tag the report's referrals with what they do in it, write the wishes note with its review
 * date (sealed; reading it is recorded), close it.
 */
export function PathwaySection({
  reportId,
  referrals,
  canEdit,
  onDone,
}: {
  reportId: string;
  referrals: { id: string; serviceName: string }[];
  canEdit: boolean;
  onDone(message: string): void;
}) {
  const { t, locale } = useI18n();
  const current = useQuery(PATHWAY, { reportId });
  const pathway = current.data?.pathway;
  const live = !!pathway && !pathway.closedAt;
  const done = (message: string) => {
    onDone(message);
    void current.reload();
  };
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="pathway-title" data-testid="pathway">
      <h2 id="pathway-title" className="h4">
        {t('wellbeing.pathway.title')}
      </h2>
      <p>{t('wellbeing.pathway.intro')}</p>
      <ErrorAlert error={current.error} onRetry={() => void current.reload()} />
      {current.data && !pathway && <p>{t('wellbeing.pathway.none')}</p>}
      {pathway && (
        <>
          <p className="fw-semibold mb-1" data-testid="pathway-kind">
            {t(`wellbeing.kind.${pathway.kind}`)}
          </p>
          <p>
            {t('wellbeing.pathway.opened', { date: formatDate(pathway.openedAt, locale) })}
            {pathway.closedAt && <> {t('wellbeing.pathway.closedOn', { date: formatDate(pathway.closedAt, locale) })}</>}
          </p>
          <PathwayReferrals pathway={pathway} referrals={referrals} canEdit={canEdit && live} onDone={done} />
          <PathwayWishes pathway={pathway} canEdit={canEdit && live} onDone={done} />
          {canEdit && live && <ClosePathway pathwayId={pathway.id} onDone={done} />}
        </>
      )}
      {current.data && canEdit && !live && <OpenPathwayForm reportId={reportId} onDone={done} />}
    </section>
  );
}

type PathwayData = { id: string; kind: PathwayKind; referrals: { referralId: string; action: string }[]; wishes: { text?: string | null; reviewOn: string; writtenAt: string }[] };

function OpenPathwayForm({ reportId, onDone }: { reportId: string; onDone(message: string): void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<PathwayKind>('DOPO_DI_NOI');
  const { run, pending, error } = useMutation();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(OPEN_PATHWAY, { reportId, kind })) onDone(t('wellbeing.pathway.done.opened'));
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="pathway-open-form">
      <SelectField id={`pathway-kind-${reportId.slice(0, 8)}`} label={t('wellbeing.pathway.kind')} value={kind} onChange={(v) => setKind(v as PathwayKind)} options={KINDS.map((k) => ({ value: k, label: t(`wellbeing.kind.${k}`) }))} testId="pathway-kind-select" />
      <ErrorAlert error={error} />
      <button type="submit" className="btn btn-primary" disabled={pending} data-testid="pathway-open">
        {t('wellbeing.pathway.open')}
      </button>
    </form>
  );
}

function PathwayReferrals({ pathway, referrals, canEdit, onDone }: { pathway: PathwayData; referrals: { id: string; serviceName: string }[]; canEdit: boolean; onDone(message: string): void }) {
  const { t } = useI18n();
  const tagged = new Map(pathway.referrals.map((r) => [r.referralId, r.action]));
  return (
    <div className="mb-3">
      <h3 className="h5">{t('wellbeing.pathway.referralsTitle')}</h3>
      {referrals.length === 0 ? (
        <p>{t('wellbeing.pathway.noReferrals')}</p>
      ) : (
        referrals.map((r) => <ReferralAction key={r.id} pathway={pathway} referral={r} action={tagged.get(r.id) ?? ''} canEdit={canEdit} onDone={onDone} />)
      )}
    </div>
  );
}

function ReferralAction({ pathway, referral, action, canEdit, onDone }: { pathway: PathwayData; referral: { id: string; serviceName: string }; action: string; canEdit: boolean; onDone(message: string): void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState(action);
  useEffect(() => setChoice(action), [action]);
  const { run, pending, error } = useMutation();
  const id = `pathway-action-${referral.id.slice(0, 8)}`;
  const label = t('wellbeing.pathway.action', { service: referral.serviceName });
  if (!canEdit) {
    return (
      <p className="mb-1">
        {label}: {action ? t(`wellbeing.actionName.${action}`) : t('wellbeing.pathway.notInPathway')}
      </p>
    );
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    if (choice === action) return;
    const ok = choice
      ? await run(TAG_PATHWAY_REFERRAL, { pathwayId: pathway.id, referralId: referral.id, action: choice as PathwayAction })
      : await run(UNTAG_PATHWAY_REFERRAL, { pathwayId: pathway.id, referralId: referral.id });
    if (ok) onDone(t(choice ? 'wellbeing.pathway.done.tagged' : 'wellbeing.pathway.done.untagged'));
  }
  return (
    <form onSubmit={(e) => void save(e)} noValidate className="d-flex flex-wrap align-items-end gap-2 mb-2" data-testid={`pathway-referral-${referral.id}`}>
      <div className="flex-grow-1">
        <SelectField
          id={id}
          label={label}
          value={choice}
          onChange={setChoice}
          options={[{ value: '', label: t('wellbeing.pathway.notInPathway') }, ...ACTIONS[pathway.kind].map((a) => ({ value: a, label: t(`wellbeing.actionName.${a}`) }))]}
          blamed={!!error}
          testId="pathway-action-select"
        />
      </div>
      <button type="submit" className="btn btn-outline-primary mb-3" disabled={pending || choice === action} data-testid="pathway-action-save">
        {t('wellbeing.pathway.saveAction')}
      </button>
      <div className="w-100">
        <ErrorAlert error={error} />
      </div>
    </form>
  );
}

function PathwayWishes({ pathway, canEdit, onDone }: { pathway: PathwayData; canEdit: boolean; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const [latest, ...earlier] = pathway.wishes;
  const [text, setText] = useState(latest?.text ?? '');
  const [reviewOn, setReviewOn] = useState('');
  const [problems, setProblems] = useState<{ text?: string; reviewOn?: string }>({});
  const { run, pending, error } = useMutation();
  const blamed = serverField(error?.field);
  const p = `pathway-wishes-${pathway.id.slice(0, 8)}`;
  async function save(event: FormEvent) {
    event.preventDefault();
    const found: { text?: string; reviewOn?: string } = {};
    if (!text.trim()) found.text = t('wellbeing.pathway.errors.wishes');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewOn) || reviewOn < romeToday()) found.reviewOn = t('wellbeing.pathway.errors.reviewOn');
    setProblems(found);
    if (found.text || found.reviewOn) {
      document.getElementById(found.text ? `${p}-text` : `${p}-reviewOn`)?.focus();
      return;
    }
    if (await run(UPDATE_PATHWAY_WISHES, { pathwayId: pathway.id, text: text.trim(), reviewOn })) {
      setReviewOn('');
      onDone(t('wellbeing.pathway.done.wishes'));
    }
  }
  return (
    <div className="mb-3" data-testid="pathway-wishes">
      <h3 className="h5">{t('wellbeing.pathway.wishesTitle')}</h3>
      {latest ? (
        <div className="mb-2">
          <p className="mb-1" style={{ whiteSpace: 'pre-wrap' }} data-testid="pathway-wishes-current">
            {latest.text ?? '—'}
          </p>
          <p className="small text-secondary mb-0">
            {t('wellbeing.pathway.writtenOn', { date: formatDate(latest.writtenAt, locale) })} · {t('wellbeing.pathway.reviewOnShown', { date: formatDate(latest.reviewOn, locale) })}
          </p>
        </div>
      ) : (
        <p>{t('wellbeing.pathway.wishesNone')}</p>
      )}
      {earlier.length > 0 && (
        <details className="mb-2">
          <summary>{t('wellbeing.pathway.history')}</summary>
          <ul>
            {earlier.map((w) => (
              <li key={w.writtenAt}>
                {t('wellbeing.pathway.writtenOn', { date: formatDate(w.writtenAt, locale) })}: {w.text ?? '—'}
              </li>
            ))}
          </ul>
        </details>
      )}
      {canEdit && (
        <form onSubmit={(e) => void save(e)} noValidate>
          <p className="form-text">{t('wellbeing.pathway.wishesIntro')}</p>
          <TextArea id={`${p}-text`} label={t('wellbeing.pathway.wishesText')} rows={4} maxLength={4000} value={text} onChange={setText} error={problems.text} blamed={blamed === 'text'} testId="pathway-wishes-text" />
          <TextField id={`${p}-reviewOn`} label={t('wellbeing.pathway.reviewOn')} type="date" min={romeToday()} value={reviewOn} onChange={setReviewOn} error={problems.reviewOn} blamed={blamed === 'reviewOn'} testId="pathway-wishes-review" />
          <ErrorAlert error={error} />
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="pathway-wishes-save">
            {t('wellbeing.pathway.saveWishes')}
          </button>
        </form>
      )}
    </div>
  );
}

function ClosePathway({ pathwayId, onDone }: { pathwayId: string; onDone(message: string): void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const { run, pending, error } = useMutation();
  async function close() {
    if (await run(CLOSE_PATHWAY, { pathwayId })) {
      setAsking(false);
      onDone(t('wellbeing.pathway.done.closed'));
    }
  }
  return (
    <div>
      <ErrorAlert error={error} />
      <button type="button" className="btn btn-outline-danger" onClick={() => setAsking(true)} data-testid="pathway-close">
        {t('wellbeing.pathway.close')}
      </button>
      {asking && (
        <ConfirmDialog title={t('wellbeing.pathway.close')} confirmLabel={t('wellbeing.pathway.close')} cancelLabel={t('common.cancel')} danger pending={pending} onConfirm={() => void close()} onCancel={() => setAsking(false)} testId="pathway-close-dialog">
          <p>{t('wellbeing.pathway.closeConfirm')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
