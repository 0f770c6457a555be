import { FormEvent, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { ChoiceGroup, SelectField, TextField, serverField } from '../../components/form';
import type { VolunteerSkill } from '../../gql/graphql';
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
  const save = useMutation();
  const blamed = serverField(save.error?.field);
  const [invalid, setInvalid] = useState<'neighbourhood' | 'birthYear' | null>(null);
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const held = (r: Requirement) => p.requirements.find((x) => x.requirement === r);
  const setHeld = (r: Requirement, on: boolean, validUntil: string | null = null) =>
    setP({ ...p, requirements: on ? [...p.requirements.filter((x) => x.requirement !== r), { requirement: r, validUntil }] : p.requirements.filter((x) => x.requirement !== r) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fail = (field: 'neighbourhood' | 'birthYear', id: string) => {
      setInvalid(field);
      document.getElementById(id)?.focus();
    };
    if (!(p.birthYear > 1900)) return fail('birthYear', 'vp-year');
    if (!p.neighbourhoodCode) return fail('neighbourhood', 'vp-neighbourhood');
    setInvalid(null);
    const input = { ...p, phone: p.phone || undefined, requirements: p.requirements.map((r) => ({ requirement: r.requirement, validUntil: r.validUntil || undefined })) };
    const saved = await save.run(SAVE_PROFILE, { input });
    if (saved) onSaved(saved.saveVolunteerProfile);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="volunteer-profile-form" className="volunteer-form">
      <ErrorAlert error={save.error} />
      <TextField id="vp-name" label={t('volunteers.profile.name')} value={p.displayName} onChange={(v) => setP({ ...p, displayName: v })} autoComplete="name" maxLength={120} blamed={blamed === 'displayName'} />
      <TextField id="vp-email" type="email" inputMode="email" label={t('volunteers.profile.email')} value={p.email} onChange={(v) => setP({ ...p, email: v })} autoComplete="email" maxLength={320} blamed={blamed === 'email'} />
      <TextField id="vp-phone" type="tel" inputMode="tel" optional label={t('volunteers.profile.phone')} value={p.phone ?? ''} onChange={(v) => setP({ ...p, phone: v })} autoComplete="tel" maxLength={30} blamed={blamed === 'phone'} />
      <TextField id="vp-year" type="number" inputMode="numeric" min={1900} max={2100} label={t('volunteers.profile.birthYear')} hint={t('volunteers.profile.birthYearHelp')} value={p.birthYear ? String(p.birthYear) : ''}
        onChange={(v) => setP({ ...p, birthYear: Number(v) })} error={invalid === 'birthYear' ? t('volunteers.profile.invalid.birthYear') : undefined} blamed={blamed === 'birthYear'} testId="vp-year" />
      <SelectField id="vp-neighbourhood" label={t('volunteers.profile.neighbourhood')} value={p.neighbourhoodCode} onChange={(v) => setP({ ...p, neighbourhoodCode: v })} placeholder={t('volunteers.profile.choose')}
        options={neighbourhoods.map((n) => ({ value: n.code, label: n.name }))} error={invalid === 'neighbourhood' ? t('volunteers.profile.invalid.neighbourhood') : undefined} blamed={blamed === 'neighbourhoodCode'} testId="vp-neighbourhood" />
      <SelectField id="vp-km" label={t('volunteers.profile.travelKm')} value={String(p.travelKm)} onChange={(v) => setP({ ...p, travelKm: Number(v) })} options={TRAVEL_KM.map((k) => ({ value: String(k), label: t('volunteers.profile.km', { km: k }) }))} blamed={blamed === 'travelKm'} />
      <ChoiceGroup id="vp-skills" legend={t('volunteers.profile.skills')} options={SKILLS.map((s) => ({ value: s, label: t(`volunteers.skill.${s}`) }))} selected={p.skills}
        onChange={(skills) => setP({ ...p, skills: SKILLS.filter((s) => skills.includes(s)) })} optionId={(v) => `vp-skill-${v}`} blamed={blamed === 'skills'} />
      <ChoiceGroup id="vp-languages" legend={t('volunteers.profile.languages')} options={LANGUAGES.map((l) => ({ value: l, label: t(`volunteers.language.${l}`) }))} selected={p.languages}
        onChange={(languages) => setP({ ...p, languages: LANGUAGES.filter((l) => languages.includes(l)) })} optionId={(v) => `vp-lang-${v}`} blamed={blamed === 'languages'} />
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
      <button type="submit" className="btn btn-primary btn-big w-100" disabled={save.pending} data-testid="vp-save">{t('volunteers.profile.save')}</button>
    </form>
  );
}
