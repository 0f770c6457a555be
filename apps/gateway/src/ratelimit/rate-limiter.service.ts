import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '@prossimo/platform';

export interface Limit {
  /** How many in one window. */
  max: number;
  windowSeconds: number;
}

export interface Hit {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counters per key in fixed windows, in PostgreSQL, for what must hold across all gateway
 * instances and restarts: the login lock-out (one upsert per failure, never per request) and the
 * per-account budget (AccountBudget adds each instance's counts in one statement per flush).
 * Per-address limits are not here: they are counted in memory (AddressLimiter).
 */
@Injectable()
export class RateLimiter {
  private hits = 0;

  constructor(
    private readonly ds: DataSource,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  private window(limit: Limit): { start: Date; retryAfterSeconds: number } {
    const ms = limit.windowSeconds * 1000;
    const t = this.now().getTime();
    const start = Math.floor(t / ms) * ms;
    return { start: new Date(start), retryAfterSeconds: Math.max(1, Math.ceil((start + ms - t) / 1000)) };
  }

  /** Counts one hit and says whether it is within the limit. */
  async hit(key: string, limit: Limit): Promise<Hit> {
    const w = this.window(limit);
    const [row] = await this.ds.query<{ count: number }[]>(
      `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1 RETURNING count`,
      [key, w.start],
    );
    if (++this.hits % 500 === 0) void this.cleanup();
    return { allowed: row.count <= limit.max, count: row.count, retryAfterSeconds: w.retryAfterSeconds };
  }

  /**
   * The count in this window and the one before, without counting a hit: hits that straddle a
   * window's edge still add up (a lock-out after five failures holds even when the fifth falls in
   * the next window), so a lock lasts at least one window and at most two.
   */
  async peek(key: string, limit: Limit): Promise<Hit> {
    const w = this.window(limit);
    const previous = new Date(w.start.getTime() - limit.windowSeconds * 1000);
    const rows = await this.ds.query<{
      window_start: Date;
      count: number;
    }[]>(`SELECT window_start, count FROM rate_limits WHERE key = $1 AND window_start IN ($2, $3)`, [key, w.start, previous]);
    const count = rows.reduce((sum, r) => sum + r.count, 0);
    // Locked: free again when this window ends (the hits of the previous one stop counting then).
    return { allowed: count < limit.max, count, retryAfterSeconds: w.retryAfterSeconds };
  }

  /**
   * Adds several keys' counts to one window in one statement and returns each key's total in it
   * (this instance's counts and every other instance's).
   */
  async addMany(windowStart: Date, counts: ReadonlyMap<string, number>): Promise<Map<string, number>> {
    if (counts.size === 0) return new Map();
    const rows = await this.ds.query<{ key: string; count: number }[]>(
      `INSERT INTO rate_limits (key, window_start, count)
       SELECT k, $1, c FROM unnest($2::text[], $3::int[]) AS t(k, c)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + EXCLUDED.count RETURNING key, count`,
      [windowStart, [...counts.keys()], [...counts.values()]],
    );
    if (++this.hits % 500 === 0) void this.cleanup();
    return new Map(rows.map((r) => [r.key, r.count]));
  }

  async clear(key: string): Promise<void> {
    await this.ds.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
  }

  private async cleanup(): Promise<void> {
    await this.ds.query(`DELETE FROM rate_limits WHERE window_start < $1`, [new Date(this.now().getTime() - 24 * 3600 * 1000)]).catch(() => undefined);
  }
}
