import { Inject, Injectable } from '@nestjs/common';
import { DashboardV1, InitiativeKind, SeatKind } from '@prossimo/contracts';
import { CommunityFactsRepository } from '../facts/community.repository';
import { MonthRange } from '../facts/facts.repository';
import { table } from './tables';

const KINDS = Object.values(InitiativeKind);
const SEAT_KINDS = [SeatKind.PUBLIC, SeatKind.REFERRAL];

/** The dashboard's tables of this section (a section adds its own fields to DashboardV1). */
export type CommunityTables = Pick<
  DashboardV1,
  'initiativesByNeighbourhoodAndKind' | 'sessionsByNeighbourhoodAndMonth' | 'seatsOfferedByNeighbourhood' | 'seatsTakenByNeighbourhood' | 'seatsTakenByMonth'
>;

/**
 * Activities and places on the city's dashboard: initiatives published by kind, sessions and
 * seats offered (public, and held for people the social desk refers) and seats taken, per
 * neighbourhood and month, every table through the same small-cell rule as the rest.
 *
 * The pattern for the figures still to come (outcome distributions, pathways; prescriptions and
 * volunteer hours followed it: prescriptions.section.ts): a consumer and a repository in facts/, a
 * section like this one, its fields in DashboardV1 and the gateway's Dashboard, CSV_TABLES, and a
 * section of the web page.
 */
@Injectable()
export class CommunitySection {
  constructor(@Inject(CommunityFactsRepository) private readonly facts: CommunityFactsRepository) {}

  async tables(range: MonthRange, months: string[], k: number): Promise<CommunityTables> {
    const initiatives = await this.facts.initiativesPublished(range);
    const sessions = await this.facts.sessions(range);
    const initiativeRows = [...new Set(initiatives.map((i) => i.n))].sort();
    const sessionRows = [...new Set(sessions.map((s) => s.n))].sort();
    type Row = (typeof sessions)[number];
    const sum = (pred: (s: Row) => boolean, value: (s: Row) => number) => Math.max(0, sessions.filter(pred).reduce((a, s) => a + value(s), 0));
    const seats = (kind: string, s: Row) => (kind === SeatKind.REFERRAL ? s.referralSeats : s.publicSeats);
    const taken = (kind: string, s: Row) => (kind === SeatKind.REFERRAL ? s.referralTaken : s.publicTaken);
    return {
      initiativesByNeighbourhoodAndKind: table(initiativeRows, KINDS, (n, kind) => initiatives.find((i) => i.n === n && i.kind === kind)?.count ?? 0, k),
      sessionsByNeighbourhoodAndMonth: table(sessionRows, months, (n, m) => sum((s) => s.n === n && s.month === m, (s) => s.sessions), k),
      seatsOfferedByNeighbourhood: table(sessionRows, SEAT_KINDS, (n, kind) => sum((s) => s.n === n, (s) => seats(kind, s)), k),
      seatsTakenByNeighbourhood: table(sessionRows, SEAT_KINDS, (n, kind) => sum((s) => s.n === n, (s) => taken(kind, s)), k),
      seatsTakenByMonth: table(months, SEAT_KINDS, (m, kind) => sum((s) => s.month === m, (s) => taken(kind, s)), k),
    };
  }
}
