import { FormEvent, useState } from 'react';
import { ApiError, downloadWithToken, gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { newId } from '../../api/newId';
import { ErrorAlert, Loading, PageTitle, errorText } from '../../components/common';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n';
import { ADD_SHIFT, CHECK_IN, CHECK_OUT, HOURS, ORGANISATION_ROLES, PUBLISH_ROLE, RECORD_HOURS, REQUIREMENTS, ROSTER, Requirement, ShiftSignUp, VolunteerRole, VolunteerShift, hoursText } from './volunteersApi';
import './volunteers.css';

interface RosterEntry {
  volunteerId: string;
  displayName: string;
  email: string;
  phone: string | null;
  signUp: ShiftSignUp;
}

interface HoursLine {
  id: string;
  volunteerId: string;
  volunteerName: string;
  roleTitle: string;
  day: string;
  minutes: number;
  source: 'CHECK_IN' | 'MANUAL';
}

/**
 * The organisation's volunteers (ORG_OPERATOR): its roles and shifts with who is coming (check-in
 * and check-out at the shift), a new role or shift, the hours register with hours entered by hand,
 * and the register of non-occasional volunteers (Third Sector Code art. 17) as CSV.
 */
export function OrganisationVolunteersPage() {
  const { t, locale } = useI18n();
  const roles = useQuery<{ organisationVolunteerRoles: { nodes: { role: VolunteerRole; shifts: VolunteerShift[] }[] }; neighbourhoods: { code: string; name: string }[] }>(ORGANISATION_ROLES);
  const hours = useQuery<{ volunteerHours: { nodes: HoursLine[] } }>(HOURS);
  const [csvError, setCsvError] = useState<ApiError>();
  if (roles.loading && !roles.data) return <Loading />;
  const list = roles.data?.organisationVolunteerRoles.nodes ?? [];
  return (
    <>
      <PageTitle subtitle={t('volunteers.org.subtitle')}>{t('volunteers.org.title')}</PageTitle>
      <ErrorAlert error={roles.error} onRetry={() => void roles.reload()} />
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
  const roster = useQuery<{ shiftRoster: RosterEntry[] }>(ROSTER, { s: shift.id }, { skip: !open });
  const [error, setError] = useState<string | null>(null);
  const act = async (mutation: string, signUpId: string) => {
    try {
      await gql(mutation, { s: signUpId });
      setError(null);
      void roster.reload();
    } catch (e) {
      setError(errorText(e as ApiError, t, locale));
    }
  };
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
                  {!r.signUp.checkedInAt && <button type="button" className="btn btn-sm btn-success" onClick={() => void act(CHECK_IN, r.signUp.id)}>{t('volunteers.org.checkIn')}</button>}
                  {r.signUp.checkedInAt && !r.signUp.checkedOutAt && <button type="button" className="btn btn-sm btn-success" onClick={() => void act(CHECK_OUT, r.signUp.id)}>{t('volunteers.org.checkOut')}</button>}
                  {r.signUp.checkedOutAt && <span className="small">{t('volunteers.org.hoursRecorded')}</span>}
                </div>
              </li>
            ))}
          </ul>
          {error && <p role="alert" className="text-danger small mt-2 mb-0">{error}</p>}
        </div>
      )}
    </li>
  );
}

