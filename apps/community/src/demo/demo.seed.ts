import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { InitiativeStatus, SessionStatus } from '@prossimo/contracts';
import { DEMO_INITIATIVES, DEMO_MUNICIPALITY, DemoInitiative } from '@prossimo/demo';
import { Outbox } from '@prossimo/messaging';
import { dataSourceOptions } from '@prossimo/platform';
import { COMMUNITY_DATABASE } from '../database/community.database';
import { derivedId } from '../initiatives/ids';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { PlaceEntity } from '../initiatives/place.entity';
import { weeklyOccurrences } from '../initiatives/recurrence';
import { SessionSeriesEntity } from '../initiatives/session-series.entity';
import { SessionEntity } from '../initiatives/session.entity';
import { SeatReservationEntity } from '../seats/seat-reservation.entity';
import { romeDay } from '../time/rome';

/** How far ahead the demo keeps sessions scheduled. */
const DEMO_WEEKS = 6;

export interface CommunityDemoCounts {
  initiatives: number;
  sessions: number;
}

/**
 * Loads the demo initiatives of Cinisello Balsamo (a memory café in Crocetta, a social theatre
 * workshop, walking groups, a repair café, an after-school club, a lunch in company) and keeps
 * their sessions filled for the next weeks, some seats already taken, each change with its event
 * in the outbox. Idempotent: a second run adds only the sessions the passing days call for.
 */
export async function seedCommunityDemo(ds: DataSource, outbox: Outbox, now: Date = new Date()): Promise<CommunityDemoCounts> {
  const repo = new InitiativesRepository(ds);
  const counts: CommunityDemoCounts = { initiatives: 0, sessions: 0 };
  for (const d of DEMO_INITIATIVES) {
    await ds.transaction(async (em) => {
      const initiative = await ensureInitiative(em, repo, outbox, d, now, counts);
      const seriesId = derivedId(d.id, 'demo-series');
      const rule = { ...d.weekly, firstDate: romeDay(new Date(now.getTime() + 24 * 3600_000)), untilDate: romeDay(new Date(now.getTime() + DEMO_WEEKS * 7 * 24 * 3600_000)) };
      if (!(await repo.findSeries(seriesId, em))) {
        await em.getRepository(SessionSeriesEntity).insert({ id: seriesId, initiativeId: d.id, rule: { ...rule, demo: true }, createdAt: now });
      }
      const occurrences = weeklyOccurrences({ ...rule, maxOccurrences: 60 });
      let n = 0;
      for (const o of occurrences) {
        const sessionId = derivedId(seriesId, o.date);
        const taken = d.takenAtNext?.[n++] ?? 0;
        if (await repo.findSession(sessionId, em)) continue;
        const s = Object.assign(new SessionEntity(), {
          id: sessionId,
          initiativeId: d.id,
          municipality: DEMO_MUNICIPALITY,
          seriesId,
          startsAt: o.startsAt,
          endsAt: o.endsAt,
          status: SessionStatus.SCHEDULED,
          note: null,
          publicSeats: d.weekly.publicSeats,
          referralSeats: d.weekly.referralSeats,
          publicTaken: Math.min(taken, d.weekly.publicSeats),
          referralTaken: 0,
          createdAt: now,
          updatedAt: now,
        });
        await repo.saveSession(em, s);
        counts.sessions++;
        await outbox.add(em, 'initiative.session-scheduled.v1', {
          municipality: DEMO_MUNICIPALITY,
          initiativeId: d.id,
          sessionId,
          neighbourhoodCode: initiative.neighbourhoodCode,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          status: SessionStatus.SCHEDULED,
          publicSeats: s.publicSeats,
          referralSeats: s.referralSeats,
        });
        // The seats already taken are rows of the ledger like any other (phone registrations).
        for (let k = 0; k < s.publicTaken; k++) {
          await em.getRepository(SeatReservationEntity).insert({
            id: randomUUID(),
            sessionId,
            municipality: DEMO_MUNICIPALITY,
            kind: 'PUBLIC',
            status: 'HELD',
            holderRef: null,
            reservedBy: null,
            reservedAt: now,
            releasedAt: null,
          });
        }
      }
    });
  }
  return counts;
}

async function ensureInitiative(em: EntityManager, repo: InitiativesRepository, outbox: Outbox, d: DemoInitiative, now: Date, counts: CommunityDemoCounts): Promise<InitiativeEntity> {
  const found = await repo.findById(d.id, em);
  if (found) return found.initiative;
  const place = Object.assign(new PlaceEntity(), {
    id: derivedId(d.id, 'place'),
    municipality: DEMO_MUNICIPALITY,
    neighbourhoodCode: d.neighbourhoodCode,
    name: d.place.name,
    address: d.place.address,
    lat: d.place.lat,
    lng: d.place.lng,
    stepFree: d.place.stepFree,
    createdAt: now,
    updatedAt: now,
  });
  await em.getRepository(PlaceEntity).insert(place);
  const row = Object.assign(new InitiativeEntity(), {
    id: d.id,
    municipality: DEMO_MUNICIPALITY,
    kind: d.kind,
    status: InitiativeStatus.PUBLISHED,
    titleIt: d.titleIt,
    titleEn: d.titleEn,
    descriptionIt: d.descriptionIt,
    descriptionEn: d.descriptionEn,
    organiserOrganisationId: d.organiserOrganisationId,
    neighbourhoodCode: d.neighbourhoodCode,
    placeId: place.id,
    ageMin: d.ageMin ?? null,
    ageMax: d.ageMax ?? null,
    free: d.free,
    costText: d.free ? null : (d.costText ?? null),
    accessibilitySupport: d.accessibilitySupport ?? null,
    goodForLivingAlone: d.goodForLivingAlone,
    publicContact: d.publicContact ?? null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  await repo.saveInitiative(em, row);
  counts.initiatives++;
  await outbox.add(em, 'initiative.published.v1', {
    municipality: DEMO_MUNICIPALITY,
    initiativeId: d.id,
    kind: d.kind,
    status: InitiativeStatus.PUBLISHED,
    ...(d.organiserOrganisationId ? { organiserOrganisationId: d.organiserOrganisationId } : {}),
    neighbourhoodCode: d.neighbourhoodCode,
    free: d.free,
    stepFree: d.place.stepFree,
    goodForLivingAlone: d.goodForLivingAlone,
    occurredAt: now.toISOString(),
  });
  return row;
}

export async function runCommunityDemoSeed(databaseUrl: string, root: string): Promise<CommunityDemoCounts> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, COMMUNITY_DATABASE, 2));
  await ds.initialize();
  try {
    return await seedCommunityDemo(ds, new Outbox(root));
  } finally {
    await ds.destroy();
  }
}
