import { FormEvent, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { newId } from '../../api/newId';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../auth/session';
import { CheckField, SelectField, TextArea, TextField, serverField } from '../../components/form';
import { parseBoundary } from '../dashboard/mapData';
import { NEIGHBOURHOODS, Neighbourhood } from '../public/publicApi';
import { INITIATIVE_KINDS, Initiative, InitiativeKind, PUBLISH, UPDATE } from './communityApi';

type Form = {
  kind: string;
  titleIt: string;
  titleEn: string;
  descriptionIt: string;
  descriptionEn: string;
  neighbourhoodCode: string;
  placeName: string;
  placeAddress: string;
  lat: string;
  lng: string;
  stepFree: boolean;
  ageMin: string;
  ageMax: string;
  free: boolean;
  costText: string;
  accessibilitySupport: string;
  goodForLivingAlone: boolean;
  publicContact: string;
};

function formOf(i?: Initiative): Form {
  return {
    kind: i?.kind ?? 'ELDERLY_PLACE',
    titleIt: i?.titleIt ?? '',
    titleEn: i?.titleEn ?? '',
    descriptionIt: i?.descriptionIt ?? '',
    descriptionEn: i?.descriptionEn ?? '',
    neighbourhoodCode: i?.neighbourhoodCode ?? '',
    placeName: i?.place.name ?? '',
    placeAddress: i?.place.address ?? '',
    lat: i ? String(i.place.lat) : '',
    lng: i ? String(i.place.lng) : '',
    stepFree: i?.place.stepFree ?? true,
    ageMin: i?.ageMin != null ? String(i.ageMin) : '',
    ageMax: i?.ageMax != null ? String(i.ageMax) : '',
    free: i?.free ?? true,
    costText: i?.costText ?? '',
    accessibilitySupport: i?.accessibilitySupport ?? '',
    goodForLivingAlone: i?.goodForLivingAlone ?? false,
    publicContact: i?.publicContact ?? '',
  };
}

/** The middle of a neighbourhood (the average of its outline): where a new place starts on the map. */
function centreOf(n: Neighbourhood | undefined): { lat: string; lng: string } | null {
  const ring = parseBoundary(n?.boundary).flat(2);
  if (ring.length === 0) return null;
  const avg = (k: 0 | 1) => ring.reduce((a, p) => a + p[k], 0) / ring.length;
  return { lat: avg(1).toFixed(5), lng: avg(0).toFixed(5) };
}

const num = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));
const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/**
 * Publishing or editing an initiative: what it is, where (a public place, never a home), for whom,
 * what it costs. Italian first, English optional. Everything here is public.
 */
