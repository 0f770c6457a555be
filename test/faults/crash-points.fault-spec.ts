import { CRASH_EXIT_CODE, CrashPoint } from '@prossimo/messaging';
import { waitFor } from '@prossimo/testing';
import { ServiceKey } from '../../scripts/services';
import { Baseline, Checker } from './support/checker';
import { FaultSystem } from './support/fault-system';
import { recordFigures } from './support/figures';
import { ANTENNAS, AntennaInput, LoadGenerator } from './support/load';

/**
 * Each service killed at each crash point of libs/messaging (the test-only FAULT_CRASH_AT
 * setting): the service is started again with it under load, dies there (exit code 86), is
 * started again without it, and the checker proves nothing was lost or doubled. The points a
 * service never passes are left out: insights publishes no events (no outbox), and the antennas
 * service's outbox is driven by an ADMIN proposing antennas while reports arrive.
 */
const CASES: { service: ServiceKey; at: CrashPoint; driver: 'reports' | 'antennas' }[] = [
  { service: 'reports', at: 'after-commit-before-publish', driver: 'reports' },
  { service: 'reports', at: 'after-publish-before-mark', driver: 'reports' },
  { service: 'reports', at: 'after-effect-before-ack', driver: 'reports' },
  { service: 'referrals', at: 'after-commit-before-publish', driver: 'reports' },
  { service: 'referrals', at: 'after-publish-before-mark', driver: 'reports' },
  { service: 'referrals', at: 'after-effect-before-ack', driver: 'reports' },
  { service: 'antennas', at: 'after-commit-before-publish', driver: 'antennas' },
  { service: 'antennas', at: 'after-publish-before-mark', driver: 'antennas' },
  { service: 'antennas', at: 'after-effect-before-ack', driver: 'reports' },
  { service: 'insights', at: 'after-effect-before-ack', driver: 'reports' },
];

/** The crash comes on this pass of the point, so that the service is busy when it dies. */
const AFTER = 3;

describe('faults: each service killed at each crash point', () => {
  let sys: FaultSystem;
  let checker: Checker;
  let base: Baseline;
  let reports: LoadGenerator;
  let antennas: LoadGenerator<AntennaInput>;

  beforeAll(async () => {
    sys = await FaultSystem.start({ name: 'crash-points' });
    checker = await Checker.open(sys);
    base = await checker.baseline();
    reports = new LoadGenerator(sys, { rate: 8, concurrency: 10 });
    antennas = new LoadGenerator(sys, { rate: 2, concurrency: 4 }, ANTENNAS);
    await reports.login();
    await antennas.login();
  });

  afterAll(async () => {
    await reports?.stop();
    await antennas?.stop();
    await checker?.close();
    await sys?.destroy();
  });

  const ackedSince = (g: LoadGenerator<{ id: string }>, t: number) => [...g.records.values()].filter((r) => (r.ackedAt ?? 0) > t).length;

  async function healAndCheck(scenario: string, since: number, extra: Record<string, unknown>): Promise<void> {
    await Promise.all([reports.stop(), antennas.stop()]);
    const healMs = await checker.healed();
    const result = await checker.check({ acked: reports.acked(), unsettled: reports.unsettled(), antennas: antennas.acked() }, base);
    recordFigures(scenario, { ...extra, load: reports.figures(since), antennaLoad: antennas.figures(since), healMs, ...result.figures });
    for (const g of [reports, antennas] as LoadGenerator<{ id: string }>[]) {
      expect(g.badAnswers()).toEqual([]);
      expect(g.refused().map((r) => r.failures)).toEqual([]);
      expect(g.unsettled()).toEqual([]);
    }
    expect(result.violations).toEqual([]);
  }

  it.each(CASES)('$service killed at $at: nothing lost, nothing doubled', async ({ service, at, driver }) => {
    const t0 = Date.now();
    const load = driver === 'antennas' ? antennas : reports;
    reports.start();
    if (driver === 'antennas') antennas.start();
    await waitFor(() => ackedSince(load, t0) >= 5, 60_000, 'load under way');

    // Started again with the crash point set; it dies there on its third pass.
    await sys.kill(service, 'SIGTERM');
    sys.launch(service, { FAULT_CRASH_AT: at, FAULT_CRASH_AFTER: String(AFTER) });
    const code = await sys.waitForExit(service, 120_000);
    const crashedAt = Date.now();
    expect(code).toBe(CRASH_EXIT_CODE);
    // What the dead process had been given: settled (redelivered and acknowledged) when the ack floor passes it.
    const consumer = service as Exclude<ServiceKey, 'gateway'>;
    const given = (await checker.consumer(consumer)).delivered;
    const settled = waitFor(async () => (await checker.consumer(consumer)).ackFloor >= given && Date.now(), 120_000, `${service} to settle what it held when it died`, 200);
    expect(sys.logs.some((l) => l.source === service && l.text.includes(`fault injection: exiting at ${at}`))).toBe(true);

    // Started again as the launcher does (without the setting); the load goes on meanwhile.
    sys.launch(service);
    await sys.waitHealthy();
    const healthyAt = Date.now();
    await waitFor(() => ackedSince(load, healthyAt) >= 20, 120_000, 'the load to go on after the restart');
    const settledAfterCrashMs = (await settled) - crashedAt;
    await healAndCheck(`${service} crashed at ${at}`, t0, { crashPoint: at, pass: AFTER, healthyAfterCrashMs: healthyAt - crashedAt, settledAfterCrashMs });
  });

  it('the gateway killed with SIGKILL under load: clients retry, nothing lost, nothing doubled', async () => {
    const t0 = Date.now();
    reports.start();
    await waitFor(() => ackedSince(reports, t0) >= 20, 60_000, 'load under way');
    const killedAt = Date.now();
    await sys.kill('gateway');
    await waitFor(() => [...reports.records.values()].some((r) => r.failures.includes('NETWORK') && r.firstAt >= t0), 30_000, 'clients to meet the closed port');
    sys.launch('gateway');
    await sys.waitHealthy();
    const healthyAt = Date.now();
    await waitFor(() => ackedSince(reports, healthyAt) >= 20, 120_000, 'the load to go on after the restart');
    await healAndCheck('gateway killed (SIGKILL)', t0, { healthyAfterKillMs: healthyAt - killedAt });
  });
});
