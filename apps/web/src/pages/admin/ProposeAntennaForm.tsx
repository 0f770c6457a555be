import type { AntennaKind, Need, ProposeAntennaInput } from '../../gql/graphql';
import { FormEvent, useMemo, useRef, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { Area, boundsOf } from '../dashboard/mapData';
import { NEIGHBOURHOODS_QUERY, NeighbourhoodShape } from '../dashboard/types';
import { ANTENNA_KINDS, NEEDS } from './constants';
import { ChoiceGroup, focusFirst, FormErrors, SelectField, serverField, TextField, useErrorText } from '../../components/form';
import { PositionPicker } from './PositionPicker';
import { newId } from '../../api/newId';
import { graphql } from '../../gql';

const LOOKUP_AVAILABLE = graphql(`query AddressLookupAvailable { addressLookupAvailable }`);
const GEOCODE = graphql(`query GeocodeAddress($address: String!) { geocodeAddress(address: $address) { label lat lng } }`);

const PROPOSE = graphql(`mutation ProposeAntenna($input: ProposeAntennaInput!) { proposeAntenna(input: $input) { id name status neighbourhoodCode } }`);
const TEXT_MAX = 300;
const PREFIX = 'propose';

export interface ProposalValues {
  name: string;
  kind: string;
  address: string;
  lat: string;
  lng: string;
  needs: string[];
  openingHours: string;
  publicContact: string;
  /** CITIZEN_VOLUNTEER only: 'yes' | 'no' | '' */
  meetingPlace: string;
}

const EMPTY: ProposalValues = { name: '', kind: '', address: '', lat: '', lng: '', needs: [], openingHours: '', publicContact: '', meetingPlace: '' };

/** "45,558" or "45.558" → 45.558; NaN when it is not a number. */
export function parseCoordinate(text: string): number {
  const clean = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

/** Anywhere on Earth: the check when the municipality's boundaries are not known (yet). */
const EARTH: Area = { minLat: -90, maxLat: 90, minLng: -180, maxLng: 180 };

/**
 * The checks made before sending: the API checks again (and decides the neighbourhood). `area` is
 * the rectangle around the municipality's neighbourhoods: a position outside is surely a typo.
 */
export function validateProposal(v: ProposalValues, area: Area = EARTH): FormErrors {
  const errors: FormErrors = {};
  if (v.name.trim().length < 2) errors.name = { key: 'admin.validation.nameShort' };
  else if (v.name.trim().length > 200) errors.name = { key: 'admin.validation.tooLong', params: { max: 200 } };
  if (!ANTENNA_KINDS.includes(v.kind as never)) errors.kind = { key: 'admin.validation.kind' };
  if (v.address.trim().length < 3) errors.address = { key: 'admin.validation.address' };
  else if (v.address.trim().length > TEXT_MAX) errors.address = { key: 'admin.validation.tooLong', params: { max: TEXT_MAX } };
  const lat = parseCoordinate(v.lat);
  const lng = parseCoordinate(v.lng);
  if (Number.isNaN(lat)) errors.lat = { key: 'admin.validation.number' };
  else if (lat < area.minLat || lat > area.maxLat) errors.lat = { key: 'admin.validation.outsideLat', params: { min: area.minLat, max: area.maxLat } };
  if (Number.isNaN(lng)) errors.lng = { key: 'admin.validation.number' };
  else if (lng < area.minLng || lng > area.maxLng) errors.lng = { key: 'admin.validation.outsideLng', params: { min: area.minLng, max: area.maxLng } };
  if (v.openingHours.trim().length > TEXT_MAX) errors.openingHours = { key: 'admin.validation.tooLong', params: { max: TEXT_MAX } };
  if (v.publicContact.trim().length > TEXT_MAX) errors.publicContact = { key: 'admin.validation.tooLong', params: { max: TEXT_MAX } };
  if (v.kind === 'CITIZEN_VOLUNTEER' && v.meetingPlace !== 'yes' && v.meetingPlace !== 'no') errors.meetingPlace = { key: 'admin.validation.meetingPlace' };
  return errors;
}

export function toProposalInput(id: string, v: ProposalValues): ProposeAntennaInput {
  return {
    id,
    name: v.name.trim(),
    kind: v.kind as AntennaKind, // validated: chosen from ANTENNA_KINDS
    address: v.address.trim(),
    position: { lat: parseCoordinate(v.lat), lng: parseCoordinate(v.lng) },
    needs: v.needs.length ? (v.needs as Need[]) : undefined,
    openingHours: v.openingHours.trim() || undefined,
    publicContact: v.publicContact.trim() || undefined,
    publicMeetingPlace: v.kind === 'CITIZEN_VOLUNTEER' ? v.meetingPlace === 'yes' : undefined,
  };
}

/** Proposes an antenna (it starts PROPOSED; its neighbourhood comes from its position). */
export function ProposeAntennaForm({ onProposed, onCancel }: { onProposed(name: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const text = useErrorText();
  const { run, pending, error } = useMutation();
  const [values, setValues] = useState<ProposalValues>(EMPTY);
  // The signed-in administrator's municipality, from its neighbourhoods' boundaries.
  const neighbourhoods = useQuery(NEIGHBOURHOODS_QUERY);
  const shapes = neighbourhoods.data?.neighbourhoods ?? [];
  const mapped = shapes.some((n) => n.boundary);
  const lookup = useQuery(LOOKUP_AVAILABLE);
  const geocode = useMutation();
  const [places, setPlaces] = useState<{ label: string; lat: number; lng: number }[]>();
  const area = useMemo(() => boundsOf((neighbourhoods.data?.neighbourhoods ?? []).map((n) => n.boundary)), [neighbourhoods.data]);
  const [errors, setErrors] = useState<FormErrors>({});
  // one id per proposal: sending it again (a retry) returns the same antenna
  const id = useRef(newId());
  const blamed = serverField(error?.field);
  const set = <K extends keyof ProposalValues>(key: K) => (value: ProposalValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof ProposalValues) => ({ id: `${PREFIX}-${key}`, error: text(errors[key]), blamed: blamed === key || (blamed === 'position' && (key === 'lat' || key === 'lng')) });

  const position = Number.isFinite(parseCoordinate(values.lat)) && Number.isFinite(parseCoordinate(values.lng)) ? { lat: parseCoordinate(values.lat), lng: parseCoordinate(values.lng) } : null;
  const setPosition = (p: { lat: number; lng: number }) => setValues((v) => ({ ...v, lat: String(p.lat), lng: String(p.lng) }));

  async function onLookup() {
    setPlaces(undefined);
    const found = await geocode.run(GEOCODE, { address: values.address.trim() });
    if (!found) return;
    setPlaces(found.geocodeAddress);
    if (found.geocodeAddress.length === 1) setPosition(found.geocodeAddress[0]);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateProposal(values, area);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(PREFIX, found);
      // The coordinates are picked on the map: that is where to look.
      if (mapped && (found.lat || found.lng) && ['name', 'kind', 'meetingPlace', 'address'].every((k) => !found[k])) document.getElementById('propose-position')?.focus();
      return;
    }
    const result = await run(PROPOSE, { input: toProposalInput(id.current, values) });
    if (!result) return;
    id.current = newId();
    setValues(EMPTY);
    onProposed(result.proposeAntenna.name);
  }

  return (
    <section id="propose-antenna" className="card card-body shadow-sm mb-4" aria-labelledby="propose-title">
      <h2 id="propose-title" className="h4">
        {t('admin.propose.title')}
      </h2>
      <p>{t('admin.propose.intro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="propose-form">
        <ErrorAlert error={error} />
        <TextField {...field('name')} label={t('admin.propose.name')} value={values.name} onChange={set('name')} testId="propose-name" />
        <SelectField
          {...field('kind')}
          label={t('admin.propose.kind')}
          value={values.kind}
          onChange={set('kind')}
          options={[{ value: '', label: t('admin.form.choose') }, ...ANTENNA_KINDS.map((k) => ({ value: k, label: t(`common.antennaKind.${k}`) }))]}
          testId="propose-kind"
        />
        {values.kind === 'CITIZEN_VOLUNTEER' && (
          <ChoiceGroup
            {...field('meetingPlace')}
            legend={t('admin.propose.meetingPlace')}
            hint={t('admin.propose.meetingPlaceHint')}
            single
            options={[
              { value: 'yes', label: t('admin.propose.meetingPlaceYes') },
              { value: 'no', label: t('admin.propose.meetingPlaceNo') },
            ]}
            selected={values.meetingPlace ? [values.meetingPlace] : []}
            onChange={(s) => set('meetingPlace')(s[0] ?? '')}
          />
        )}
        <TextField {...field('address')} label={t('admin.propose.address')} hint={t('admin.propose.addressHint')} value={values.address} onChange={set('address')} testId="propose-address" />
        {lookup.data?.addressLookupAvailable && (
          <div className="mb-3" data-testid="propose-lookup">
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={geocode.pending || values.address.trim().length < 3} onClick={() => void onLookup()} data-testid="propose-lookup-button">
              {t('admin.position.lookup')}
            </button>
            <ErrorAlert error={geocode.error} />
            {places && places.length === 0 && <p className="mt-2 mb-0">{t('admin.position.lookupNone')}</p>}
            {places && places.length > 1 && (
              <ul className="list-unstyled mt-2 mb-0">
                {places.map((p) => (
                  <li key={`${p.lat},${p.lng}`}>
                    <button type="button" className="btn btn-link p-0 text-start" onClick={() => setPosition(p)}>
                      {p.label}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <fieldset className="mb-3" aria-describedby="propose-position-hint">
          <legend className="fs-6 fw-semibold mb-2">{t('admin.propose.position')}</legend>
          <p id="propose-position-hint" className="form-text text-secondary mt-0">
            {mapped ? t('admin.position.hint') : t('admin.propose.positionHint')}
          </p>
          {mapped && (
            <PositionPicker
              id="propose-position"
              shapes={shapes}
              value={position}
              onChange={setPosition}
              invalid={!!(errors.lat || errors.lng) || blamed === 'position'}
              describedBy={errors.lat || errors.lng ? 'propose-position-error' : undefined}
            />
          )}
          {(errors.lat || errors.lng) && mapped && (
            <p id="propose-position-error" className="text-danger mb-0 mt-1" data-testid="propose-position-error">
              {t('admin.position.required')}
            </p>
          )}
          {/* Coordinates by hand: only for who has them (or where no boundaries were imported yet). */}
          <details className="mt-2" open={!mapped || undefined}>
            <summary>{t('admin.position.byHand')}</summary>
            <div className="row mt-2">
              <div className="col-12 col-sm-6">
                <TextField {...field('lat')} label={t('admin.propose.lat')} inputMode="decimal" value={values.lat} onChange={set('lat')} testId="propose-lat" />
              </div>
              <div className="col-12 col-sm-6">
                <TextField {...field('lng')} label={t('admin.propose.lng')} inputMode="decimal" value={values.lng} onChange={set('lng')} testId="propose-lng" />
              </div>
            </div>
          </details>
        </fieldset>
        <ChoiceGroup
          {...field('needs')}
          legend={t('admin.propose.needs')}
          optional
          hint={t('admin.propose.needsHint')}
          options={NEEDS.map((n) => ({ value: n, label: t(`common.need.${n}`) }))}
          selected={values.needs}
          onChange={set('needs')}
        />
        <TextField {...field('openingHours')} label={t('admin.propose.openingHours')} optional hint={t('admin.propose.openingHoursHint')} value={values.openingHours} onChange={set('openingHours')} />
        <TextField {...field('publicContact')} label={t('admin.propose.publicContact')} optional hint={t('admin.propose.publicContactHint')} value={values.publicContact} onChange={set('publicContact')} />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="propose-submit">
            {t('admin.propose.submit')}
          </button>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
