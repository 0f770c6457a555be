import { AntennaKind } from '@prossimo/contracts';

/**
 * Whether a new antenna appears on the public map (once ACTIVE). A citizen volunteer's address
 * may be their home: they are listed only once a public meeting place is recorded for them
 * (onboarding, which sets the flag explicitly), never by default.
 */
export function listedByDefault(kind: AntennaKind): boolean {
  return kind !== AntennaKind.CITIZEN_VOLUNTEER;
}
