import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { GraphQLField } from 'graphql';
import { Role } from '@prossimo/contracts';
import { DEMO_ACCOUNTS, DEMO_ANTENNAS, DEMO_ORGANISATION, DEMO_SERVICES } from '@prossimo/demo';
import { waitFor } from '@prossimo/testing';
import { ACCESS_MATRIX } from '../../apps/gateway/test/access-matrix';
import { Checker } from './support/checker';
import { DbSnapshots, Snapshot } from './support/db-snapshot';
import { FaultSystem, GqlResponse } from './support/fault-system';
import { recordFigures } from './support/figures';
import { Args, INTERNAL_TEXT, InvalidCase, Pools, introspect, invalidCase, validArgs, withLiterals, withVariables } from './support/fuzz';
import { LoadGenerator } from './support/load';

/** Calls per mutation: this many with valid arguments and as many with invalid ones. */
const RUNS = 20;
/** Reproduce a run with FAULTS_FUZZ_SEED=<the seed in its figures>. */
const SEED = Number(process.env.FAULTS_FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Placed only in invalid inputs: it must never reach a log line of any process. */
const CANARY = `CANARY${randomBytes(6).toString('hex')}`;

/**
 * Tables a refusal may write on purpose, or time alone: the per-account request budget (flushed
 * every second), and the failed-login count a wrong password adds (the lock-out).
 */
const IGNORED_TABLES = ['gateway.rate_limits'];

/** The order roles are fuzzed in: sessions that mutations can end (logout, a changed password) come last. */
const ROLE_ORDER: ('PUBLIC' | Role)[] = ['PUBLIC', Role.ANTENNA, Role.ORG_OPERATOR, Role.SOCIAL_WORKER, Role.ADMIN, Role.CITY_ANALYST];
const LAST = ['logout', 'changePassword'];

/**
 * Every mutation of the schema (introspected from the running gateway), called as the role the
 * access matrix allows with arguments fast-check makes from its argument types: valid ones (types,
 * lengths, Unicode, numbers at the edges, real ids of the demo) and invalid ones (a NUL, too long,
 * the wrong type, a number out of range, an unknown or missing field, a null where one is
 * required, an unknown argument; as variables or written inline). Never a 5xx, never internal
 * text, never a partial write (a refused call changes no table of any database), and the canary
 * planted in every invalid input reaches no log line of any process.
 */
describe('faults: every mutation fuzzed', () => {
  let sys: FaultSystem;
  let checker: Checker;
  let snaps: DbSnapshots;
  let mutations: GraphQLField<unknown, unknown>[];
  let pools: Pools;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    sys = await FaultSystem.start({
      name: 'fuzz',
      // Every record a process makes, debug included: the canary must be in none.
      logLevel: 'debug',
      env: {
        // Nothing moves by time alone while row counts are compared.
        referrals: { SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0', ESCALATION_SWEEP_INTERVAL_MS: '0' },
        reports: { RETENTION_SWEEP_INTERVAL_MS: '0' },
        // The 48-hour shift confirmations mark the demo's sign-ups as asked (volunteer_sign_ups).
        community: { CONFIRMATION_SWEEP_INTERVAL_MS: '0' },
        // Wrong passwords are part of the fuzz: no lock-out of the demo accounts.
        gateway: { LOGIN_MAX_FAILURES: '1000000' },
      },
    });
    checker = await Checker.open(sys);
    // Some reports (with their referrals) to aim at.
    const load = new LoadGenerator(sys, { rate: 10, concurrency: 4 });
    await load.submitN(10);
    await checker.healed();
    const referralIds = (await checker.rows<{ id: string }>('referrals', 'SELECT id FROM referrals LIMIT 10')).map((r) => r.id);
    const subjectIds = (await checker.rows<{ id: string }>('reports', 'SELECT subject_id AS id FROM reports LIMIT 5')).map((r) => r.id);
    pools = {
      ids: [...load.acked(), ...referralIds, ...subjectIds, DEMO_ANTENNAS[1].id, DEMO_ANTENNAS[4].id, DEMO_ORGANISATION.id, ...DEMO_SERVICES.map((s) => s.id), ...DEMO_ACCOUNTS.map((a) => a.id)],
      emails: DEMO_ACCOUNTS.map((a) => a.email),
      neighbourhoods: ['crocetta', 'balsamo', 'bettola', 'nowhere'],
    };
    const schema = await introspect(sys);
    mutations = Object.values(schema.getMutationType()!.getFields());
    snaps = await DbSnapshots.open(checker, IGNORED_TABLES);
  });

  afterAll(async () => {
    await checker?.close();
    await sys?.destroy();
  });

  const roleOf = (name: string): 'PUBLIC' | Role => {
    const rule = ACCESS_MATRIX[`Mutation.${name}`];
    if (!rule) throw new Error(`Mutation.${name} has no entry in the access matrix`);
    if (LAST.includes(name)) return Role.CITY_ANALYST;
    return rule === 'PUBLIC' ? 'PUBLIC' : rule[0];
  };
  const emailOf = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!.email;

  async function tokenFor(role: 'PUBLIC' | Role, fresh = false): Promise<{ token?: string; loggedIn: boolean }> {
    if (role === 'PUBLIC') return { loggedIn: false };
    const loggedIn = fresh || !tokens.has(role);
    if (loggedIn) tokens.set(role, await sys.login(emailOf(role)));
    return { token: tokens.get(role), loggedIn };
  }

  /**
   * Sends one call as the role; a session that ended (another mutation's doing: a reset password,
   * a removed member) is opened again once. A login writes a session: the snapshot to compare
   * with is taken again after it (`resnap`).
   */
  async function call(name: string, role: 'PUBLIC' | Role, body: { query: string; variables: Args }, resnap: () => Promise<void>): Promise<GqlResponse> {
    const fresh = name === 'logout';
    let t = await tokenFor(role, fresh);
    if (t.loggedIn) await resnap();
    let res = await sys.gql(body.query, body.variables, t.token);
    if (res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && role !== 'PUBLIC' && !fresh) {
      t = await tokenFor(role, true);
      await resnap();
      res = await sys.gql(body.query, body.variables, t.token);
    }
    return res;
  }

  /** After a call that was taken: wait until its events have been applied everywhere. */
  async function settle(): Promise<void> {
    await waitFor(async () => {
      const b = await checker.backlog();
      return b.outbox === 0 && b.pending === 0 && b.ackPending === 0;
    }, 20_000, 'the accepted call’s events to settle', 50);
  }

  it('never answers 5xx or internal text, never writes half a record, and never logs the canary of an invalid input', async () => {
    const t0 = Date.now();
    const violations: string[] = [];
    const tally = { calls: 0, validAccepted: 0, validRefused: 0, invalidRefused: 0, byCode: {} as Record<string, number>, byCorruption: {} as Record<string, number> };
    const ordered = [...mutations].sort((a, b) => {
      const ra = LAST.includes(a.name) ? 99 + LAST.indexOf(a.name) : ROLE_ORDER.indexOf(roleOf(a.name));
      const rb = LAST.includes(b.name) ? 99 + LAST.indexOf(b.name) : ROLE_ORDER.indexOf(roleOf(b.name));
      return ra - rb || a.name.localeCompare(b.name);
    });
    for (const role of ROLE_ORDER) await tokenFor(role);
    let before: Snapshot = await snaps.take();

    for (const field of ordered) {
      const role = roleOf(field.name);
      const valid = fc.sample(validArgs(field, pools), { numRuns: RUNS, seed: SEED });
      const invalid = fc.sample(invalidCase(field, pools, CANARY), { numRuns: RUNS, seed: SEED });
      const cases: { kind: 'valid' | 'invalid'; body: { query: string; variables: Args }; what: string }[] = [
        ...valid.map((args) => ({ kind: 'valid' as const, body: withVariables(field, args), what: 'valid' })),
        ...invalid.map((c: InvalidCase, i) => ({
          kind: 'invalid' as const,
          // Half as variables, half written into the document.
          body: i % 2 === 0 ? { ...withVariables(field, c.args, c.unknownArgument), variables: { ...c.args, ...c.extraVariables } } : { query: withLiterals(field, c.args, c.unknownArgument), variables: c.extraVariables },
          what: `${c.how} at ${c.at}${i % 2 ? ' (inline)' : ''}`,
        })),
      ];
      for (const c of cases) {
        tally.calls += 1;
        const res = await call(field.name, role, c.body, async () => {
          before = await snaps.take();
        });
        const code = res.errors?.[0]?.extensions?.code ?? (res.errors ? 'NO_CODE' : 'OK');
        tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
        if (c.kind === 'invalid') tally.byCorruption[c.what.split(' ')[0]] = (tally.byCorruption[c.what.split(' ')[0]] ?? 0) + 1;
        const where = `${field.name} (${c.what}, as ${role})`;
        if (res.status >= 500) violations.push(`${where}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
        const shown = res.text.split(CANARY).join('<canary>');
        // GraphQL's own words for a document that does not parse are not internal text.
        if (INTERNAL_TEXT.test(shown.replace(/"Syntax Error: /g, '"'))) violations.push(`${where}: internal text in the answer: ${shown.slice(0, 300)}`);
        if (res.errors && !res.errors.every((e) => typeof e.extensions?.code === 'string')) violations.push(`${where}: an error without a code: ${shown.slice(0, 200)}`);
        const refused = !!res.errors?.length;
        if (c.kind === 'invalid' && !refused) violations.push(`${where}: an invalid input was accepted`);
        if (refused) {
          if (c.kind === 'valid') tally.validRefused += 1;
          else tally.invalidRefused += 1;
          const after = await snaps.take();
          const changed = DbSnapshots.diff(before, after);
          if (changed.length) violations.push(`${where}: refused (${code}) but wrote to ${changed.join(', ')}`);
          before = after;
        } else {
          tally.validAccepted += 1;
          await settle();
          before = await snaps.take();
        }
      }
    }

    // The canary of the invalid inputs, in any log line of any process (services, gateway, nats-servers).
    // A control first: a marker the gateway does log (a request's path) is found, so the search can fail.
    const control = `CONTROL${randomBytes(6).toString('hex')}`;
    await fetch(`${sys.url}/hsds/services/${control}`);
    await waitFor(() => sys.allLogLines().some((l) => l.source === 'gateway' && l.text.includes(control)), 10_000, 'the control marker in the gateway’s log');
    for (const source of ['gateway', 'antennas', 'reports', 'referrals', 'insights', 'community', 'nats-server']) {
      if (!sys.allLogLines().some((l) => l.source === source)) violations.push(`no log line of ${source} was read`);
    }
    const leaked = sys.allLogLines().filter((l) => l.text.includes(CANARY));
    for (const l of leaked.slice(0, 5)) violations.push(`canary in a log line of ${l.source}: ${l.text.split(CANARY).join('<canary>').slice(0, 300)}`);
    if (leaked.length > 5) violations.push(`… and ${leaked.length - 5} more log lines with the canary`);

    recordFigures('fuzz: every mutation', { seed: SEED, mutations: mutations.length, runsPerMutation: RUNS * 2, durationMs: Date.now() - t0, ...tally, logLines: sys.allLogLines().length, violations: violations.length });
    expect(violations.length ? [`seed ${SEED} (FAULTS_FUZZ_SEED)`, ...violations] : []).toEqual([]);
    expect(tally.calls).toBe(mutations.length * RUNS * 2);
  });
});
