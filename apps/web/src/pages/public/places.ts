import { Locale, Translate, formatNumber } from '../../i18n/i18n';
import type { Schedule } from './publicApi';

/** Pure helpers of the public pages: distances, opening hours in words, phone links. */

export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in metres (haversine), computed on this device: the position never leaves it. */
export function metresBetween(a: LatLng, b: LatLng): number {
  const r = 6_371_000;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}

/** "350 m", "1,2 km" (rounded: a walk, not a survey). */
export function distanceText(metres: number, locale: Locale): string {
  if (metres < 1000) return `${Math.max(10, Math.round(metres / 10) * 10)} m`;
  return `${formatNumber(metres / 1000, locale, 1)} km`;
}

/** Minutes on foot at an easy 4 km/h, for someone old or with shopping. */
export const walkingMinutes = (metres: number) => Math.max(1, Math.round(metres / 67));

const DAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "MO,TU,WE,TH,FR" → "lun–ven"; "MO,WE" → "lun, mer". */
export function daysText(byday: string, t: Translate): string {
  const days = byday.split(',').map((d) => d.trim()).filter((d) => DAY_ORDER.includes(d)).sort((a, b) => DAY_ORDER.indexOf(a) - DAY_ORDER.indexOf(b));
  if (days.length === 0) return '';
  const idx = days.map((d) => DAY_ORDER.indexOf(d));
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (days.length >= 3 && consecutive) return `${t(`public.days.${days[0]}`)}–${t(`public.days.${days[days.length - 1]}`)}`;
  return days.map((d) => t(`public.days.${d}`)).join(', ');
}

/** One schedule in words: "lun, mer 9:00–12:00 (il primo del mese)", or its description. */
export function scheduleText(s: Schedule, t: Translate): string {
  const time = (v: string | null) => (v ? v.replace(/^0(\d)/, '$1') : '');
  const parts: string[] = [];
  if (s.byday) parts.push(daysText(s.byday, t));
  if (s.opensAt && s.closesAt) parts.push(`${time(s.opensAt)}–${time(s.closesAt)}`);
  else if (s.opensAt) parts.push(t('public.hours.from', { time: time(s.opensAt) }));
  const main = parts.join(' ');
  const note = [s.description, s.notes].filter(Boolean).join('; ');
  if (main && note) return `${main} (${note})`;
  return main || note;
}

/** A tel: link for a number as people write it ("02 6601 1000" → "tel:0266011000"); null when it is not a phone number. */
export function telHref(text: string | null | undefined): string | null {
  if (!text) return null;
  const digits = text.replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : null;
}

/** The neighbourhoods a service takes people from, in words: "tutta la città", "tutta la città tranne Crocetta", or the names. */
export function areasText(codes: string[], names: Map<string, string>, t: Translate): string {
  const all = [...names.keys()];
  if (all.length > 0 && all.every((c) => codes.includes(c))) return t('public.catalogue.wholeCity');
  const missing = all.filter((c) => !codes.includes(c));
  if (all.length >= 6 && missing.length <= 2) return t('public.catalogue.allBut', { names: missing.map((c) => names.get(c) ?? c).join(', ') });
  return codes.map((c) => names.get(c) ?? c).join(', ');
}
