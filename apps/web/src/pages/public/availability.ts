import { Translate } from '../../i18n/i18n';

/** A service's availability in a resident's words, and its tone (the text is always there; colour only helps). */
export function availability(s: { status: string; capacityStatus: string; capacityAvailable: number | null; capacityUnit: string | null; availableNow: boolean }, t: Translate): { text: string; tone: 'now' | 'waiting' | 'closed' } {
  if (s.status === 'temporarily closed') return { text: t('public.availability.closed'), tone: 'closed' };
  if (s.availableNow) {
    return s.capacityAvailable !== null
      ? { text: t('public.availability.nowWithPlaces', { n: s.capacityAvailable, unit: s.capacityUnit ?? t('public.availability.places') }), tone: 'now' }
      : { text: t('public.availability.now'), tone: 'now' };
  }
  if (s.capacityStatus === 'waitlist') return { text: t('public.availability.waitlist'), tone: 'waiting' };
  if (s.capacityStatus === 'additional-assessment-required') return { text: t('public.availability.assessment'), tone: 'waiting' };
  return { text: t('public.availability.full'), tone: 'closed' };
}
