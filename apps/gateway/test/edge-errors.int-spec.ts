import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { INestApplication, INestMicroservice } from '@nestjs/common';
import request from 'supertest';
import { Role, encodeCursor } from '@prossimo/contracts';
import { DEMO_ORGANISATION } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, cloneDatabase, craftedCursors, deleteTestStreams, dropDatabase, gql, query, startTestGateway, tokenFor, uniqueRoot } from '@prossimo/testing';
import { ReferralsSettings } from '../../referrals/src/config/referrals.env';
import { ReferralsModule } from '../../referrals/src/referrals.module';

/** Every JSON log record both processes (here: this one) write, pino's fd writes included. */
const lines: string[] = [];
const capture = (chunk: unknown) => lines.push(...(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk)).split('\n').filter(Boolean));
type LogRecord = { level: number; name?: string; context?: string; msg?: string; correlationId?: string; [k: string]: unknown };
const records = (from = 0): LogRecord[] =>
  lines.slice(from).flatMap((l) => {
    try {
      return [JSON.parse(l) as LogRecord];
    } catch {
      return [];
    }
  });

/**
 * The edge, end to end with a real referrals service: crafted input answers BAD_USER_INPUT naming
 * the field (the gateway's typed client refuses it before any service sees it); a client's mistakes
 * never reach the error log, nor their values any log; an internal error reaches the client (over
 * GraphQL and over REST) with the same correlation id the service logged.
 */
