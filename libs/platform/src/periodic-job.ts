import { Logger } from '@nestjs/common';

/**
 * Work a service repeats on a timer (the sweepers): started at bootstrap with an interval from its
 * settings (0 = off), never two runs at once (a tick while a run is going is skipped; `run()`
 * joins the run going), a failed run logged and the next tick tried again, and on shutdown the
 * timer stopped and the run going awaited. The owner calls `start` in `onApplicationBootstrap`
 * and `stop` in `onApplicationShutdown`.
 */
export class PeriodicJob<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<T> | null = null;

  constructor(
    /** What the job does, as its failure is logged: "SLA sweep" logs "SLA sweep failed". */
    readonly name: string,
    private readonly work: () => Promise<T>,
    private readonly logger: Logger,
    /** `message`: log only the error's message (for work near personal data); `full` logs the error object. */
    private readonly errorDetail: 'full' | 'message' = 'full',
  ) {}

  /** Ticks every `everyMs` (0 = never: the job runs only when asked). The timer keeps no process alive. */
  start(everyMs: number): void {
    if (!everyMs || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.run().catch((err: unknown) => {
        if (this.errorDetail === 'message') this.logger.error(`${this.name} failed: ${(err as Error).message}`);
        else this.logger.error({ err }, `${this.name} failed`);
      });
    }, everyMs);
    this.timer.unref();
  }

  /** One run now; a run already going is joined, not doubled. */
  run(): Promise<T> {
    if (this.running) return this.running;
    this.running = this.work().finally(() => (this.running = null));
    return this.running;
  }

  /** Stops the timer and waits for the run going, if any (its failure is already logged or its caller's). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
