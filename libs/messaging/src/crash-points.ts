/**
 * Test-only crash points (the fault suite, docs/reliability.md): a service started with
 * FAULT_CRASH_AT set dies with `process.exit(CRASH_EXIT_CODE)` the FAULT_CRASH_AFTER-th time it
 * passes that point, so the suite can prove that a crash exactly there loses and doubles nothing.
 * The settings refuse them when NODE_ENV=production; unset, every call here is a no-op.
 *
 * - `after-commit-before-publish`: a transaction that wrote outbox rows has committed; the relay
 *   has not published them and the caller has not been answered.
 * - `after-publish-before-mark`: JetStream acknowledged a batch; the rows are not yet marked
 *   published (they will be published again: the duplicate window and the inboxes drop them).
 * - `after-effect-before-ack`: a consumer's effect and inbox row have committed; the message is
 *   not acknowledged (it is redelivered after the ack wait: the inbox drops it).
 */
export const CRASH_POINTS = ['after-commit-before-publish', 'after-publish-before-mark', 'after-effect-before-ack'] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

/** The exit code of a process that stopped at a crash point (the suite tells it from a real failure). */
export const CRASH_EXIT_CODE = 86;

export interface CrashPlan {
  at: CrashPoint;
  /** Crash the Nth time the point is passed (1: the first time). */
  after: number;
}

export class CrashPoints {
  private passed = 0;

  constructor(
    private readonly plan: CrashPlan | null,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {}

  static none(): CrashPoints {
    return new CrashPoints(null);
  }

  /** Called at each point; dies there on the planned pass. */
  reached(point: CrashPoint, what: string): void {
    if (!this.plan || this.plan.at !== point) return;
    this.passed += 1;
    if (this.passed < this.plan.after) return;
    // Synchronous (a pipe on Linux), so the line is out before the process is.
    process.stderr.write(`${JSON.stringify({ level: 60, time: Date.now(), context: 'CrashPoints', msg: `fault injection: exiting at ${point} (${what}), pass ${this.passed}` })}\n`);
    this.exit(CRASH_EXIT_CODE);
  }
}
