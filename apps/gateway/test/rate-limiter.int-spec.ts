import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadSettings } from '@prossimo/platform';
import { TEST_KEYS, cloneDatabase, dropDatabase, query } from '@prossimo/testing';
import { GatewaySettings } from '../src/config/gateway.env';
import { GATEWAY_DATABASE } from '../src/database/gateway.database';
import { AccountBudget } from '../src/ratelimit/account-budget.service';
import { RateLimiter } from '../src/ratelimit/rate-limiter.service';

/** The lock-out counter on real PostgreSQL, with a clock the test moves across a window's edge. */
describe('RateLimiter (real PostgreSQL, injected clock)', () => {
  let dbUrl: string;
  let ds: DataSource;
  let nowMs = 0;
  let limiter: RateLimiter;
  const limit = { max: 5, windowSeconds: 900 };
  const WINDOW = 900_000;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    ds = new DataSource(dataSourceOptions(dbUrl, GATEWAY_DATABASE, 2));
    await ds.initialize();
    limiter = new RateLimiter(ds, () => new Date(nowMs));
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropDatabase(dbUrl);
  });

  it('locks after max failures even when they straddle the edge of a window', async () => {
    const edge = Math.ceil(Date.UTC(2026, 10, 25, 18, 44) / WINDOW) * WINDOW; // 18:45:00Z
    nowMs = edge - 2_000;
    for (let i = 0; i < 3; i++) await limiter.hit('k1', limit);
    nowMs = edge + 1_000;
    for (let i = 0; i < 2; i++) await limiter.hit('k1', limit);
    const state = await limiter.peek('k1', limit);
    expect(state).toMatchObject({ allowed: false, count: 5 });
    // Free again once this window ends: the earlier hits no longer count.
    nowMs = edge + WINDOW + 1_000;
    expect(await limiter.peek('k1', limit)).toMatchObject({ allowed: true, count: 2 });
  });

  it('stays open under the limit, and a clear forgets every window', async () => {
    nowMs = Date.UTC(2026, 10, 25, 12, 0);
    for (let i = 0; i < 4; i++) await limiter.hit('k2', limit);
    expect(await limiter.peek('k2', limit)).toMatchObject({ allowed: true, count: 4 });
    await limiter.hit('k2', limit);
    expect((await limiter.peek('k2', limit)).allowed).toBe(false);
    await limiter.clear('k2');
    expect(await limiter.peek('k2', limit)).toMatchObject({ allowed: true, count: 0 });
  });

  describe('AccountBudget: one budget per account across instances, written in batches', () => {
    const settings = loadSettings(GatewaySettings, { AUTH_PRIVATE_KEY: TEST_KEYS.privateKey, RATE_LIMIT_PER_ACCOUNT: '50' });
    const budgets: AccountBudget[] = [];
    const budget = (counters = limiter) => {
      const b = new AccountBudget(counters, settings, () => new Date(nowMs));
      budgets.push(b);
      return b;
    };
    afterAll(async () => {
      for (const b of budgets) await b.onModuleDestroy();
    });

    it('shares the budget between two instances, within a tenth of it per instance, with few writes', async () => {
      nowMs = Date.UTC(2026, 10, 25, 12, 30, 0, 500);
      const counters = new RateLimiter(ds, () => new Date(nowMs));
      const writes = jest.spyOn(counters, 'addMany');
      const [a, b] = [budget(counters), budget(counters)];
      const account = randomUUID();
      const answers: boolean[] = [];
      for (let i = 0; i < 120; i++) answers.push((await (i % 2 ? a : b).hit(account)).allowed);
      const allowed = answers.filter(Boolean).length;
      expect(allowed).toBeGreaterThanOrEqual(50);
      expect(allowed).toBeLessThanOrEqual(50 + 2 * 5);
      // Refused from then on, on both instances, until the minute ends.
      expect(answers.slice(-10)).toEqual(Array(10).fill(false));
      expect(writes.mock.calls.length).toBeLessThanOrEqual(Math.ceil(allowed / 5) + 2);
      expect(writes.mock.calls.length).toBeLessThan(answers.length / 4);
      // One row per account and minute, holding the total.
      const rows = await query<{ count: number }>(dbUrl, 'SELECT count FROM rate_limits WHERE key = $1', [`account:${account}`]);
      expect(rows).toHaveLength(1);
      expect(rows[0].count).toBeGreaterThanOrEqual(45);
      // Another account has its own budget; the next minute starts afresh.
      expect((await a.hit(randomUUID())).allowed).toBe(true);
      nowMs += 60_000;
      expect((await b.hit(account)).allowed).toBe(true);
    });

    it('keeps counting on its own when the database fails, and says when to retry', async () => {
      nowMs = Date.UTC(2026, 10, 25, 13, 0, 10);
      const broken = new RateLimiter(ds, () => new Date(nowMs));
      jest.spyOn(broken, 'addMany').mockRejectedValue(new Error('connection refused'));
      const alone = budget(broken);
      const account = randomUUID();
      const answers = [];
      for (let i = 0; i < 60; i++) answers.push(await alone.hit(account));
      expect(answers.filter((h) => h.allowed)).toHaveLength(50);
      expect(answers[59]).toMatchObject({ allowed: false, retryAfterSeconds: 50 });
    });
  });
});
