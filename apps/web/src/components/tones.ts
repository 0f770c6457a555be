import { hasKey } from '../i18n/i18n';

/** Badge colours. The text is always shown as well: colour is never the only signal. */
export type Tone = 'primary' | 'success' | 'danger' | 'secondary';

export function urgencyTone(urgency: string): Tone {
  if (urgency === 'EMERGENCY') return 'danger';
  if (urgency === 'HIGH') return 'primary';
  return 'secondary';
}

export function referralTone(status: string): Tone {
  switch (status) {
    case 'REQUESTED':
    case 'ACCEPTED':
      return 'primary';
    case 'IN_PROGRESS':
    case 'COMPLETED':
      return 'success';
    case 'FAILED':
      return 'danger';
    default:
      return 'secondary';
  }
}

/** The API's capacity statuses (FHIR SDOH), as updateServiceCapacity accepts them. */
export const CAPACITY_STATUSES = ['capacity', 'waitlist', 'additional-assessment-required', 'no-capacity'] as const;

/** The label key of a capacity status (older dictionaries called "capacity" "available"). */
export function capacityLabelKey(status: string): string {
  const key = `common.capacityStatus.${status}`;
  return status === 'capacity' && !hasKey('it', key) ? 'common.capacityStatus.available' : key;
}
