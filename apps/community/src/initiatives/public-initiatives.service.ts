import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_PAGE_SIZE,
  DomainError,
  InitiativeStatus,
  InitiativeWithSessionsV1,
  MAX_PAGE_SIZE,
  OpenDataFeedQueryV1,
  Page,
  PublicInitiativesQueryV1,
  RpdeItemV1,
  RpdePageV1,
  SessionStatus,
  decodeCursor,
  encodeCursor,
} from '@prossimo/contracts';
import { CLOCK, Clock, SETTINGS } from '@prossimo/platform';
import { CommunitySettings } from '../config/community.env';
import { InitiativesRepository } from './initiatives.repository';
import { toInitiative, toSession } from './mapping';
import { scheduledSessionData, sessionSeriesData } from './open-data';

const FEED_DEFAULT = 100;
const ZERO_ID = '00000000-0000-0000-0000-000000000000';
export const OPEN_DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * What anyone can read without signing in: the finder, an initiative's page with its sessions to
 * come and the seats left, and the open-data feeds. Published initiatives only; never a person.
 */
@Injectable()
export class PublicInitiativesService {
  constructor(
    private readonly repo: InitiativesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SETTINGS) private readonly settings: CommunitySettings,
  ) {}

  async find(q: PublicInitiativesQueryV1): Promise<Page<InitiativeWithSessionsV1>> {
    const first = Math.min(q.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const cursor = decodeCursor(q.after, ['timestamp', 'uuid']);
    const rows = await this.repo.findPublicPage(
      { municipality: q.municipality, now: this.clock(), neighbourhoodCode: q.neighbourhoodCode, dayPart: q.dayPart, kind: q.kind, free: q.free, stepFree: q.stepFree, goodForLivingAlone: q.goodForLivingAlone },
      first + 1,
      cursor ? { startsAt: cursor[0], id: cursor[1] } : null,
    );
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map((r) => {
        const next = toSession(r.next);
        return { ...toInitiative(r.initiative, r.place), sessions: [next], nextSession: next };
      }),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.next.startsAt.toISOString(), last.initiative.id]) : null },
    };
  }

  /** One published initiative with its sessions to come (cancelled and postponed ones shown as such). */
  async page(id: string): Promise<InitiativeWithSessionsV1> {
    const found = await this.repo.findById(id);
    if (!found || found.initiative.status !== InitiativeStatus.PUBLISHED) throw DomainError.notFound('initiative');
    const now = this.clock();
    const sessions = (await this.repo.findUpcomingSessions(id, now, this.settings.PUBLIC_NEXT_SESSIONS)).map(toSession);
    const iso = now.toISOString();
    return { ...toInitiative(found.initiative, found.place), sessions, nextSession: sessions.find((s) => s.status === SessionStatus.SCHEDULED && s.startsAt > iso) ?? null };
  }

  /**
   * One page of an RPDE feed ("Modified-Timestamp and ID" ordering: `modified` is a sequence that
   * grows with every change). A withdrawn initiative, and every session of one, is `deleted`.
   */
  async feed(q: OpenDataFeedQueryV1): Promise<RpdePageV1> {
    const limit = q.limit ?? FEED_DEFAULT;
    const afterSeq = String(q.afterTimestamp ?? 0);
    const afterId = q.afterId ?? ZERO_ID;
    let items: RpdeItemV1[];
    if (q.feed === 'session-series') {
      items = (await this.repo.feedInitiatives(afterSeq, afterId, limit)).map(({ initiative, place }) =>
        initiative.status === InitiativeStatus.PUBLISHED
          ? { state: 'updated', kind: 'SessionSeries', id: initiative.id, modified: Number(initiative.modifiedSeq), data: sessionSeriesData(initiative, place) }
          : { state: 'deleted', kind: 'SessionSeries', id: initiative.id, modified: Number(initiative.modifiedSeq) },
      );
    } else {
      items = (await this.repo.feedSessions(afterSeq, afterId, limit)).map(({ session, initiativeStatus }) =>
        initiativeStatus === InitiativeStatus.PUBLISHED
          ? { state: 'updated', kind: 'ScheduledSession', id: session.id, modified: Number(session.modifiedSeq), data: scheduledSessionData(session) }
          : { state: 'deleted', kind: 'ScheduledSession', id: session.id, modified: Number(session.modifiedSeq) },
      );
    }
    const last = items[items.length - 1];
    return { items, next: last ? { afterTimestamp: last.modified, afterId: last.id } : { afterTimestamp: Number(afterSeq), afterId }, license: OPEN_DATA_LICENSE };
  }
}