describe('gateway edge: client errors, internal errors and their logs (real referrals, PostgreSQL and NATS)', () => {
  const root = uniqueRoot('edge');
  const CANARY = `canary${randomBytes(5).toString('hex')}`;
  let referralsDb: string;
  let gatewayDb: string;
  let referrals: INestMicroservice;
  let gateway: INestApplication;
  let operator: string;
  let antenna: string;
  const spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    for (const [obj, fn] of [[fs, 'writeSync'], [fs, 'write'], [process.stdout, 'write'], [process.stderr, 'write']] as const) {
      const original = (obj as unknown as Record<string, (...a: unknown[]) => unknown>)[fn].bind(obj);
      spies.push(
        jest.spyOn(obj as never, fn as never).mockImplementation(((...args: unknown[]) => {
          if (obj === fs ? args[0] === 1 || args[0] === 2 : true) capture(obj === fs ? args[1] : args[0]);
          return original(...args);
        }) as never),
      );
    }
    [referralsDb, gatewayDb] = await Promise.all([cloneDatabase('referrals'), cloneDatabase('gateway')]);
    const rs = loadSettings(ReferralsSettings, {
      NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'debug', DATABASE_URL: referralsDb, SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0',
    });
    referrals = await startService(ReferralsModule.register(rs), rs, 'referrals');
    gateway = await startTestGateway(gatewayDb, root, { LOG_LEVEL: 'debug', RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '100000' });
    operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: DEMO_ORGANISATION.id });
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId: randomUUID() });
  });

  afterAll(async () => {
    await gateway?.close();
    await referrals?.close();
    for (const s of spies) s.mockRestore();
    await deleteTestStreams(root);
    await dropDatabase(referralsDb);
    await dropDatabase(gatewayDb);
  });

  const LIST = 'query($after: String) { referrals(first: 5, after: $after) { nodes { id } } }';

  it('answers a crafted page cursor with BAD_USER_INPUT on "after", over GraphQL', async () => {
    expect((await gql(gateway, LIST, {}, operator)).data).toEqual({ referrals: { nodes: [] } });
    for (const [what, after] of craftedCursors()) {
      const res = await gql(gateway, LIST, { after }, operator);
      expect({ what, ...res.errors?.[0].extensions }).toMatchObject({ what, code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('logs client errors below ERROR, without their values, wherever they are refused', async () => {
    const from = lines.length;
    const LOGIN = 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }';
    const outcomes = [
      await gql(gateway, LIST, { after: encodeCursor([`${CANARY}-cursor`, 'x']) }, operator), // refused by the service
      await gql(gateway, LOGIN, { e: `${CANARY}@prossimo.example\u0000`, p: 'x' }), // refused by the gateway's pipe
      await gql(gateway, LOGIN, { e: `${CANARY}@prossimo.example`, p: `${CANARY}-password` }), // a wrong password
      await gql(gateway, LIST, {}, antenna), // a role that may not
      await gql(gateway, LIST, {}), // no token
      await gql(gateway, 'mutation($r: String!) { rejectReferral(id: "not-an-id", reason: $r) { id } }', { r: `${CANARY} reason` }, operator),
    ];
    expect(outcomes.map((o) => o.errors?.[0].extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT']);
    const hsds = await request(gateway.getHttpServer()).get(`/hsds/services?search=${CANARY}%00`);
    expect(hsds.status).toBe(400);
    const csv = await request(gateway.getHttpServer()).get(`/insights/unmetNeed.csv?municipality=${CANARY}`).set('authorization', `Bearer ${await tokenFor({ role: Role.CITY_ANALYST })}`);
    expect(csv.status).toBe(400);

    const logged = records(from);
    // They were seen (below ERROR), by code and field...
    expect(logged.some((r) => r.level < 50 && r.msg === 'request refused' && r.code === 'BAD_USER_INPUT' && r.field === 'after')).toBe(true);
    // ...but none at ERROR, and nothing they carried in any record.
    expect(logged.filter((r) => r.level >= 50).map((r) => `${r.name} ${r.context} ${r.msg}`)).toEqual([]);
    expect(lines.slice(from).filter((l) => l.includes(CANARY))).toEqual([]);
  });

  it("gives the client of an internal error the correlation id the service logged it under", async () => {
    // Break the service's own table under it: a real, unforeseen failure inside the service.
    await query(referralsDb, 'ALTER TABLE referrals RENAME TO referrals_away');
    const from = lines.length;
    let res: Awaited<ReturnType<typeof gql>>;
    try {
      res = await gql(gateway, LIST, {}, operator);
    } finally {
      await query(referralsDb, 'ALTER TABLE referrals_away RENAME TO referrals');
    }
    const ext = res.errors?.[0].extensions;
    expect(ext).toMatchObject({ code: 'INTERNAL', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(res)).not.toMatch(/referrals_away|does not exist|QueryFailed|stack/i);
    const logged = records(from);
    const serviceRecord = logged.find((r) => r.name === 'referrals' && r.level >= 50 && r.correlationId === ext?.correlationId);
    expect(serviceRecord).toBeDefined();
    // The details are in the service's log (the values the query was given are not).
    expect(serviceRecord?.err).toMatchObject({ message: 'relation "referrals" does not exist', parameters: '[redacted]' });
    expect(logged.some((r) => r.name === 'gateway' && r.level >= 50 && r.correlationId === ext?.correlationId)).toBe(true);
    // And the list works again once the table is back.
    expect((await gql(gateway, LIST, {}, operator)).data).toEqual({ referrals: { nodes: [] } });
  });

  it('gives the client of a REST route the same: the service\'s correlation id in the body, found in its log', async () => {
    await query(referralsDb, 'ALTER TABLE organisations RENAME TO organisations_away');
    const from = lines.length;
    let res: request.Response;
    try {
      res = await request(gateway.getHttpServer()).get('/hsds/organizations');
    } finally {
      await query(referralsDb, 'ALTER TABLE organisations_away RENAME TO organisations');
    }
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ code: 'INTERNAL', message: expect.any(String), correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(res.body)).not.toMatch(/organisations_away|does not exist|QueryFailed|stack/i);
    const logged = records(from);
    expect(logged.find((r) => r.name === 'referrals' && r.level >= 50 && r.correlationId === res.body.correlationId)?.err).toMatchObject({ message: expect.stringContaining('does not exist') });
    expect(logged.some((r) => r.name === 'gateway' && r.level >= 50 && r.correlationId === res.body.correlationId)).toBe(true);
  });

  it('validates the input once, at the gateway, with the operation\'s contract class: the service never sees a bad one', async () => {
    const desk = await tokenFor({ role: Role.SOCIAL_WORKER });
    const from = lines.length;
    const res = await gql(gateway, 'mutation { acknowledgeDeskAlert(id: "not-an-alert") { id } }', {}, desk);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(res.errors?.[0].message).toMatch(/^id: /);
    // Refused by the gateway (below ERROR, by code and field); nothing reached the referrals service.
    const logged = records(from);
    expect(logged.some((r) => r.name === 'gateway' && r.msg === 'request refused' && r.field === 'id')).toBe(true);
    expect(logged.filter((r) => r.name === 'referrals')).toEqual([]);
  });
});
