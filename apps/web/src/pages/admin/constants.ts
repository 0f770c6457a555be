/** Enum values the administration forms offer (as the API accepts them). */
export const ANTENNA_STATUSES = ['PROPOSED', 'TRAINED', 'ACTIVE', 'SUSPENDED', 'RETIRED'] as const;
export type AntennaStatus = (typeof ANTENNA_STATUSES)[number];

export const ANTENNA_KINDS = ['SHOP', 'PHARMACY', 'PARISH', 'ASSOCIATION', 'CITIZEN_VOLUNTEER', 'LIBRARY', 'SCHOOL'] as const;
export type AntennaKind = (typeof ANTENNA_KINDS)[number];

export { NEEDS } from '../../domain';

export { URGENCIES } from '../../domain';

export const ROLES = ['ANTENNA', 'ORG_OPERATOR', 'SOCIAL_WORKER', 'CITY_ANALYST', 'ADMIN'] as const;

/** HSDS service statuses and FHIR SDOH capacity statuses the directory accepts. */
export const SERVICE_STATUSES = ['active', 'inactive', 'temporarily closed', 'defunct'] as const;
export const CAPACITY_STATUSES = ['capacity', 'waitlist', 'additional-assessment-required', 'no-capacity'] as const;
export const RUNTS_SECTIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

/** The gateway refuses request bodies over 256 kB; neighbourhood files at most 250,000 characters. */
export const MAX_BODY_BYTES = 256 * 1024;
export const MAX_GEOJSON_CHARS = 250_000;

/** Where a one-time token becomes a link (the pages that accept it). */
export const INVITE_PATH = '/invito';
export const RESET_PATH = '/reimposta';
