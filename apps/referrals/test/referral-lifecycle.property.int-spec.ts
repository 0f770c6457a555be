import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import fc from 'fast-check';
import { Actor, DomainError, Need, ReferralStatus, Role, Urgency } from '@prossimo/contracts';
import { loadSettings, startService, Transactions } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, cloneDatabase, deleteTestStreams, dropDatabase, query, uniqueRoot } from '@prossimo/testing';
import { ReferralsSettings } from '../src/config/referrals.env';
import { DirectoryService } from '../src/directory/directory.service';
import { RoutingService } from '../src/routing/routing.service';
import { ReferralsModule } from '../src/referrals.module';
import { OPEN_STATUSES } from '../src/domain/referral-state-machine';
import { ReferralsRepository } from '../src/referrals/referrals.repository';
import { ReferralsService } from '../src/referrals/referrals.service';
import { RoutingRepository } from '../src/routing/routing.repository';
import { SlaSweeper } from '../src/sla/sla-sweeper.service';

const MUN = '015077';
const PLACE = 'quartiere-proprieta';
const ORG = '0f000000-0000-4000-8000-0000000000e1';
const SERVICES = ['5e000000-0000-4000-8000-0000000000e1', '5e000000-0000-4000-8000-0000000000e2', '5e000000-0000-4000-8000-0000000000e3'];

type Op = { kind: 'accept' | 'reject' | 'complete' | 'fail' | 'expire' | 'reroute'; pick: number } | { kind: 'capacity'; service: number; full: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('accept' as const, 'reject' as const, 'complete' as const, 'fail' as const, 'expire' as const, 'reroute' as const), pick: fc.nat(5) }),
  fc.record({ kind: fc.constant('capacity' as const), service: fc.nat(SERVICES.length - 1), full: fc.boolean() }),
);

describe('referral lifecycle properties (real PostgreSQL)', () => {
  let dbUrl: string;
  let root: string;
  let app: INestMicroservice;
  let now = new Date('2026-05-04T08:00:00Z');
  const operator: Actor = { accountId: randomUUID(), role: Role.ORG_OPERATOR, municipality: MUN, organisationId: ORG };
  const worker: Actor = { accountId: randomUUID(), role: Role.SOCIAL_WORKER, municipality: MUN };

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0',
    });
    app = await startService(ReferralsModule.register(settings, { clock: () => now }), settings, 'referrals');
    await query(dbUrl, `INSERT INTO organisations (id, municipality, name, legal_form, tax_code, runts_number) VALUES ($1, $2, 'Rete Solidale', 'associazione', '91000000009', 'R-9')`, [ORG, MUN]);
    const needs = [[Need.FOOD, Need.LONELINESS], [Need.FOOD], [Need.LONELINESS, Need.HOUSING]];
    for (const [i, id] of SERVICES.entries()) {
      await query(dbUrl, `INSERT INTO services (id, organisation_id, name, status, needs, capacity_status, capacity_maximum) VALUES ($1, $2, $3, 'active', $4, 'capacity', 5)`, [id, ORG, `Servizio ${i}`, needs[i]]);
      await query(dbUrl, `INSERT INTO service_areas (service_id, municipality, neighbourhood_code) VALUES ($1, $2, $3)`, [id, MUN, PLACE]);
    }
  });

  afterAll(async () => {
    await app?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  /** What a report looks like now: its referrals and whether its desk was told anything. */
  async function stateOf(reportId: string) {
    const referrals = await query<{ id: string; status: ReferralStatus; needs: Need[] }>(dbUrl, 'SELECT id, status, needs FROM referrals WHERE report_id = $1 ORDER BY created_at, id', [reportId]);
    const [{ n }] = await query<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM alerts WHERE report_id = $1', [reportId]);
    return { referrals, open: referrals.filter((r) => OPEN_STATUSES.includes(r.status)), alerted: n > 0 };
  }

  async function apply(reportId: string, op: Op): Promise<void> {
    const referrals = app.get(ReferralsService);
    const tolerate = (p: Promise<unknown>) => p.catch((err: unknown) => {
      if (!(err instanceof DomainError)) throw err; // a refused move (CONFLICT) is a legal outcome
    });
    if (op.kind === 'capacity') {
      await app.get(DirectoryService).updateCapacity(operator, { serviceId: SERVICES[op.service], capacityStatus: op.full ? 'no-capacity' : 'capacity' });
      return;
    }
    if (op.kind === 'expire') {
      now = new Date(now.getTime() + 25 * 3_600_000);
      while ((await app.get(SlaSweeper).sweep()).fired > 0);
      return;
    }
    const { referrals: all } = await stateOf(reportId);
    const r = all[op.pick % Math.max(1, all.length)];
    if (!r) return;
    switch (op.kind) {
      case 'accept':
        return void (await tolerate(referrals.transition(operator, { id: r.id, action: 'accept' })));
      case 'reject':
        return void (await tolerate(referrals.transition(operator, { id: r.id, action: 'reject', reasonNoteId: randomUUID() })));
      case 'fail':
        return void (await tolerate(referrals.transition(operator, { id: r.id, action: 'fail', reasonNoteId: randomUUID() })));
      case 'reroute':
        return void (await tolerate(referrals.reroute(worker, { id: r.id, reasonNoteId: randomUUID() })));
      case 'complete':
        await tolerate(referrals.transition(operator, { id: r.id, action: 'start' }));
        return void (await tolerate(referrals.transition(operator, { id: r.id, action: 'complete', outcomeNoteId: randomUUID() })));
    }
  }

  it('never leaves a report with no live referral and no alerted desk, nor two live referrals for one need', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray([Need.FOOD, Need.LONELINESS, Need.HOUSING, Need.WORK], { minLength: 1 }), fc.array(opArb, { maxLength: 12 }), async (needs, ops) => {
        const reportId = randomUUID();
        const report = { municipality: MUN, reportId, neighbourhoodCode: PLACE, urgency: Urgency.HIGH };
        await app.get(Transactions).run(async (em) => {
          await app.get(RoutingRepository).upsertReport(em, { ...report, needs, ownerDeskId: randomUUID(), createdAt: now });
          await app.get(RoutingService).route(em, { ...report, ageBand: null, consentToContact: true, doNotContact: false }, needs, { kind: 'report-submitted' });
        });
        for (const op of [...ops, null]) {
          if (op) await apply(reportId, op);
          const s = await stateOf(reportId);
          expect(s.open.length > 0 || s.alerted).toBe(true);
          const held = s.open.flatMap((r) => r.needs);
          expect(new Set(held).size).toBe(held.length);
        }
      }),
      { numRuns: 40 },
    );
  });
});
