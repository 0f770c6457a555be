import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Operation, Variables } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading, PageTitle, StatusBadge, errorText } from '../../components/common';
import { SelectField } from '../../components/form';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { MyBuddyRequests } from './BuddyRequests';
import { CANCEL_SIGN_UP, CHECK_IN, CHECK_OUT, CONFIRM_SHIFT, MY_SHIFTS, MyShift, OPPORTUNITIES, SIGN_UP_FOR_SHIFT } from './volunteersApi';
import './volunteers.css';

type Feedback = { kind: 'ok' | 'error'; text: string };

/** One runner for a list of items: what it last said is shown under the item it was run for. */
function useItemMutation(onDone: () => void) {
  const { t, locale } = useI18n();
  const [target, setTarget] = useState<{ id: string; ok?: string }>();
  const mutation = useMutation(onDone);
  const run = async <T, V extends Variables>(id: string, operation: Operation<T, V>, variables: V, ok: string) => {
    setTarget({ id });
    if ((await mutation.run(operation, variables, ok)) !== undefined) setTarget({ id, ok });
  };
  const feedback = (id: string): Feedback | undefined => {
    if (target?.id !== id || mutation.pending) return undefined;
    if (mutation.error) return { kind: 'error', text: errorText(mutation.error, t, locale) };
    return target.ok ? { kind: 'ok', text: target.ok } : undefined;
  };
  return { run, feedback, pending: mutation.pending };
}

/** «I miei turni», on a phone: what the volunteer was asked to accompany (buddies), their shifts (confirm, give back, arrive, leave) and the shifts open to sign up for. */
export function MyShiftsPage() {
  const { t } = useI18n();
  const mine = useQuery(MY_SHIFTS);
  if (mine.loading && !mine.data) return <Loading />;
  if (mine.error) return <ErrorAlert error={mine.error} onRetry={() => void mine.reload()} />;
  if (!mine.data?.myVolunteerProfile) {
    return (
      <div className="volunteer-page">
        <PageTitle>{t('volunteers.shifts.title')}</PageTitle>
        <p>{t('volunteers.shifts.noProfile')}</p>
        <Link className="btn btn-primary btn-big" to="/volontari">{t('volunteers.shifts.completeProfile')}</Link>
      </div>
    );
  }
  return (
    <div className="volunteer-page">
      <PageTitle>{t('volunteers.shifts.title')}</PageTitle>
      <MyBuddyRequests />
      <MyShiftList shifts={mine.data.myShifts} reload={() => void mine.reload()} />
      <Opportunities onSignedUp={() => void mine.reload()} />
      <p className="mt-4"><Link to="/volontari">{t('volunteers.shifts.editProfile')}</Link></p>
    </div>
  );
}

