import { waitFor } from '@prossimo/testing';
import { Baseline, Checker } from './support/checker';
import { FaultSystem } from './support/fault-system';
import { recordFigures } from './support/figures';
import { LoadGenerator } from './support/load';
import { injectPoison } from './support/poison';

/**
 * The broker fails under load: killed (SIGKILL) and started again on the same store, then stalled
 * (SIGSTOP) and let go (SIGCONT). Clients retry as the web app does; after healing, the checker
 * finds every acknowledged report exactly once and every invariant whole (docs/reliability.md).
 */
/** Each outage lasts at least this long: past the gateway's RPC timeout, a Retry-After and the relay's backoff. */
const DOWN_MS = 8000;

describe('faults: the broker', () => {
  let sys: FaultSystem;
  let checker: Checker;
  let base: Baseline;
  let load: LoadGenerator;
  const poison = { 'report.submitted.v1': 0 };

  beforeAll(async () => {
    sys = await FaultSystem.start({ name: 'broker' });
    checker = await Checker.open(sys);
    base = await checker.baseline();
    load = new LoadGenerator(sys, { rate: 10, concurrency: 12 });
    await load.login();
  });

  afterAll(async () => {
    await load?.stop();
    await checker?.close();
    await sys?.destroy();
  });

  const failuresSince = (t: number) => [...load.records.values()].filter((r) => r.firstAt >= t || (r.ackedAt ?? Infinity) >= t).reduce((n, r) => n + r.failures.length, 0);
  const ackedSince = (t: number) => [...load.records.values()].filter((r) => (r.ackedAt ?? 0) > t).length;

  async function healAndCheck(scenario: string, since: number, extra: Record<string, unknown>): Promise<void> {
    await load.stop();
    const healMs = await checker.healed();
    const result = await checker.check({ acked: load.acked(), unsettled: load.unsettled(), poison }, base);
    recordFigures(scenario, { ...extra, load: load.figures(since), healMs, ...result.figures });
    expect(load.badAnswers()).toEqual([]);
    expect(load.refused().map((r) => r.failures)).toEqual([]);
    expect(load.unsettled()).toEqual([]);
    expect(result.violations).toEqual([]);
  }

  it('killed with SIGKILL under load and started again: no acknowledged report lost, no effect doubled', async () => {
    const t0 = Date.now();
    load.start();
    await waitFor(() => ackedSince(t0) >= 40, 60_000, '40 reports acknowledged before the kill');
    await injectPoison(sys, 'broker-kill');
    poison['report.submitted.v1'] += 1;
    const killedAt = Date.now();
    await sys.nats.kill(0);
    // Down for eight seconds and until the clients have met it (each attempt is answered UNAVAILABLE, fast).
    await waitFor(() => failuresSince(killedAt) >= 10 && Date.now() - killedAt >= DOWN_MS, 60_000, 'clients to meet the outage');
    const restartedAt = Date.now();
    await sys.nats.startNode(0);
    await waitFor(() => ackedSince(restartedAt) >= 60, 120_000, '60 reports acknowledged after the restart');
    const firstAckAfter = Math.min(...[...load.records.values()].map((r) => r.ackedAt ?? Infinity).filter((t) => t > restartedAt));
    await healAndCheck('broker killed (SIGKILL) and restarted', t0, { downMs: restartedAt - killedAt, firstAckAfterRestartMs: firstAckAfter - restartedAt });
  });

  it('stalled with SIGSTOP under load and let go with SIGCONT: no acknowledged report lost, no effect doubled', async () => {
    const t0 = Date.now();
    load.start();
    await waitFor(() => ackedSince(t0) >= 30, 60_000, '30 reports acknowledged before the stall');
    const stalledAt = Date.now();
    sys.nats.stall(0);
    // Stalled for eight seconds and until the clients have met it: the gateway's calls time out and its breakers open.
    await waitFor(() => failuresSince(stalledAt) >= 8 && Date.now() - stalledAt >= DOWN_MS, 60_000, 'clients to meet the stall');
    const resumedAt = Date.now();
    sys.nats.resume(0);
    await waitFor(() => ackedSince(resumedAt) >= 60, 120_000, '60 reports acknowledged after the stall');
    const firstAckAfter = Math.min(...[...load.records.values()].map((r) => r.ackedAt ?? Infinity).filter((t) => t > resumedAt));
    await healAndCheck('broker stalled (SIGSTOP/SIGCONT)', t0, { stalledMs: resumedAt - stalledAt, firstAckAfterResumeMs: firstAckAfter - resumedAt });
  });
});
