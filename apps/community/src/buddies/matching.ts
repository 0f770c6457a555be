import { DayPart, VolunteerSkill, WEEKDAYS } from '@prossimo/contracts';
import { DAY_PART_HOURS } from '../initiatives/initiatives.repository';
import { isoWeekday, romeDay, romeHour } from '../time/rome';

/** A point (WGS84 degrees). */
export interface Point {
  lat: number;
  lon: number;
}

/** What matching reads of a volunteer's profile (given by them for this). */
export interface Candidate {
  id: string;
  displayName: string;
  birthYear: number;
  neighbourhoodCode: string;
  travelKm: number;
  skills: readonly string[];
  languages: readonly string[];
  availability: readonly string[];
}

/** What matching reads of the buddy request: the session's start and place, and what the organiser asks for. */
export interface BuddyNeed {
  sessionStartsAt: Date;
  placeNeighbourhoodCode: string;
  place: Point | null;
  language?: string;
  skills?: readonly string[];
}

export interface Proposal {
  candidate: Candidate;
  sameNeighbourhood: boolean;
  distanceKm: number | null;
  score: number;
  reasons: string[];
}

/** A buddy must be of age in the session's year (only the year of birth is kept). */
export const BUDDY_MINIMUM_AGE = 18;
/** At most this many proposals are shown. */
export const MAX_PROPOSALS = 10;
/** Skills that help anyone accompanying an elderly person, whatever the organiser asks for. */
const BUDDY_SKILLS: Partial<Record<string, number>> = { [VolunteerSkill.ACCOMPANYING]: 2, [VolunteerSkill.COMPANIONSHIP]: 1 };

/** The slot of the volunteer's week ("TUESDAY_MORNING") an instant falls in, on Rome's clock. */
export function romeSlot(at: Date): string {
  const weekday = WEEKDAYS[isoWeekday(romeDay(at)) - 1];
  const h = romeHour(at);
  const part = (Object.keys(DAY_PART_HOURS) as DayPart[]).find((p) => h >= DAY_PART_HOURS[p][0] && h < DAY_PART_HOURS[p][1])!;
  return `${weekday}_${part}`;
}

/** Great-circle distance in km (haversine), rounded to 0.1 km. */
export function distanceKm(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)) * 10) / 10;
}

/**
 * Ranks volunteers for a buddy request. A volunteer is proposed only when they are of age, free at
 * the session's weekday × part of the day (Europe/Rome), and live in the place's neighbourhood or
 * within the distance they said they would travel (measured from their neighbourhood's point; a
 * neighbourhood community cannot place counts as too far). Among those: the same neighbourhood
 * first (+3), then the less of their stated distance the trip uses (up to +1), the language the organiser asked for (+3), each skill asked
 * for (+2), and the skills any buddy needs (accompanying +2, companionship +1). Ties by name, then
 * id, so the order is the same on every call. Pure: the caller reads the profiles and points.
 */
export function rankBuddies(need: BuddyNeed, candidates: readonly Candidate[], neighbourhoodPoints: ReadonlyMap<string, Point>): Proposal[] {
  const slot = romeSlot(need.sessionStartsAt);
  const year = Number(romeDay(need.sessionStartsAt).slice(0, 4));
  const out: Proposal[] = [];
  for (const c of candidates) {
    if (year - c.birthYear < BUDDY_MINIMUM_AGE) continue;
    if (!c.availability.includes(slot)) continue;
    const sameNeighbourhood = c.neighbourhoodCode === need.placeNeighbourhoodCode;
    const home = neighbourhoodPoints.get(c.neighbourhoodCode);
    const km = home && need.place ? distanceKm(home, need.place) : null;
    if (!sameNeighbourhood && (km === null || km > c.travelKm)) continue;
    const reasons: string[] = [sameNeighbourhood ? 'same-neighbourhood' : 'within-distance', 'available'];
    let score = sameNeighbourhood ? 3 : 0;
    if (km !== null && c.travelKm > 0) score += Math.max(0, 1 - km / c.travelKm);
    if (need.language && c.languages.includes(need.language)) {
      score += 3;
      reasons.push('language');
    }
    for (const s of need.skills ?? []) {
      if (c.skills.includes(s)) {
        score += 2;
        reasons.push(`skill:${s}`);
      }
    }
    for (const [s, w] of Object.entries(BUDDY_SKILLS)) {
      if (c.skills.includes(s) && !(need.skills ?? []).includes(s)) {
        score += w!;
        reasons.push(`skill:${s}`);
      }
    }
    out.push({ candidate: c, sameNeighbourhood, distanceKm: km, score: Math.round(score * 100) / 100, reasons });
  }
  return out
    .sort((a, b) => b.score - a.score || a.candidate.displayName.localeCompare(b.candidate.displayName, 'it') || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, MAX_PROPOSALS);
}
