import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { CLOCK, Clock } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { Hit, RateLimiter } from './rate-limiter.service';

const WINDOW_MS = 60_000;
const FLUSH_EVERY_MS = 1000;
/** After the database failed, how long to count in memory only before trying it again. */
const BACKOFF_MS = 5000;

/**
 * Requests per minute per signed-in account, shared by every gateway instance without a database
 * write per request. Each instance counts in memory and adds its counts to the account's row of the
 * minute (`rate_limits`, identity database) in one statement per flush: every second, and at once
 * when an account has made a tenth of its budget here since the last one. The answer is the
 * account's total across instances; once it reaches the budget the account is refused here until
 * the minute ends. At most about a tenth of the budget per instance can slip through between two
 * flushes. If the database is unavailable the instance keeps counting alone (its own budget still holds).
 */
@Injectable()
export class AccountBudget implements OnModuleDestroy {
  private readonly logger = new Logger('AccountBudget');
  private readonly max: number;
  private readonly flushAt: number;
  /** The minute the maps below are about (its start, ms). */
  private window = 0;
  /** Counts made here and not yet written. */
  private pending = new Map<string, number>();
  /** Counts on their way to the database (the flush in progress). */
  private writing = new Map<string, number>();
  /** Each account's total across instances, as the last flush returned it. */
  private shared = new Map<string, number>();
  private flushing: Promise<void> | null = null;
  private backoffUntil = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly counters: RateLimiter,
    @Inject(GATEWAY_SETTINGS) settings: GatewaySettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {
    this.max = settings.RATE_LIMIT_PER_ACCOUNT;
    this.flushAt = Math.max(1, Math.ceil(this.max / 10));
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  /** Counts one request of the account and says whether it is within the budget. */
  async hit(accountId: string): Promise<Hit> {
    const key = `account:${accountId}`;
    const retryAfterSeconds = this.roll();
    let mine = this.pending.get(key) ?? 0;
    if (mine + 1 >= this.flushAt && this.now().getTime() >= this.backoffUntil) {
      // Learn what the other instances counted before deciding, and tell them ours.
      await this.flush();
      this.roll();
      mine = this.pending.get(key) ?? 0;
    }
    const used = (this.shared.get(key) ?? 0) + (this.writing.get(key) ?? 0) + mine;
    if (used >= this.max) return { allowed: false, count: used, retryAfterSeconds };
    this.pending.set(key, mine + 1);
    return { allowed: true, count: used + 1, retryAfterSeconds };
  }

  /** Writes the counts made here since the last flush and learns the totals (one statement). */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = null));
    return this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** Starts a new minute when this one is over; the seconds left in it. */
  private roll(): number {
    const t = this.now().getTime();
    const window = Math.floor(t / WINDOW_MS) * WINDOW_MS;
    if (window !== this.window) {
      this.window = window;
      this.pending = new Map();
      this.writing = new Map();
      this.shared = new Map();
    }
    return Math.max(1, Math.ceil((window + WINDOW_MS - t) / 1000));
  }

  private async write(): Promise<void> {
    this.roll();
    const window = this.window;
    const batch = this.pending;
    if (batch.size === 0) return;
    this.pending = new Map();
    this.writing = batch;
    try {
      const totals = await this.counters.addMany(new Date(window), batch);
      if (this.window === window) for (const [key, total] of totals) this.shared.set(key, total);
    } catch (err) {
      // Keep the counts (the budget still holds on this instance) and try again later.
      if (this.window === window) for (const [key, n] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + n);
      this.backoffUntil = this.now().getTime() + BACKOFF_MS;
      this.logger.warn({ err: (err as Error).message }, 'per-account counts not written; counting on this instance only for now');
    } finally {
      this.writing = new Map();
    }
  }
}
