import { useEffect, useState } from 'react';
import { gql } from '../../api/client';
import { graphql } from '../../gql';

/**
 * What the public pages ask the gateway, with no login: places and services only, never a person.
 * Nothing here is sent anywhere but this origin.
 */

export const PUBLIC_INFO = graphql(`query PublicInfo { publicInfo { municipalities mapTileUrl mapTileAttribution } }`);
export const NEIGHBOURHOODS = graphql(`query PublicNeighbourhoods($m: String) { neighbourhoods(municipality: $m) { code name boundary } }`);
export const POINTS = graphql(`query PublicPoints($m: String, $after: String) {
  proximityPoints(municipality: $m, first: 100, after: $after) { nodes { id name kind address neighbourhoodCode openingHours publicContact lat lng } pageInfo { hasNextPage endCursor } } }`);
export const POINT = graphql(`query PublicPoint($id: ID!) { proximityPoint(id: $id) { id name kind address neighbourhoodCode openingHours publicContact lat lng } }`);
export const STREETS = graphql(`query PublicStreets($m: String!, $s: String!) { streets(municipality: $m, search: $s, first: 8) { name neighbourhoodCode lat lng } }`);
export const DESKS = graphql(`query PublicDesks($m: String!) { publicDesks(municipality: $m) { neighbourhoodCode name phone hours } }`);
export const CATALOGUE = graphql(`query Catalogue($m: String, $need: Need, $h: String, $q: String, $now: Boolean, $after: String) {
  catalogue(municipality: $m, need: $need, neighbourhoodCode: $h, search: $q, availableNow: $now, first: 20, after: $after) {
    nodes { id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityUnit availableNow places { name address } }
    pageInfo { hasNextPage endCursor } } }`);
graphql(`fragment PhoneFields on PublicPhone { number extension type description }`);
graphql(`fragment ScheduleFields on PublicSchedule { freq byday opensAt closesAt validFrom validTo description notes }`);
export const SERVICE = graphql(`query CatalogueService($id: ID!) { catalogueService(id: $id) {
  id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit availableNow
  applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url updatedAt
  organisation { id name description legalForm website email phones { ...PhoneFields } }
  phones { ...PhoneFields } schedules { ...ScheduleFields }
  places { id name description address city postalCode transportation latitude longitude phones { ...PhoneFields } schedules { ...ScheduleFields } } } }`);
export const CHALLENGE = graphql(`query ApplicationChallenge { applicationChallenge { id bits expiresAt } }`);
export const APPLY = graphql(`mutation Apply($input: ApplyAsProximityPointInput!) { applyAsProximityPoint(input: $input) { id name neighbourhoodCode receivedAt } }`);

export interface PublicInfo {
  municipalities: string[];
  mapTileUrl: string | null;
  mapTileAttribution: string | null;
}

export interface Neighbourhood {
  code: string;
  name: string;
  boundary: string | null;
}

export interface Point {
  id: string;
  name: string;
  kind: string;
  address: string;
  neighbourhoodCode: string;
  openingHours: string | null;
  publicContact: string | null;
  lat: number;
  lng: number;
}

export interface Street {
  name: string;
  neighbourhoodCode: string | null;
  lat: number;
  lng: number;
}

export interface Desk {
  neighbourhoodCode: string;
  name: string;
  phone: string | null;
  hours: string | null;
}

export interface Phone {
  number: string;
  extension: number | null;
  type: string | null;
  description: string | null;
}

export interface Schedule {
  freq: string | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
  notes: string | null;
}

export interface CatalogueItem {
  id: string;
  name: string;
  description: string | null;
  status: string;
  organisationName: string;
  needs: string[];
  neighbourhoodCodes: string[];
  capacityStatus: string;
  capacityAvailable: number | null;
  capacityUnit: string | null;
  availableNow: boolean;
  places: { name: string; address: string | null }[];
}

export interface ServiceDetail extends Omit<CatalogueItem, 'places'> {
  capacityMaximum: number | null;
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  email: string | null;
  url: string | null;
  updatedAt: string;
  organisation: { id: string; name: string; description: string | null; legalForm: string | null; website: string | null; email: string | null; phones: Phone[] };
  phones: Phone[];
  schedules: Schedule[];
  places: {
    id: string; name: string; description: string | null; address: string | null; city: string | null; postalCode: string | null; transportation: string | null;
    latitude: number | null; longitude: number | null; phones: Phone[]; schedules: Schedule[];
  }[];
}

let info: Promise<PublicInfo> | undefined;
const CHOSEN = 'prossimo.municipality';

/** The deployment's municipalities and map settings, asked once per page load. */
export function loadPublicInfo(): Promise<PublicInfo> {
  info ??= gql(PUBLIC_INFO, {}, { auth: false })
    .then((d) => d.publicInfo)
    .catch((e) => {
      info = undefined;
      throw e;
    });
  return info;
}

/**
 * The municipality the public pages are about: the one chosen on this device (only the ISTAT
 * code is kept, nothing personal), else the first the deployment serves.
 */
export function usePublicInfo(): { info: PublicInfo | undefined; municipality: string | undefined; choose(code: string): void; error: boolean } {
  const [state, setState] = useState<PublicInfo>();
  const [error, setError] = useState(false);
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return window.localStorage.getItem(CHOSEN);
    } catch {
      return null;
    }
  });
  useEffect(() => {
    let alive = true;
    loadPublicInfo().then(
      (i) => alive && setState(i),
      () => alive && setError(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  const municipality = state ? (chosen && state.municipalities.includes(chosen) ? chosen : state.municipalities[0]) : undefined;
  return {
    info: state,
    municipality,
    error,
    choose: (code: string) => {
      setChosen(code);
      try {
        window.localStorage.setItem(CHOSEN, code);
      } catch {
        /* storage may be unavailable */
      }
    },
  };
}

/** Every listed proximity point of a municipality (a city has hundreds, not millions): pages of 100, at most ten. */
export async function allPoints(municipality: string): Promise<Point[]> {
  const out: Point[] = [];
  let after: string | null = null;
  for (let i = 0; i < 10; i++) {
    const d: { proximityPoints: { nodes: Point[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(POINTS, { m: municipality, after }, { auth: false });
    out.push(...d.proximityPoints.nodes);
    if (!d.proximityPoints.pageInfo.hasNextPage) break;
    after = d.proximityPoints.pageInfo.endCursor;
  }
  return out;
}
