import { FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { DAY_PARTS, LANGUAGES, REQUIREMENTS, Requirement, SAVE_PROFILE, SKILLS, VolunteerProfile, WEEKDAYS } from './volunteersApi';

const TRAVEL_KM = [1, 2, 5, 10, 20];

/**
 * What a volunteer offers, on a phone: name and contact (kept for this only), year of birth (a
 * role's minimum age), neighbourhood and distance, what they can do, languages, when they are
 * usually free (weekday × morning/afternoon/evening) and the requirements they hold, until when.
 */
export function ProfileForm({ initial, neighbourhoods, onSaved }: { initial: VolunteerProfile; neighbourhoods: { code: string; name: string }[]; onSaved(p: VolunteerProfile): void }) {
  const { t } = useI18n();
  const [p, setP] = useState<VolunteerProfile>(initial);
  const save = useMutation<{ saveVolunteerProfile: VolunteerProfile }>(SAVE_PROFILE);
  const [invalid, setInvalid] = useState<string | null>(null);
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const held = (r: Requirement) => p.requirements.find((x) => x.requirement === r);
  const setHeld = (r: Requirement, on: boolean, validUntil: string | null = null) =>
    setP({ ...p, requirements: on ? [...p.requirements.filter((x) => x.requirement !== r), { requirement: r, validUntil }] : p.requirements.filter((x) => x.requirement !== r) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!p.neighbourhoodCode) return setInvalid('neighbourhood');
    if (!(p.birthYear > 1900)) return setInvalid('birthYear');
    setInvalid(null);
    try {
      const input = { ...p, phone: p.phone || undefined, requirements: p.requirements.map((r) => ({ requirement: r.requirement, validUntil: r.validUntil || undefined })) };
      const saved = await save.run({ input });
      onSaved(saved.saveVolunteerProfile);
    } catch {
      // shown by ErrorAlert
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="volunteer-profile-form" className="volunteer-form">
      <div className="mb-3">
        <label htmlFor="vp-name" className="form-label">{t('volunteers.profile.name')}</label>
        <input id="vp-name" className="form-control" value={p.displayName} onChange={(e) => setP({ ...p, displayName: e.target.value })} autoComplete="name" maxLength={120} required />
      </div>
      <div className="mb-3">
        <label htmlFor="vp-email" className="form-label">{t('volunteers.profile.email')}</label>
        <input id="vp-email" type="email" className="form-control" value={p.email} onChange={(e) => setP({ ...p, email: e.target.value })} autoComplete="email" maxLength={320} required />
      </div>
      <div className="mb-3">
        <label htmlFor="vp-phone" className="form-label">{t('volunteers.profile.phone')}</label>
        <input id="vp-phone" type="tel" className="form-control" value={p.phone ?? ''} onChange={(e) => setP({ ...p, phone: e.target.value })} autoComplete="tel" maxLength={30} />
      </div>
      <div className="mb-3">
        <label htmlFor="vp-year" className="form-label">{t('volunteers.profile.birthYear')}</label>
        <input id="vp-year" type="number" inputMode="numeric" className={`form-control${invalid === 'birthYear' ? ' is-invalid' : ''}`} value={p.birthYear || ''} min={1900} max={2100}
          onChange={(e) => setP({ ...p, birthYear: Number(e.target.value) })} aria-describedby="vp-year-help" data-testid="vp-year" />
        <div id="vp-year-help" className="form-text">{t('volunteers.profile.birthYearHelp')}</div>
      </div>
      <div className="mb-3">
        <label htmlFor="vp-neighbourhood" className="form-label">{t('volunteers.profile.neighbourhood')}</label>
        <select id="vp-neighbourhood" className={`form-select${invalid === 'neighbourhood' ? ' is-invalid' : ''}`} value={p.neighbourhoodCode} onChange={(e) => setP({ ...p, neighbourhoodCode: e.target.value })} data-testid="vp-neighbourhood">
          <option value="">{t('volunteers.profile.choose')}</option>
          {neighbourhoods.map((n) => <option key={n.code} value={n.code}>{n.name}</option>)}
        </select>
      </div>
      <div className="mb-3">
        <label htmlFor="vp-km" className="form-label">{t('volunteers.profile.travelKm')}</label>
        <select id="vp-km" className="form-select" value={p.travelKm} onChange={(e) => setP({ ...p, travelKm: Number(e.target.value) })}>
          {TRAVEL_KM.map((k) => <option key={k} value={k}>{t('volunteers.profile.km', { km: k })}</option>)}
        </select>
      </div>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">{t('volunteers.profile.skills')}</legend>
        {SKILLS.map((s) => (
          <div className="form-check" key={s}>
            <input className="form-check-input" type="checkbox" id={`vp-skill-${s}`} checked={p.skills.includes(s)} onChange={() => setP({ ...p, skills: toggle(p.skills, s) })} />
            <label className="form-check-label" htmlFor={`vp-skill-${s}`}>{t(`volunteers.skill.${s}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">{t('volunteers.profile.languages')}</legend>
        <div className="d-flex flex-wrap gap-3">
          {LANGUAGES.map((l) => (
            <div className="form-check" key={l}>
              <input className="form-check-input" type="checkbox" id={`vp-lang-${l}`} checked={p.languages.includes(l)} onChange={() => setP({ ...p, languages: toggle(p.languages, l) })} />
              <label className="form-check-label" htmlFor={`vp-lang-${l}`}>{t(`volunteers.language.${l}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">{t('volunteers.profile.availability')}</legend>
        <table className="table table-sm availability-grid">
          <thead>
            <tr>
              <td />
              {DAY_PARTS.map((d) => <th scope="col" key={d}>{t(`volunteers.dayPart.${d}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((w) => (
              <tr key={w}>
                <th scope="row">{t(`volunteers.weekday.${w}`)}</th>
                {DAY_PARTS.map((d) => {
                  const slot = `${w}_${d}`;
                  return (
                    <td key={d}>
                      <input className="form-check-input" type="checkbox" checked={p.availability.includes(slot)} onChange={() => setP({ ...p, availability: toggle(p.availability, slot) })}
                        aria-label={`${t(`volunteers.weekday.${w}`)} ${t(`volunteers.dayPart.${d}`)}`} data-testid={`vp-slot-${slot}`} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">{t('volunteers.profile.requirements')}</legend>
        {REQUIREMENTS.map((r) => {
          const h = held(r);
          return (
            <div key={r} className="mb-2">
              <div className="form-check">
                <input className="form-check-input" type="checkbox" id={`vp-req-${r}`} checked={!!h} onChange={(e) => setHeld(r, e.target.checked)} data-testid={`vp-req-${r}`} />
                <label className="form-check-label" htmlFor={`vp-req-${r}`}>{t(`volunteers.requirement.${r}`)}</label>
              </div>
              {h && (
                <div className="ms-4">
                  <label htmlFor={`vp-req-until-${r}`} className="form-label small">{t('volunteers.profile.validUntil')}</label>
                  <input id={`vp-req-until-${r}`} type="date" className="form-control form-control-sm" value={h.validUntil ?? ''} onChange={(e) => setHeld(r, true, e.target.value || null)} />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <p className="small text-muted">{t('volunteers.profile.privacy')}</p>
      {invalid && <div className="alert alert-danger" role="alert">{t(`volunteers.profile.invalid.${invalid}`)}</div>}
      <ErrorAlert error={save.error as ApiError | undefined} />
      <button type="submit" className="btn btn-primary btn-big w-100" disabled={save.pending} data-testid="vp-save">{t('volunteers.profile.save')}</button>
    </form>
  );
}
