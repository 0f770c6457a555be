import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@prossimo/platform';
import { cloneDatabase, dropDatabase } from '@prossimo/testing';
import { GATEWAY_DATABASE } from '../src/database/gateway.database';
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
});
