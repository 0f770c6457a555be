import { randomUUID } from 'node:crypto';
import { waitFor } from '@prossimo/testing';
import { Baseline, Checker, Expectations } from './support/checker';
import { FaultSystem } from './support/fault-system';
import { recordFigures } from './support/figures';
import { LoadGenerator, ReportInput, SUBMIT, reportInput } from './support/load';
import { injectPoison } from './support/poison';

/** Ids submitted concurrently, and how many submits race for each. */
const IDS = 40;
const RACERS = 5;

/**
 * The same client-made id submitted several times at once: with different content (other subject
 * details each time), exactly one report per id exists, every other submit is CONFLICT, and the
 * losers leave no sealed subject behind; with the same content, every submit answers the one
 * report. Then the checker is shown to catch each kind of damage it looks for.
 */
describe('faults: concurrent submits of one id', () => {
  let sys: FaultSystem;
  let checker: Checker;
  let base: Baseline;
  let token: string;
  const acked = new Set<string>();

  beforeAll(async () => {
    sys = await FaultSystem.start({ name: 'same-id' });
    checker = await Checker.open(sys);
    base = await checker.baseline();
    token = await sys.login('antenna@prossimo.example');
  });

  afterAll(async () => {
    await checker?.close();
    await sys?.destroy();
  });

  const submit = (input: ReportInput) => sys.gql<{ submitReport: { id: string } }>(SUBMIT, { input }, token);

  it('different content under one id: one report, every other submit CONFLICT, no subject left behind; the same content: one report for all', async () => {
    const subjectsBefore = await checker.one('reports', 'SELECT count(*) AS n FROM subjects');
    const t0 = Date.now();
    const groups = Array.from({ length: IDS }, () => {
      const id = randomUUID();
      return Array.from({ length: RACERS }, (_, i) => reportInput({ id, subject: { name: `Persona ${id.slice(0, 8)} ${i}`, address: `Via ${i + 1}` } }));
    });
    const answers = await Promise.all(groups.map((g) => Promise.all(g.map(submit))));
    const racingMs = Date.now() - t0;
    const statuses: Record<string, number> = {};
    for (const [g, group] of answers.entries()) {
      const ok = group.filter((a) => a.data?.submitReport?.id === groups[g][0].id);
      const codes = group.filter((a) => !a.data?.submitReport).map((a) => `${a.status} ${a.errors?.[0]?.extensions?.code}`);
      for (const a of group) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      expect({ id: groups[g][0].id, ok: ok.length, refused: codes }).toEqual({ id: groups[g][0].id, ok: 1, refused: Array(RACERS - 1).fill('409 CONFLICT') });
      acked.add(groups[g][0].id);
      // The winner's content is the report's: sending it again is a harmless retry, a loser's is CONFLICT.
      const winner = groups[g][group.findIndex((a) => a.data?.submitReport)];
      const loser = groups[g].find((x) => x !== winner)!;
      expect((await submit(winner)).data?.submitReport?.id).toBe(winner.id);
      expect((await submit(loser)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
    }
    expect(await checker.one('reports', 'SELECT count(*) AS n FROM reports WHERE id = ANY($1::uuid[])', [[...acked]])).toBe(IDS);
    // One subject per winner (each a different person), none of the losers'.
    expect((await checker.one('reports', 'SELECT count(*) AS n FROM subjects')) - subjectsBefore).toBe(IDS);

    // The same content raced: every submit gets the one report.
    const same = Array.from({ length: 10 }, () => reportInput({ subject: { name: `Stessa persona ${randomUUID().slice(0, 8)}` } }));
    const sameAnswers = await Promise.all(same.map((input) => Promise.all(Array.from({ length: RACERS }, () => submit(input)))));
    for (const [i, group] of sameAnswers.entries()) {
      expect(group.map((a) => a.data?.submitReport?.id ?? a.errors?.[0]?.extensions?.code)).toEqual(Array(RACERS).fill(same[i].id));
      acked.add(same[i].id);
    }

    const healMs = await checker.healed();
    const result = await checker.check({ acked: [...acked] }, base);
    recordFigures('concurrent submits of one id', { ids: IDS, racersPerId: RACERS, racingMs, statuses, sameContentIds: same.length, healMs, ...result.figures });
    expect(result.violations).toEqual([]);
  });

  describe('the checker catches each kind of damage (every check can fail)', () => {
    let expectations: Expectations;
    let reportId: string;

    beforeAll(async () => {
      expectations = { acked: [...acked] };
      const load = new LoadGenerator(sys, { rate: 10, concurrency: 4 });
      await load.submitN(5);
      expectations.acked.push(...load.acked());
      await checker.healed();
      expect((await checker.check(expectations, base)).violations).toEqual([]);
      reportId = load.acked()[0];
    });

    /** Damages the system, expects the checker to say so, repairs it, and expects a clean check again. */
    async function caught(damage: () => Promise<unknown>, repair: () => Promise<unknown>, says: RegExp, exp: Expectations = expectations): Promise<void> {
      await damage();
      try {
        const { violations } = await checker.check(exp, base);
        expect(violations.join('\n')).toMatch(says);
      } finally {
        await repair();
      }
      expect((await checker.check(expectations, base)).violations).toEqual([]);
    }

    it('an acknowledged report that does not exist', async () => {
      await caught(async () => undefined, async () => undefined, /acknowledged reports missing: 1/, { ...expectations, acked: [...expectations.acked, randomUUID()] });
    });

    it('a subjects row without a report', async () => {
      const id = randomUUID();
      await caught(
        () => checker.rows('reports', `INSERT INTO subjects (id, municipality, key_id, created_at) SELECT $1, municipality, key_id, now() FROM subjects LIMIT 1`, [id]),
        () => checker.rows('reports', 'DELETE FROM subjects WHERE id = $1', [id]),
        /subjects rows without a report: 1/,
      );
    });

    it('a report without an owner desk', async () => {
      const [{ owner }] = await checker.rows<{ owner: string }>('reports', 'SELECT owner_desk_id AS owner FROM reports WHERE id = $1', [reportId]);
      // The schema forbids it (a foreign key): only with the constraint triggers off for this session.
      await caught(
        async () => {
          await checker.rows('reports', 'SET session_replication_role = replica');
          await checker.rows('reports', 'UPDATE reports SET owner_desk_id = $2 WHERE id = $1', [reportId, randomUUID()]);
          await checker.rows('reports', 'SET session_replication_role = DEFAULT');
        },
        () => checker.rows('reports', 'UPDATE reports SET owner_desk_id = $2 WHERE id = $1', [reportId, owner]),
        /reports without an owner desk: 1/,
      );
    });

    it('a need left with no live referral and no alert, and a need with two', async () => {
      // A referral of a report that leaves a demo service free (there are three).
      const [r] = await checker.rows<{ id: string; status: string }>('referrals', `SELECT id, status FROM referrals WHERE report_id IN (SELECT report_id FROM referrals GROUP BY 1 HAVING count(*) < 3) LIMIT 1`);
      await caught(
        () => checker.rows('referrals', `UPDATE referrals SET status = 'CANCELLED' WHERE id = $1`, [r.id]),
        () => checker.rows('referrals', 'UPDATE referrals SET status = $2 WHERE id = $1', [r.id, r.status]),
        /needs with no live referral and no alerted owner: [1-9]/,
      );
      const copy = randomUUID();
      await caught(
        // A copy of it, at another service: two live referrals hold the same needs.
        () =>
          checker.rows(
            'referrals',
            `INSERT INTO referrals SELECT (jsonb_populate_record(NULL::referrals, to_jsonb(r) || jsonb_build_object('id', $2::text, 'service_id', (SELECT s.id FROM services s WHERE s.id NOT IN (SELECT o.service_id FROM referrals o WHERE o.report_id = r.report_id) LIMIT 1)))).* FROM referrals r WHERE r.id = $1`,
            [r.id, copy],
          ),
        () => checker.rows('referrals', 'DELETE FROM referrals WHERE id = $1', [copy]),
        /needs with more than one live referral: [1-9][\s\S]*referrals \d+ but the reports service knows/,
      );
    });

    it('an effect missed (an inbox row short of the stream) or applied twice (a counter too high)', async () => {
      const [row] = await checker.rows<{ event_id: string }>('antennas', `SELECT * FROM inbox WHERE consumer = 'antennas' LIMIT 1`);
      await caught(
        () => checker.rows('antennas', 'DELETE FROM inbox WHERE consumer = $1 AND event_id = $2', ['antennas', row.event_id]),
        () => checker.rows('antennas', 'INSERT INTO inbox SELECT * FROM json_populate_record(NULL::inbox, $1::json)', [JSON.stringify(row)]),
        /antennas: \d+ report\.submitted\.v1 in its inbox, \d+ on the stream/,
      );
      await caught(
        () => checker.rows('insights', 'UPDATE report_totals SET count = count + 1 WHERE ctid = (SELECT ctid FROM report_totals LIMIT 1)'),
        () => checker.rows('insights', 'UPDATE report_totals SET count = count - 1 WHERE ctid = (SELECT ctid FROM report_totals LIMIT 1)'),
        /insights counted \d+ reports, \d+ were made/,
      );
    });

    it('an outbox row set aside, and a dead letter nobody injected', async () => {
      const eventId = randomUUID();
      await caught(
        () => checker.rows('referrals', `INSERT INTO outbox (event_id, subject, payload, failed_at, attempts) VALUES ($1, 'x', '{}', now(), 10)`, [eventId]),
        () => checker.rows('referrals', 'DELETE FROM outbox WHERE event_id = $1', [eventId]),
        /referrals: 1 outbox rows set aside/,
      );
      await injectPoison(sys, 'not-declared');
      await waitFor(async () => (await checker.backlog()).ackPending === 0 && (await checker.check({ ...expectations, poison: { 'report.submitted.v1': 1 } }, base)).violations.length === 0, 30_000, 'the poison to be dead-lettered');
      const undeclared = await checker.check(expectations, base);
      expect(undeclared.violations.join('\n')).toMatch(/dead letters: 3, injected poison accounts for 0/);
      expect(undeclared.violations.join('\n')).toMatch(/referrals: \d+ report\.submitted\.v1 in its inbox, \d+ on the stream/);
    });
  });
});
