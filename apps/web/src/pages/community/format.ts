import { Locale, TIME_ZONE, Translate } from '../../i18n/i18n';
import { Initiative, Session } from './communityApi';

/** "martedì 9 dicembre, 15:00–17:00" / "Tuesday 9 December, 15:00–17:00", in Europe/Rome. */
export function sessionWhen(s: Pick<Session, 'startsAt' | 'endsAt'>, locale: Locale): string {
  const tag = locale === 'it' ? 'it-IT' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(s.startsAt));
  const time = (v: string) => new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(v));
  return `${day}, ${time(s.startsAt)}–${time(s.endsAt)}`;
}

/** The seats a resident can still take, in words ("3 posti liberi", "Posti esauriti"). */
export function seatsText(s: Pick<Session, 'publicLeft'>, t: Translate): string {
  if (s.publicLeft <= 0) return t('community.seats.full');
  return s.publicLeft === 1 ? t('community.seats.one') : t('community.seats.left', { n: s.publicLeft });
}

/** The title and description in the reader's language (Italian when there is no English). */
export function localText(i: Pick<Initiative, 'titleIt' | 'titleEn' | 'descriptionIt' | 'descriptionEn'>, locale: Locale): { title: string; description: string; lang: 'it' | 'en' } {
  if (locale === 'en' && i.titleEn) return { title: i.titleEn, description: i.descriptionEn ?? i.descriptionIt, lang: 'en' };
  return { title: i.titleIt, description: i.descriptionIt, lang: 'it' };
}

export function agesText(i: Pick<Initiative, 'ageMin' | 'ageMax'>, t: Translate): string {
  if (i.ageMin !== null && i.ageMax !== null) return t('community.page.agesBetween', { min: i.ageMin, max: i.ageMax });
  if (i.ageMin !== null) return t('community.page.agesFrom', { min: i.ageMin });
  if (i.ageMax !== null) return t('community.page.agesUpTo', { max: i.ageMax });
  return t('community.page.allAges');
}

export function organiserText(i: Pick<Initiative, 'organiser'>, t: Translate): string {
  if (!i.organiser) return t('community.page.byMunicipality');
  return i.organiser.name ? t('community.page.by', { name: i.organiser.name }) : t('community.page.byUnknown');
}
