import { FormEvent, useState } from 'react';
import { ApiError, downloadWithToken } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { newId } from '../../api/newId';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { CheckField, ChoiceGroup, SelectField, TextArea, TextField, serverField } from '../../components/form';
import type { VolunteerHoursQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n';
import { ADD_SHIFT, CHECK_IN, CHECK_OUT, HOURS, ORGANISATION_ROLES, PUBLISH_ROLE, RECORD_HOURS, REQUIREMENTS, ROSTER, Requirement, VolunteerRole, VolunteerShift, hoursText } from './volunteersApi';
import { OrganisationBuddyRequests } from './BuddyRequests';
import './volunteers.css';

type HoursLine = VolunteerHoursQuery['volunteerHours']['nodes'][number];

/** A form's last outcome: the success message (the error is the runner's). */
function Saved({ message }: { message: string | null }) {
  return message ? (
    <p role="status" className="text-success">
      {message}
    </p>
  ) : null;
}

/**
 * The organisation's volunteers (ORG_OPERATOR): the buddy requests of its prescriptions with the
 * volunteers proposed for each («Chiedi a …»), its roles and shifts with who is coming (check-in
 * and check-out at the shift), a new role or shift, the hours register with hours entered by hand,
 * and the register of non-occasional volunteers (Third Sector Code art. 17) as CSV.
 */
export function OrganisationVolunteersPage() {
  const { t, locale } = useI18n();
  const roles = useQuery(ORGANISATION_ROLES);
  const hours = useQuery(HOURS);
  const [csvError, setCsvError] = useState<ApiError>();
  if (roles.loading && !roles.data) return <Loading />;
  const list = roles.data?.organisationVolunteerRoles.nodes ?? [];
  return (
    <>
      <PageTitle subtitle={t('volunteers.org.subtitle')}>{t('volunteers.org.title')}</PageTitle>
      <ErrorAlert error={roles.error} onRetry={() => void roles.reload()} />
      <OrganisationBuddyRequests />
      <section aria-labelledby="org-roles-heading" className="mb-4">
        <h2 id="org-roles-heading" className="h4">{t('volunteers.org.roles')}</h2>
        {list.length === 0 && <p>{t('volunteers.org.noRoles')}</p>}
        {list.map(({ role, shifts }) => (
          <article key={role.id} className="card mb-3" data-testid="org-role">
            <div className="card-body">
              <h3 className="h5">{role.title}</h3>
              <p className="small mb-2">
                {t('volunteers.open.minimumAge', { age: role.minimumAge })}
                {role.requirements.map((r) => ` · ${t(`volunteers.requirement.${r}`)}`).join('')} · {role.insuranceProvided ? t('volunteers.open.insured') : t('volunteers.open.notInsured')}
              </p>
              {shifts.length === 0 ? <p className="small">{t('volunteers.org.noShifts')}</p> : (
                <ul className="list-group">
                  {shifts.map((s) => <ShiftRow key={s.id} shift={s} />)}
                </ul>
              )}
            </div>
          </article>
        ))}
      </section>
      <div className="row g-4">
        <div className="col-lg-6"><PublishRoleForm neighbourhoods={roles.data?.neighbourhoods ?? []} onDone={() => void roles.reload()} /></div>
        <div className="col-lg-6"><AddShiftForm roles={list.map((l) => l.role)} onDone={() => void roles.reload()} /></div>
      </div>
      <section aria-labelledby="org-hours-heading" className="mt-4">
        <h2 id="org-hours-heading" className="h4">{t('volunteers.org.hours')}</h2>
        <p>{t('volunteers.org.registerHelp')}</p>
        <button type="button" className="btn btn-outline-primary mb-3" data-testid="register-csv"
          onClick={() => void downloadWithToken('/community/volunteer-register.csv', 'registro-volontari.csv').then(() => setCsvError(undefined), (e: ApiError) => setCsvError(e))}>
          {t('volunteers.org.registerCsv')}
        </button>
        <ErrorAlert error={csvError} />
        <ErrorAlert error={hours.error} onRetry={() => void hours.reload()} />
        <div className="table-responsive">
          <table className="table table-sm" data-testid="hours-table">
            <caption className="visually-hidden">{t('volunteers.org.hours')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('volunteers.org.day')}</th>
                <th scope="col">{t('volunteers.org.volunteer')}</th>
                <th scope="col">{t('volunteers.org.role')}</th>
                <th scope="col">{t('volunteers.org.duration')}</th>
                <th scope="col">{t('volunteers.org.source')}</th>
              </tr>
            </thead>
            <tbody>
              {(hours.data?.volunteerHours.nodes ?? []).map((h) => (
                <tr key={h.id}>
                  <td>{formatDate(h.day, locale)}</td>
                  <td>{h.volunteerName}</td>
                  <td>{h.roleTitle}</td>
                  <td>{hoursText(h.minutes)}</td>
                  <td>{t(`volunteers.source.${h.source}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <RecordHoursForm roles={list.map((l) => l.role)} lines={hours.data?.volunteerHours.nodes ?? []} onDone={() => void hours.reload()} />
      </section>
    </>
  );
}

function ShiftRow({ shift }: { shift: VolunteerShift }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const roster = useQuery(ROSTER, { s: shift.id }, { skip: !open });
  const presence = useMutation(() => void roster.reload());
  const act = (mutation: typeof CHECK_IN | typeof CHECK_OUT, signUpId: string) =>
    void (mutation === CHECK_IN ? presence.run(CHECK_IN, { s: signUpId }, '') : presence.run(CHECK_OUT, { s: signUpId }, ''));
  return (
    <li className="list-group-item">
      <div className="d-flex justify-content-between flex-wrap gap-2 align-items-center">
        <span>
          <strong>{formatDateTime(shift.startsAt, locale)}</strong> · {t('volunteers.org.taken', { taken: shift.taken, capacity: shift.capacity })}
        </span>
        <button type="button" className="btn btn-sm btn-outline-secondary" aria-expanded={open} onClick={() => setOpen(!open)}>{t('volunteers.org.whoIsComing')}</button>
      </div>
      {open && (
        <div className="mt-2">
          {roster.loading && !roster.data && <Loading />}
          {roster.data?.shiftRoster.length === 0 && <p className="small mb-0">{t('volunteers.org.nobodyYet')}</p>}
          <ul className="list-unstyled mb-0">
            {(roster.data?.shiftRoster ?? []).map((r) => (
              <li key={r.signUp.id} className="border-top pt-2 mt-2">
                <strong>{r.displayName}</strong> · {t(`volunteers.status.${r.signUp.status}`)}
                <br />
                <a href={`mailto:${r.email}`}>{r.email}</a>{r.phone && <> · <a href={`tel:${r.phone.replace(/\s/g, '')}`}>{r.phone}</a></>}
                <div className="mt-1 d-flex gap-2">
                  {!r.signUp.checkedInAt && <button type="button" className="btn btn-sm btn-success" onClick={() => act(CHECK_IN, r.signUp.id)}>{t('volunteers.org.checkIn')}</button>}
                  {r.signUp.checkedInAt && !r.signUp.checkedOutAt && <button type="button" className="btn btn-sm btn-success" onClick={() => act(CHECK_OUT, r.signUp.id)}>{t('volunteers.org.checkOut')}</button>}
                  {r.signUp.checkedOutAt && <span className="small">{t('volunteers.org.hoursRecorded')}</span>}
                </div>
              </li>
            ))}
          </ul>
          <ErrorAlert error={presence.error} />
        </div>
      )}
    </li>
  );
}

function PublishRoleForm({ neighbourhoods, onDone }: { neighbourhoods: { code: string; name: string }[]; onDone(): void }) {
  const { t } = useI18n();
  const empty = { title: '', description: '', neighbourhoodCode: '', minimumAge: '18', requirements: [] as Requirement[], insuranceProvided: true };
  const [v, setV] = useState(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const { run, pending, error } = useMutation((message) => {
    setV(empty);
    setSaved(message);
    onDone();
  });
  const blamed = serverField(error?.field);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    await run(PUBLISH_ROLE, { input: { id: newId(), ...v, minimumAge: Number(v.minimumAge) } }, t('volunteers.org.rolePublished'));
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card card-body" aria-labelledby="publish-role-heading">
      <h2 id="publish-role-heading" className="h5">{t('volunteers.org.newRole')}</h2>
      <ErrorAlert error={error} />
      <TextField id="pr-title" label={t('volunteers.org.roleTitle')} value={v.title} onChange={(x) => setV({ ...v, title: x })} maxLength={120} blamed={blamed === 'title'} />
      <TextArea id="pr-description" label={t('volunteers.org.roleDescription')} value={v.description} onChange={(x) => setV({ ...v, description: x })} maxLength={2000} blamed={blamed === 'description'} />
      <SelectField id="pr-neighbourhood" label={t('volunteers.profile.neighbourhood')} value={v.neighbourhoodCode} onChange={(x) => setV({ ...v, neighbourhoodCode: x })} placeholder={t('volunteers.profile.choose')}
        options={neighbourhoods.map((n) => ({ value: n.code, label: n.name }))} blamed={blamed === 'neighbourhoodCode'} />
      <TextField id="pr-age" type="number" inputMode="numeric" min={14} max={99} label={t('volunteers.org.minimumAge')} value={v.minimumAge} onChange={(x) => setV({ ...v, minimumAge: x })} blamed={blamed === 'minimumAge'} />
      <ChoiceGroup id="pr-requirements" legend={t('volunteers.org.requirements')} optional options={REQUIREMENTS.map((r) => ({ value: r, label: t(`volunteers.requirement.${r}`) }))} selected={v.requirements}
        onChange={(list) => setV({ ...v, requirements: REQUIREMENTS.filter((r) => list.includes(r)) })} optionId={(r) => `pr-req-${r}`} blamed={blamed === 'requirements'} />
      <CheckField id="pr-insurance" label={t('volunteers.org.insurance')} checked={v.insuranceProvided} onChange={(x) => setV({ ...v, insuranceProvided: x })} blamed={blamed === 'insuranceProvided'} />
      <Saved message={saved} />
      <button type="submit" className="btn btn-primary" disabled={pending}>{t('volunteers.org.publish')}</button>
    </form>
  );
}

function AddShiftForm({ roles, onDone }: { roles: VolunteerRole[]; onDone(): void }) {
  const { t } = useI18n();
  const [v, setV] = useState({ roleId: '', start: '', end: '', capacity: '2', meetingPoint: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<'start' | 'end' | null>(null);
  const { run, pending, error } = useMutation((message) => {
    setSaved(message);
    onDone();
  });
  const blamed = serverField(error?.field);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    // The browser's datetime-local is the person's local time (Europe/Rome in this city).
    const startsAt = new Date(v.start);
    const endsAt = new Date(`${v.start.slice(0, 10)}T${v.end}`);
    if (Number.isNaN(startsAt.getTime())) return setInvalid('start');
    if (Number.isNaN(endsAt.getTime())) return setInvalid('end');
    setInvalid(null);
    await run(ADD_SHIFT, { input: { id: newId(), roleId: v.roleId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), capacity: Number(v.capacity), meetingPoint: v.meetingPoint || undefined } }, t('volunteers.org.shiftAdded'));
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card card-body" aria-labelledby="add-shift-heading">
      <h2 id="add-shift-heading" className="h5">{t('volunteers.org.newShift')}</h2>
      <ErrorAlert error={error} />
      <SelectField id="as-role" label={t('volunteers.org.role')} value={v.roleId} onChange={(x) => setV({ ...v, roleId: x })} placeholder={t('volunteers.profile.choose')}
        options={roles.map((r) => ({ value: r.id, label: r.title }))} blamed={blamed === 'roleId'} />
      <TextField id="as-start" type="datetime-local" label={t('volunteers.org.start')} value={v.start} onChange={(x) => setV({ ...v, start: x })}
        error={invalid === 'start' ? t('volunteers.org.shiftInvalid') : undefined} blamed={blamed === 'startsAt'} />
      <TextField id="as-end" type="time" label={t('volunteers.org.end')} value={v.end} onChange={(x) => setV({ ...v, end: x })}
        error={invalid === 'end' ? t('volunteers.org.shiftInvalid') : undefined} blamed={blamed === 'endsAt'} />
      <TextField id="as-capacity" type="number" inputMode="numeric" min={1} max={500} label={t('volunteers.org.capacity')} value={v.capacity} onChange={(x) => setV({ ...v, capacity: x })} blamed={blamed === 'capacity'} />
      <TextField id="as-meeting" optional label={t('volunteers.org.meetingPoint')} value={v.meetingPoint} onChange={(x) => setV({ ...v, meetingPoint: x })} maxLength={200} blamed={blamed === 'meetingPoint'} />
      <Saved message={saved} />
      <button type="submit" className="btn btn-primary" disabled={pending}>{t('volunteers.org.addShift')}</button>
    </form>
  );
}

function RecordHoursForm({ roles, lines, onDone }: { roles: VolunteerRole[]; lines: HoursLine[]; onDone(): void }) {
  const { t } = useI18n();
  const volunteers = [...new Map(lines.map((l) => [l.volunteerId, l.volunteerName])).entries()];
  const [v, setV] = useState({ volunteerId: '', roleId: '', day: '', hours: '2' });
  const [saved, setSaved] = useState<string | null>(null);
  const { run, pending, error } = useMutation((message) => {
    setSaved(message);
    onDone();
  });
  const blamed = serverField(error?.field);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    await run(RECORD_HOURS, { input: { id: newId(), volunteerId: v.volunteerId, roleId: v.roleId, day: v.day, minutes: Math.round(Number(v.hours.replace(',', '.')) * 60) } }, t('volunteers.org.hoursSaved'));
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card card-body" aria-labelledby="record-hours-heading">
      <h3 id="record-hours-heading" className="h5">{t('volunteers.org.byHand')}</h3>
      <ErrorAlert error={error} />
      <div className="row g-2">
        <div className="col-md-3">
          <SelectField id="rh-volunteer" label={t('volunteers.org.volunteer')} value={v.volunteerId} onChange={(x) => setV({ ...v, volunteerId: x })} placeholder={t('volunteers.profile.choose')}
            options={volunteers.map(([id, name]) => ({ value: id, label: name }))} blamed={blamed === 'volunteerId'} />
        </div>
        <div className="col-md-3">
          <SelectField id="rh-role" label={t('volunteers.org.role')} value={v.roleId} onChange={(x) => setV({ ...v, roleId: x })} placeholder={t('volunteers.profile.choose')}
            options={roles.map((r) => ({ value: r.id, label: r.title }))} blamed={blamed === 'roleId'} />
        </div>
        <div className="col-md-3">
          <TextField id="rh-day" type="date" label={t('volunteers.org.day')} value={v.day} onChange={(x) => setV({ ...v, day: x })} blamed={blamed === 'day'} />
        </div>
        <div className="col-md-3">
          <TextField id="rh-hours" type="number" inputMode="decimal" step="0.25" min={0.25} max={24} label={t('volunteers.org.hoursNumber')} value={v.hours} onChange={(x) => setV({ ...v, hours: x })} blamed={blamed === 'minutes'} />
        </div>
      </div>
      <Saved message={saved} />
      <button type="submit" className="btn btn-primary mt-3" disabled={pending}>{t('volunteers.org.saveHours')}</button>
    </form>
  );
}
