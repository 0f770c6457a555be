import { FormEvent, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/common';
import { CheckField, ChoiceGroup, SelectField } from '../../components/form';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';

export const PRESCRIBABLE = graphql(`query Prescribable($m: String) {
  initiatives(municipality: $m, first: 100) { nodes { id titleIt titleEn neighbourhoodCode organiser { id } } }
}`);
export const PRESCRIBABLE_SESSIONS = graphql(`query PrescribableSessions($id: ID!) {
  initiative(id: $id) { id sessions { id startsAt status referralLeft } }
}`);
export const PRESCRIBE = graphql(`mutation PrescribeInitiative($reportId: ID!, $initiativeId: ID!, $sessionId: ID!, $buddyRequested: Boolean!) {
  prescribeInitiative(reportId: $reportId, initiativeId: $initiativeId, sessionId: $sessionId, buddyRequested: $buddyRequested) { id status }
}`);

/**
 * «Invia a un'attività» (issue 17): the social worker picks an initiative with an organiser and one
 * of its next sessions with a seat for referred people left, may ask for a volunteer buddy, and
 * sends. The referral then shows among the report's referrals with its state.
 */
export function PrescribePanel({ reportId, onDone }: { reportId: string; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const { account } = useSession();
  const [initiativeId, setInitiativeId] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [buddy, setBuddy] = useState(false);
  const [missing, setMissing] = useState(false);
  const list = useQuery(PRESCRIBABLE, { m: account?.municipality });
  const sessions = useQuery(PRESCRIBABLE_SESSIONS, { id: initiativeId }, { skip: !initiativeId });
  const mutation = useMutation((message) => {
    setSessionId('');
    setBuddy(false);
    void sessions.reload();
    onDone(message);
  });
  // Only initiatives run by an organisation can receive referrals (the municipality's own cannot).
  const initiatives = (list.data?.initiatives.nodes ?? []).filter((i) => i.organiser);
  const open = (sessions.data?.initiative.sessions ?? []).filter((s) => s.status === 'SCHEDULED' && s.referralLeft > 0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!initiativeId || !sessionId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void mutation.run(PRESCRIBE, { reportId, initiativeId, sessionId, buddyRequested: buddy }, t('social.prescribe.done'));
  };
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="prescribe-title" data-testid="prescribe-panel">
      <h2 id="prescribe-title" className="h4">
        {t('social.prescribe.title')}
      </h2>
      <p>{t('social.prescribe.intro')}</p>
      <ErrorAlert error={list.error} onRetry={() => void list.reload()} />
      <form onSubmit={submit} noValidate>
        <SelectField
          id="prescribe-initiative"
          label={t('social.prescribe.initiative')}
          value={initiativeId}
          placeholder={t('social.prescribe.choose')}
          options={initiatives.map((i) => ({ value: i.id, label: (locale === 'en' ? i.titleEn : null) ?? i.titleIt }))}
          onChange={(v) => {
            setInitiativeId(v);
            setSessionId('');
          }}
          error={missing && !initiativeId ? t('social.prescribe.missingInitiative') : undefined}
          testId="prescribe-initiative"
        />
        {initiativeId &&
          (open.length === 0 ? (
            <p data-testid="prescribe-no-sessions">{sessions.loading ? t('common.loading') : t('social.prescribe.noSessions')}</p>
          ) : (
            <ChoiceGroup
              id="prescribe-session"
              legend={t('social.prescribe.session')}
              options={open.map((s) => ({ value: s.id, label: t('social.prescribe.sessionOption', { when: formatDateTime(s.startsAt, locale), n: s.referralLeft }) }))}
              selected={sessionId ? [sessionId] : []}
              onChange={(v) => setSessionId(v[0] ?? '')}
              single
              error={missing && !sessionId ? t('social.prescribe.missingSession') : undefined}
              optionTestId={(v) => `prescribe-session-${open.findIndex((s) => s.id === v)}`}
            />
          ))}
        <CheckField id="prescribe-buddy" label={t('social.prescribe.buddy')} hint={t('social.prescribe.buddyHint')} checked={buddy} onChange={setBuddy} testId="prescribe-buddy" />
        <ErrorAlert error={mutation.error} />
        <button type="submit" className="btn btn-primary" disabled={mutation.pending} data-testid="prescribe-send">
          {t('social.prescribe.send')}
        </button>
      </form>
    </section>
  );
}