function MyShiftList({ shifts, reload }: { shifts: MyShift[]; reload(): void }) {
  const { t, locale } = useI18n();
  const actions = useItemMutation(reload);
  const act = <T,>(signUpId: string, mutation: Operation<T, { s: string }>, done: string) => void actions.run(signUpId, mutation, { s: signUpId }, t(done));
  const now = Date.now();
  return (
    <section aria-labelledby="my-shifts-heading" className="mb-4">
      <h2 id="my-shifts-heading" className="h4">{t('volunteers.shifts.mine')}</h2>
      {shifts.length === 0 && <p data-testid="my-shifts-empty">{t('volunteers.shifts.none')}</p>}
      <ul className="list-unstyled" data-testid="my-shifts">
        {shifts.map(({ signUp, shift, role, confirmationDue }) => {
          const starts = Date.parse(shift.startsAt);
          const ends = Date.parse(shift.endsAt);
          const canArrive = !signUp.checkedInAt && now >= starts - 3600_000 && now <= ends;
          const canLeave = !!signUp.checkedInAt && !signUp.checkedOutAt;
          const f = actions.feedback(signUp.id);
          return (
            <li key={signUp.id} className="card mb-3" data-testid="my-shift">
              <div className="card-body">
                <h3 className="h5 card-title">{role.title}</h3>
                <p className="mb-1"><strong>{formatDateTime(shift.startsAt, locale)}</strong> – {new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { timeZone: 'Europe/Rome', timeStyle: 'short' }).format(new Date(shift.endsAt))}</p>
                {role.organisationName && <p className="mb-1">{role.organisationName}</p>}
                {shift.meetingPoint && <p className="mb-2">{t('volunteers.shifts.meetingPoint', { place: shift.meetingPoint })}</p>}
                <StatusBadge label={t(`volunteers.status.${signUp.status}`)} tone={signUp.status === 'CONFIRMED' ? 'success' : 'primary'} />
                {confirmationDue && (
                  <div className="alert alert-warning mt-2 mb-2" data-testid="confirm-due">
                    <p className="mb-2">{t('volunteers.shifts.confirmDue')}</p>
                    <button type="button" className="btn btn-primary btn-big w-100" onClick={() => act(signUp.id, CONFIRM_SHIFT, 'volunteers.shifts.confirmed')} data-testid="confirm-shift">{t('volunteers.shifts.confirm')}</button>
                  </div>
                )}
                <div className="d-grid gap-2 mt-2">
                  {canArrive && <button type="button" className="btn btn-success btn-big" onClick={() => act(signUp.id, CHECK_IN, 'volunteers.shifts.arrived')}>{t('volunteers.shifts.checkIn')}</button>}
                  {canLeave && <button type="button" className="btn btn-success btn-big" onClick={() => act(signUp.id, CHECK_OUT, 'volunteers.shifts.left')}>{t('volunteers.shifts.checkOut')}</button>}
                  {starts > now && (
                    <button type="button" className="btn btn-outline-secondary" onClick={() => act(signUp.id, CANCEL_SIGN_UP, 'volunteers.shifts.cancelled')} data-testid="cancel-shift">{t('volunteers.shifts.cancel')}</button>
                  )}
                </div>
                {f && <p role={f.kind === 'error' ? 'alert' : 'status'} className={`mt-2 mb-0 ${f.kind === 'error' ? 'text-danger' : 'text-success'}`}>{f.text}</p>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Opportunities({ onSignedUp }: { onSignedUp(): void }) {
  const { t, locale } = useI18n();
  const [neighbourhood, setNeighbourhood] = useState('');
  const q = useQuery(OPPORTUNITIES, neighbourhood ? { n: neighbourhood } : {});
  const signUps = useItemMutation(() => {
    onSignedUp();
    void q.reload();
  });
  const names = new Map((q.data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  const signUp = (shiftId: string) => void signUps.run(shiftId, SIGN_UP_FOR_SHIFT, { s: shiftId }, t('volunteers.open.signedUp'));
  return (
    <section aria-labelledby="open-shifts-heading">
      <h2 id="open-shifts-heading" className="h4">{t('volunteers.open.title')}</h2>
      <SelectField id="open-neighbourhood" label={t('volunteers.open.neighbourhood')} value={neighbourhood} onChange={setNeighbourhood}
        options={[{ value: '', label: t('volunteers.open.everywhere') }, ...(q.data?.neighbourhoods ?? []).map((n) => ({ value: n.code, label: n.name }))]} />
      {q.loading && !q.data && <Loading />}
      <ErrorAlert error={q.error} onRetry={() => void q.reload()} />
      <ul className="list-unstyled" data-testid="open-roles">
        {(q.data?.volunteerOpportunities.nodes ?? []).map(({ role, shifts }) => (
          <li key={role.id} className="card mb-3" data-testid="open-role">
            <div className="card-body">
              <h3 className="h5 card-title">{role.title}</h3>
              <p className="small mb-1">{[role.organisationName, names.get(role.neighbourhoodCode) ?? role.neighbourhoodCode].filter(Boolean).join(' · ')}</p>
              <p className="mb-2">{role.description}</p>
              <ul className="small mb-2">
                <li>{t('volunteers.open.minimumAge', { age: role.minimumAge })}</li>
                {role.requirements.map((r) => <li key={r}>{t(`volunteers.requirement.${r}`)}</li>)}
                <li>{role.insuranceProvided ? t('volunteers.open.insured') : t('volunteers.open.notInsured')}</li>
              </ul>
              <ul className="list-group">
                {shifts.map((s) => {
                  const f = signUps.feedback(s.id);
                  return (
                    <li key={s.id} className="list-group-item" data-testid="open-shift">
                      <div className="d-flex justify-content-between align-items-center gap-2 flex-wrap">
                        <span>
                          <strong>{formatDateTime(s.startsAt, locale)}</strong>
                          <br />
                          <span className="small">{s.placesLeft > 0 ? t('volunteers.open.placesLeft', { n: s.placesLeft }) : t('volunteers.open.full')}</span>
                        </span>
                        <button type="button" className="btn btn-primary" onClick={() => signUp(s.id)} disabled={signUps.pending} data-testid="sign-up-shift">{t('volunteers.open.signUp')}</button>
                      </div>
                      {f && <p role={f.kind === 'error' ? 'alert' : 'status'} className={`mt-2 mb-0 ${f.kind === 'error' ? 'text-danger' : 'text-success'}`} data-testid={f.kind === 'error' ? 'sign-up-refused' : 'sign-up-done'}>{f.text}</p>}
                    </li>
                  );
                })}
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
