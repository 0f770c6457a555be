import { CapacityStatus } from '@prossimo/contracts';

/**
 * Places of a service (HSDS 3.1 service_capacity: available, maximum, unit), as referrals take and
 * free them (pure rules). A service "counts places" when it has an available number; one without
 * numbers is never refused for capacity.
 *
 * - Accepting a referral takes one place. With none left the acceptance is refused (CONFLICT): the
 *   operator frees a place on the services page, or rejects; except at `waitlist`, where accepting
 *   puts the person on the waiting list and takes no place. Taking the last place puts the service
 *   at `no-capacity`, so matching sends it no new referral.
 * - A referral that held a place frees it when it ends (completed, failed, cancelled, entered in
 *   error): available grows by one, never above the maximum; a service at `no-capacity` with no
 *   place left goes back to `capacity`.
 */
export interface Places {
  capacityStatus: CapacityStatus;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
}

export function countsPlaces(s: Places): boolean {
  return s.capacityAvailable !== null;
}

/**
 * What accepting a referral does to the service: one place taken (`took`), none (a service without
 * numbers, or a waiting list with none free), or null when it must be refused: no place left.
 */
export function takePlace(s: Places): { places: Places; took: boolean } | null {
  if (s.capacityAvailable === null) return { places: s, took: false };
  if (s.capacityAvailable <= 0) return s.capacityStatus === CapacityStatus.WAITLIST ? { places: s, took: false } : null;
  const available = s.capacityAvailable - 1;
  return { places: { ...s, capacityAvailable: available, capacityStatus: available === 0 ? CapacityStatus.NO_CAPACITY : s.capacityStatus }, took: true };
}

/** The service after one place is freed. */
export function freePlace(s: Places): Places {
  if (s.capacityAvailable === null) return s;
  const available = s.capacityMaximum === null ? s.capacityAvailable + 1 : Math.min(s.capacityMaximum, s.capacityAvailable + 1);
  const reopened = s.capacityStatus === CapacityStatus.NO_CAPACITY && s.capacityAvailable === 0 && available > 0;
  return { ...s, capacityAvailable: available, capacityStatus: reopened ? CapacityStatus.CAPACITY : s.capacityStatus };
}
