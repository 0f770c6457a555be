import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { INestMicroservice } from '@nestjs/common';
import { Actor, DomainError, ErrorCode, InitiativeKind, InitiativeWithSessionsV1, Role, RPC, SeatKind, SeatReservationV1, SessionV1 } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { CommunityModule } from '../src/community.module';
import { CommunitySettings } from '../src/config/community.env';
import { SeatsService } from '../src/seats/seats.service';

const MUN = '015077';
const ORG = randomUUID();
const operator: Actor = { accountId: randomUUID(), role: Role.ORG_OPERATOR, municipality: MUN, organisationId: ORG };

type Op = { op: 'reserve'; kind: SeatKind; via: 0 | 1 } | { op: 'release'; pick: number; via: 0 | 1 };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('reserve' as const), kind: fc.constantFrom(SeatKind.PUBLIC, SeatKind.REFERRAL), via: fc.constantFrom(0 as const, 1 as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('release' as const), pick: fc.nat(), via: fc.constantFrom(0 as const, 1 as const) }) },
);

/**
 * The seat invariant under concurrency (issue 17): with two community instances on one database,
 * each with its own connection pool, sequences of registrations, referral reservations and
 * releases fired in concurrent bursts never take more seats than a session has, and the
 * session's counters always equal the HELD rows of the ledger.
 */
describe('seats: never over capacity, two instances racing (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let a: INestMicroservice;
  let b: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let token: string;
  let initiativeId: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('community');
    root = uniqueRoot();
    const settings = loadSettings(CommunitySettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', DB_POOL_SIZE: '6' });
    a = await startService(CommunityModule.register(settings), settings, 'community');
    b = await startService(CommunityModule.register(settings), settings, 'community');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', approximate: true });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM neighbourhoods')).length === 1, 20_000, 'the neighbourhood');
    token = await tokenFor(operator);
    const i = await rpc.call<InitiativeWithSessionsV1>(
      RPC.community.publishInitiative,
      {
        id: randomUUID(),
        kind: InitiativeKind.ELDERLY_PLACE,
        titleIt: 'Caffè della memoria',
        descriptionIt: 'Un pomeriggio insieme, con tè e musica.',
        neighbourhoodCode: 'crocetta',
        place: { name: 'Biblioteca', address: 'Piazza Confalonieri 3', position: { lat: 45.558, lng: 9.216 }, stepFree: true },
        free: true,
        goodForLivingAlone: true,
      },
      token,
    );
    initiativeId = i.id;
  });

  afterAll(async () => {
    await bus?.close();
    await rpc?.close();
    await a?.close();
    await b?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  async function newSession(publicSeats: number, referralSeats: number): Promise<SessionV1> {
    const start = new Date(Date.now() + 7 * 24 * 3600_000);
    return rpc.call<SessionV1>(RPC.community.scheduleSession, { id: randomUUID(), initiativeId, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString(), publicSeats, referralSeats }, token);
  }

  async function ledger(sessionId: string) {
    const [s] = await query<{ public_seats: number; referral_seats: number; public_taken: number; referral_taken: number }>(dbUrl, 'SELECT public_seats, referral_seats, public_taken, referral_taken FROM sessions WHERE id = $1', [sessionId]);
    const held = await query<{ kind: string; n: number }>(dbUrl, `SELECT kind, count(*)::int AS n FROM seat_reservations WHERE session_id = $1 AND status = 'HELD' GROUP BY kind`, [sessionId]);
    const heldOf = (k: string) => held.find((h) => h.kind === k)?.n ?? 0;
    return { ...s, heldPublic: heldOf('PUBLIC'), heldReferral: heldOf('REFERRAL') };
  }

  it('a crowd of registrations through both replicas takes exactly the seats there are', async () => {
    const s = await newSession(7, 3);
    const services = [a.get(SeatsService), b.get(SeatsService)];
    const attempts = Array.from({ length: 40 }, (_, n) => ({ id: randomUUID(), kind: n % 4 === 0 ? SeatKind.REFERRAL : SeatKind.PUBLIC, via: n % 2 }));
    // Half straight into each instance, half over the bus (the queue group spreads them).
    const results = await Promise.allSettled(
      attempts.map((t, n) => (n % 3 === 0 ? rpc.call<SeatReservationV1>(RPC.community.reserveSeat, { id: t.id, sessionId: s.id, kind: t.kind }, token) : services[t.via].reserve(operator, { id: t.id, sessionId: s.id, kind: t.kind }))),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<SeatReservationV1>).value);
    expect(ok.filter((r) => r.kind === SeatKind.PUBLIC)).toHaveLength(7);
    expect(ok.filter((r) => r.kind === SeatKind.REFERRAL)).toHaveLength(3);
    for (const r of results.filter((x) => x.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: ErrorCode.CONFLICT });
    await expect(ledger(s.id)).resolves.toEqual({ public_seats: 7, referral_seats: 3, public_taken: 7, referral_taken: 3, heldPublic: 7, heldReferral: 3 });
    // The same reservation asked again, on either replica, is the same seat.
    for (const sut of services) await expect(sut.reserve(operator, { id: ok[0].id, sessionId: s.id, kind: ok[0].kind })).resolves.toMatchObject({ id: ok[0].id, status: 'HELD' });
    await expect(ledger(s.id)).resolves.toMatchObject({ public_taken: 7, referral_taken: 3 });
  });

  it('any sequence of reservations and releases, fired in concurrent bursts on both replicas, keeps counters = ledger ≤ seats', async () => {
    const services = [a.get(SeatsService), b.get(SeatsService)];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.array(fc.array(opArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (pub, ref, bursts) => {
        const s = await newSession(pub, ref === 0 && pub === 0 ? 1 : ref);
        const held: string[] = [];
        let taken = 0;
        let given = 0;
        for (const burst of bursts) {
          const outcomes = await Promise.allSettled(
            burst.map(async (op) => {
              if (op.op === 'reserve') {
                const r = await services[op.via].reserve(operator, { id: randomUUID(), sessionId: s.id, kind: op.kind });
                held.push(r.id);
                taken++;
                return;
              }
              const id = held[op.pick % Math.max(1, held.length)];
              if (!id) return;
              const r = await services[op.via].release(operator, { id });
              if (r.status === 'RELEASED' && held.includes(id)) {
                held.splice(held.indexOf(id), 1);
                given++;
              }
            }),
          );
          for (const o of outcomes) if (o.status === 'rejected') expect(o.reason instanceof DomainError && o.reason.code === ErrorCode.CONFLICT ? 'CONFLICT' : o.reason).toBe('CONFLICT');
          const l = await ledger(s.id);
          expect(l.public_taken).toBe(l.heldPublic);
          expect(l.referral_taken).toBe(l.heldReferral);
          expect(l.public_taken).toBeLessThanOrEqual(l.public_seats);
          expect(l.referral_taken).toBeLessThanOrEqual(l.referral_seats);
        }
        const l = await ledger(s.id);
        expect(l.public_taken + l.referral_taken).toBe(taken - given);
      }),
      { numRuns: 20 },
    );
  });
});
