import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, Clock, SETTINGS, Transactions, PeriodicJob } from '@prossimo/platform';
import { ReferralsSettings } from '../config/referrals.env';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { ReferralsService } from '../referrals/referrals.service';
import { TimersRepository } from './timers.repository';

export interface SweepResult {
  fired: number;
  expired: number;
  alerted: number;
  /** Timers left for a later sweep because their referral was busy in another transaction. */
  deferred: number;
}

/**
 * Fires due SLA timers. Each timer is claimed with FOR UPDATE SKIP LOCKED and settled in its own
 * transaction together with its effect (cancel + re-route, or an alert), so any number of
 * replicas can sweep at once and each timer fires exactly once; a crash mid-way rolls back and
 * the timer is fired by the next sweep. Time comes from the injected clock.
 */
@Injectable()
export class SlaSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaSweeper');
  private readonly me = `${hostname()}:${process.pid}`;
  private readonly job = new PeriodicJob('SLA sweep', () => this.sweepOnce(), this.logger);

  constructor(
    private readonly tx: Transactions,
    private readonly timers: TimersRepository,
    private readonly referralsRepo: ReferralsRepository,
    private readonly referrals: ReferralsService,
    @Inject(SETTINGS) private readonly settings: ReferralsSettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.settings.SLA_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One sweep of up to SLA_SWEEP_BATCH due timers (a sweep already running is joined, not doubled). */
  sweep(): Promise<SweepResult> {
    return this.job.run();
  }

  private async sweepOnce(): Promise<SweepResult> {
    const result: SweepResult = { fired: 0, expired: 0, alerted: 0, deferred: 0 };
    const busy = new Set<string>();
    for (let i = 0; i < this.settings.SLA_SWEEP_BATCH; i++) {
      const outcome = await this.tx.run(async (em) => {
        const [t] = (await this.timers.claimDue(em, this.now(), busy.size + 1)).filter((x) => !busy.has(x.id));
        if (!t) return null;
        const r = await this.referralsRepo.lockReferralIfFree(em, t.referralId);
        if (!r) {
          busy.add(t.id);
          return 'deferred' as const;
        }
        const effect = await this.referrals.expire(em, r, t.kind);
        await this.timers.markFired(em, t.id, this.now(), this.me);
        return effect;
      });
      if (outcome === null) break;
      if (outcome === 'deferred') result.deferred += 1;
      else {
        result.fired += 1;
        if (outcome === 'expired') result.expired += 1;
        if (outcome === 'alerted') result.alerted += 1;
      }
    }
    if (result.fired > 0) this.logger.log(result, 'SLA timers fired');
    return result;
  }
}