export function InitiativeForm({ initiative, onSaved, onCancel }: { initiative?: Initiative; onSaved(message: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const { account } = useSession();
  const shapes = useQuery(NEIGHBOURHOODS, { m: account?.municipality });
  const neighbourhoods = [...(shapes.data?.neighbourhoods ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const [f, setF] = useState<Form>(() => formOf(initiative));
  const [id] = useState(() => initiative?.id ?? newId());
  const { run, pending, error } = useMutation((message) => onSaved(message));
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((prev) => ({ ...prev, [k]: v }));
  const blamed = serverField(error?.field);
  const prefix = initiative ? `edit-${initiative.id.slice(0, 8)}` : 'new-initiative';

  const chooseNeighbourhood = (code: string) => {
    setF((prev) => {
      const centre = !prev.lat && !prev.lng ? centreOf(neighbourhoods.find((n) => n.code === code)) : null;
      return { ...prev, neighbourhoodCode: code, ...(centre ?? {}) };
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      id,
      kind: f.kind as InitiativeKind,
      titleIt: f.titleIt.trim(),
      titleEn: opt(f.titleEn),
      descriptionIt: f.descriptionIt.trim(),
      descriptionEn: opt(f.descriptionEn),
      neighbourhoodCode: f.neighbourhoodCode,
      place: { name: f.placeName.trim(), address: f.placeAddress.trim(), position: { lat: num(f.lat) ?? 0, lng: num(f.lng) ?? 0 }, stepFree: f.stepFree },
      ageMin: num(f.ageMin),
      ageMax: num(f.ageMax),
      free: f.free,
      costText: f.free ? undefined : opt(f.costText),
      accessibilitySupport: opt(f.accessibilitySupport),
      goodForLivingAlone: f.goodForLivingAlone,
      publicContact: opt(f.publicContact),
    };
    const title = input.titleIt;
    if (initiative) await run(UPDATE, { input }, t('community.manage.updated', { title }));
    else await run(PUBLISH, { input }, t('community.manage.saved', { title }));
  };

  return (
    <form className="manage-card" onSubmit={(e) => void submit(e)} noValidate data-testid={`${prefix}-form`}>
      <h2 className="h5">{initiative ? t('community.manage.edit') : t('community.manage.new')}</h2>
      <ErrorAlert error={error} />
      <fieldset>
        <legend className="h6">{t('community.form.legend')}</legend>
        <SelectField id={`${prefix}-kind`} label={t('community.form.kind')} value={f.kind} onChange={(v) => set('kind', v)} options={INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`community.kind.${k}`) }))} blamed={blamed === 'kind'} testId="initiative-kind" />
        <TextField id={`${prefix}-titleIt`} label={t('community.form.titleIt')} value={f.titleIt} onChange={(v) => set('titleIt', v)} blamed={blamed === 'titleIt'} testId="initiative-title" />
        <TextField id={`${prefix}-titleEn`} label={t('community.form.titleEn')} value={f.titleEn} onChange={(v) => set('titleEn', v)} blamed={blamed === 'titleEn'} testId="initiative-title-en" />
        <TextArea id={`${prefix}-descriptionIt`} label={t('community.form.descriptionIt')} value={f.descriptionIt} onChange={(v) => set('descriptionIt', v)} rows={4} blamed={blamed === 'descriptionIt'} testId="initiative-description" />
        <TextArea id={`${prefix}-descriptionEn`} label={t('community.form.descriptionEn')} value={f.descriptionEn} onChange={(v) => set('descriptionEn', v)} rows={3} blamed={blamed === 'descriptionEn'} testId="initiative-description-en" />
      </fieldset>
      <fieldset>
        <legend className="h6">{t('community.form.placeLegend')}</legend>
        <SelectField
          id={`${prefix}-neighbourhoodCode`}
          label={t('community.form.neighbourhood')}
          value={f.neighbourhoodCode}
          onChange={chooseNeighbourhood}
          options={[{ value: '', label: t('community.form.choose') }, ...neighbourhoods.map((n) => ({ value: n.code, label: n.name }))]}
          blamed={blamed === 'neighbourhoodCode'}
          testId="initiative-neighbourhood"
        />
        <TextField id={`${prefix}-placeName`} label={t('community.form.placeName')} value={f.placeName} onChange={(v) => set('placeName', v)} blamed={blamed === 'place'} testId="initiative-place-name" />
        <TextField id={`${prefix}-placeAddress`} label={t('community.form.placeAddress')} value={f.placeAddress} onChange={(v) => set('placeAddress', v)} blamed={blamed === 'place'} testId="initiative-place-address" />
        <div className="row">
          <div className="col-6">
            <TextField id={`${prefix}-lat`} label={t('community.form.lat')} value={f.lat} onChange={(v) => set('lat', v)} inputMode="decimal" blamed={blamed === 'place'} testId="initiative-lat" />
          </div>
          <div className="col-6">
            <TextField id={`${prefix}-lng`} label={t('community.form.lng')} value={f.lng} onChange={(v) => set('lng', v)} inputMode="decimal" blamed={blamed === 'place'} testId="initiative-lng" />
          </div>
        </div>
        <p className="form-text mt-n2">{t('community.form.positionHint')}</p>
        <CheckField id={`${prefix}-stepFree`} label={t('community.form.stepFree')} checked={f.stepFree} onChange={(v) => set('stepFree', v)} testId="initiative-step-free" />
      </fieldset>
      <fieldset>
        <div className="row">
          <div className="col-6">
            <TextField id={`${prefix}-ageMin`} label={t('community.form.ageMin')} value={f.ageMin} onChange={(v) => set('ageMin', v)} type="number" inputMode="numeric" min={0} max={120} blamed={blamed === 'ageMin'} testId="initiative-age-min" />
          </div>
          <div className="col-6">
            <TextField id={`${prefix}-ageMax`} label={t('community.form.ageMax')} value={f.ageMax} onChange={(v) => set('ageMax', v)} type="number" inputMode="numeric" min={0} max={120} blamed={blamed === 'ageMax'} testId="initiative-age-max" />
          </div>
        </div>
        <CheckField id={`${prefix}-free`} label={t('community.form.free')} checked={f.free} onChange={(v) => set('free', v)} testId="initiative-free" />
        {!f.free && <TextField id={`${prefix}-costText`} label={t('community.form.costText')} value={f.costText} onChange={(v) => set('costText', v)} blamed={blamed === 'costText'} testId="initiative-cost" />}
        <TextField id={`${prefix}-accessibility`} label={t('community.form.accessibility')} value={f.accessibilitySupport} onChange={(v) => set('accessibilitySupport', v)} blamed={blamed === 'accessibilitySupport'} testId="initiative-accessibility" />
        <CheckField id={`${prefix}-alone`} label={t('community.form.livingAlone')} checked={f.goodForLivingAlone} onChange={(v) => set('goodForLivingAlone', v)} testId="initiative-alone" />
        <TextField id={`${prefix}-contact`} label={t('community.form.contact')} value={f.publicContact} onChange={(v) => set('publicContact', v)} blamed={blamed === 'publicContact'} testId="initiative-contact" />
      </fieldset>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="initiative-submit">{initiative ? t('community.form.save') : t('community.form.publish')}</button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>{t('community.form.cancel')}</button>
      </div>
    </form>
  );
}