function PublishRoleForm({ neighbourhoods, onDone }: { neighbourhoods: { code: string; name: string }[]; onDone(): void }) {
  const { t, locale } = useI18n();
  const empty = { title: '', description: '', neighbourhoodCode: '', minimumAge: 18, requirements: [] as Requirement[], insuranceProvided: true };
  const [v, setV] = useState(empty);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await gql(PUBLISH_ROLE, { input: { id: newId(), ...v } });
      setV(empty);
      setMessage({ ok: true, text: t('volunteers.org.rolePublished') });
      onDone();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err as ApiError, t, locale) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="card card-body" aria-labelledby="publish-role-heading">
      <h2 id="publish-role-heading" className="h5">{t('volunteers.org.newRole')}</h2>
      <label htmlFor="pr-title" className="form-label">{t('volunteers.org.roleTitle')}</label>
      <input id="pr-title" className="form-control mb-2" value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} maxLength={120} />
      <label htmlFor="pr-description" className="form-label">{t('volunteers.org.roleDescription')}</label>
      <textarea id="pr-description" className="form-control mb-2" rows={3} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} maxLength={2000} />
      <label htmlFor="pr-neighbourhood" className="form-label">{t('volunteers.profile.neighbourhood')}</label>
      <select id="pr-neighbourhood" className="form-select mb-2" value={v.neighbourhoodCode} onChange={(e) => setV({ ...v, neighbourhoodCode: e.target.value })}>
        <option value="">{t('volunteers.profile.choose')}</option>
        {neighbourhoods.map((n) => <option key={n.code} value={n.code}>{n.name}</option>)}
      </select>
      <label htmlFor="pr-age" className="form-label">{t('volunteers.org.minimumAge')}</label>
      <input id="pr-age" type="number" className="form-control mb-2" min={14} max={99} value={v.minimumAge} onChange={(e) => setV({ ...v, minimumAge: Number(e.target.value) })} />
      <fieldset className="mb-2">
        <legend className="form-label fs-6">{t('volunteers.org.requirements')}</legend>
        {REQUIREMENTS.map((r) => (
          <div className="form-check" key={r}>
            <input className="form-check-input" type="checkbox" id={`pr-req-${r}`} checked={v.requirements.includes(r)}
              onChange={() => setV({ ...v, requirements: v.requirements.includes(r) ? v.requirements.filter((x) => x !== r) : [...v.requirements, r] })} />
            <label className="form-check-label" htmlFor={`pr-req-${r}`}>{t(`volunteers.requirement.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="form-check mb-3">
        <input className="form-check-input" type="checkbox" id="pr-insurance" checked={v.insuranceProvided} onChange={(e) => setV({ ...v, insuranceProvided: e.target.checked })} />
        <label className="form-check-label" htmlFor="pr-insurance">{t('volunteers.org.insurance')}</label>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-success' : 'text-danger'}>{message.text}</p>}
      <button type="submit" className="btn btn-primary">{t('volunteers.org.publish')}</button>
    </form>
  );
}

function AddShiftForm({ roles, onDone }: { roles: VolunteerRole[]; onDone(): void }) {
  const { t, locale } = useI18n();
  const [v, setV] = useState({ roleId: '', start: '', end: '', capacity: 2, meetingPoint: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      // The browser's datetime-local is the person's local time (Europe/Rome in this city).
      const startsAt = new Date(v.start).toISOString();
      const endsAt = new Date(`${v.start.slice(0, 10)}T${v.end}`).toISOString();
      await gql(ADD_SHIFT, { input: { id: newId(), roleId: v.roleId, startsAt, endsAt, capacity: v.capacity, meetingPoint: v.meetingPoint || undefined } });
      setMessage({ ok: true, text: t('volunteers.org.shiftAdded') });
      onDone();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? errorText(err, t, locale) : t('volunteers.org.shiftInvalid') });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="card card-body" aria-labelledby="add-shift-heading">
      <h2 id="add-shift-heading" className="h5">{t('volunteers.org.newShift')}</h2>
      <label htmlFor="as-role" className="form-label">{t('volunteers.org.role')}</label>
      <select id="as-role" className="form-select mb-2" value={v.roleId} onChange={(e) => setV({ ...v, roleId: e.target.value })}>
        <option value="">{t('volunteers.profile.choose')}</option>
        {roles.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
      </select>
      <label htmlFor="as-start" className="form-label">{t('volunteers.org.start')}</label>
      <input id="as-start" type="datetime-local" className="form-control mb-2" value={v.start} onChange={(e) => setV({ ...v, start: e.target.value })} />
      <label htmlFor="as-end" className="form-label">{t('volunteers.org.end')}</label>
      <input id="as-end" type="time" className="form-control mb-2" value={v.end} onChange={(e) => setV({ ...v, end: e.target.value })} />
      <label htmlFor="as-capacity" className="form-label">{t('volunteers.org.capacity')}</label>
      <input id="as-capacity" type="number" className="form-control mb-2" min={1} max={500} value={v.capacity} onChange={(e) => setV({ ...v, capacity: Number(e.target.value) })} />
      <label htmlFor="as-meeting" className="form-label">{t('volunteers.org.meetingPoint')}</label>
      <input id="as-meeting" className="form-control mb-3" value={v.meetingPoint} onChange={(e) => setV({ ...v, meetingPoint: e.target.value })} maxLength={200} />
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-success' : 'text-danger'}>{message.text}</p>}
      <button type="submit" className="btn btn-primary">{t('volunteers.org.addShift')}</button>
    </form>
  );
}

function RecordHoursForm({ roles, lines, onDone }: { roles: VolunteerRole[]; lines: HoursLine[]; onDone(): void }) {
  const { t, locale } = useI18n();
  const volunteers = [...new Map(lines.map((l) => [l.volunteerId, l.volunteerName])).entries()];
  const [v, setV] = useState({ volunteerId: '', roleId: '', day: '', hours: 2 });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await gql(RECORD_HOURS, { input: { id: newId(), volunteerId: v.volunteerId, roleId: v.roleId, day: v.day, minutes: Math.round(v.hours * 60) } });
      setMessage({ ok: true, text: t('volunteers.org.hoursSaved') });
      onDone();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err as ApiError, t, locale) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="card card-body" aria-labelledby="record-hours-heading">
      <h3 id="record-hours-heading" className="h5">{t('volunteers.org.byHand')}</h3>
      <div className="row g-2">
        <div className="col-md-3">
          <label htmlFor="rh-volunteer" className="form-label">{t('volunteers.org.volunteer')}</label>
          <select id="rh-volunteer" className="form-select" value={v.volunteerId} onChange={(e) => setV({ ...v, volunteerId: e.target.value })}>
            <option value="">{t('volunteers.profile.choose')}</option>
            {volunteers.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </div>
        <div className="col-md-3">
          <label htmlFor="rh-role" className="form-label">{t('volunteers.org.role')}</label>
          <select id="rh-role" className="form-select" value={v.roleId} onChange={(e) => setV({ ...v, roleId: e.target.value })}>
            <option value="">{t('volunteers.profile.choose')}</option>
            {roles.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
          </select>
        </div>
        <div className="col-md-3">
          <label htmlFor="rh-day" className="form-label">{t('volunteers.org.day')}</label>
          <input id="rh-day" type="date" className="form-control" value={v.day} onChange={(e) => setV({ ...v, day: e.target.value })} />
        </div>
        <div className="col-md-3">
          <label htmlFor="rh-hours" className="form-label">{t('volunteers.org.hoursNumber')}</label>
          <input id="rh-hours" type="number" step="0.25" min={0.25} max={24} className="form-control" value={v.hours} onChange={(e) => setV({ ...v, hours: Number(e.target.value) })} />
        </div>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} className={`mt-2 ${message.ok ? 'text-success' : 'text-danger'}`}>{message.text}</p>}
      <button type="submit" className="btn btn-primary mt-3">{t('volunteers.org.saveHours')}</button>
    </form>
  );
}
