import { waitFor } from '@prossimo/testing';
import { Baseline, Checker } from './support/checker';
import { FaultSystem } from './support/fault-system';
import { recordFigures } from './support/figures';
import { ANTENNAS, AntennaInput, LoadGenerator } from './support/load';

/**
 * PostgreSQL connections dropped under load by the suite's TCP proxy (every service reaches its
 * database through it): first flaps (every open connection cut, mid-transaction or not, and new
 * ones let in at once), then an outage (connections cut and refused for eight seconds and until the
 * clients have met it). Transactions the cut interrupted roll back; the services answer UNAVAILABLE; clients retry
 * with the same ids; consumers redeliver; after healing nothing is lost, doubled or half-written.
 */
/** The outage lasts at least this long (longer than a retry's Retry-After and the consumers' first backoffs). */
const OUTAGE_MS = 8000;

describe('faults: PostgreSQL connections dropped mid-transaction', () => {
  let sys: FaultSystem;
  let checker: Checker;
  let base: Baseline;
  let reports: LoadGenerator;
  let antennas: LoadGenerator<AntennaInput>;

  beforeAll(async () => {
    sys = await FaultSystem.start({ name: 'postgres' });
    checker = await Checker.open(sys);
    base = await checker.baseline();
    reports = new LoadGenerator(sys, { rate: 10, concurrency: 12 });
    antennas = new LoadGenerator(sys, { rate: 1, concurrency: 2 }, ANTENNAS);
    await reports.login();
    await antennas.login();
  });

  afterAll(async () => {
    await reports?.stop();
    await antennas?.stop();
    await checker?.close();
    await sys?.destroy();
  });

  const ackedSince = (t: number) => [...reports.records.values()].filter((r) => (r.ackedAt ?? 0) > t).length;
  const failuresSince = (t: number) => [...reports.records.values()].filter((r) => (r.ackedAt ?? Infinity) >= t).reduce((n, r) => n + r.failures.length, 0);

  it('cut five times under load, then refused for a while: every acknowledged write exists once, nothing half-written', async () => {
    const t0 = Date.now();
    reports.start();
    antennas.start();
    await waitFor(() => ackedSince(t0) >= 30, 60_000, 'load under way');
    const logsBefore = sys.logs.length;

    // Flaps: every open connection dropped at once, wherever its transaction was; new ones let in.
    for (let i = 0; i < 5; i++) {
      const mark = Date.now();
      sys.proxy.cut();
      sys.proxy.heal();
      await waitFor(() => ackedSince(mark) >= 15, 60_000, `writes to go through again after cut ${i + 1}`);
    }

    // An outage: cut and refused until the clients have met it, then let in again.
    const downAt = Date.now();
    sys.proxy.cut();
    await waitFor(() => failuresSince(downAt) >= 10 && Date.now() - downAt >= OUTAGE_MS, 60_000, 'clients to meet the outage');
    const upAt = Date.now();
    sys.proxy.heal();
    await waitFor(() => ackedSince(upAt) >= 30, 120_000, 'writes to go through after the outage');
    const firstAckAfter = Math.min(...[...reports.records.values()].map((r) => r.ackedAt ?? Infinity).filter((t) => t > upAt));

    await Promise.all([reports.stop(), antennas.stop()]);
    const healMs = await checker.healed();
    const result = await checker.check({ acked: reports.acked(), unsettled: reports.unsettled(), antennas: antennas.acked() }, base);
    const interrupted = sys.logs.slice(logsBefore).filter((l) => /Connection terminated|connection.*(closed|ended|reset)|ECONNRESET|ECONNREFUSED/i.test(l.text));
    recordFigures('postgres connections cut (5 flaps, then an outage)', {
      outageMs: upAt - downAt,
      firstAckAfterOutageMs: firstAckAfter - upAt,
      logLinesAboutCutConnections: interrupted.length,
      load: reports.figures(t0),
      antennaLoad: antennas.figures(t0),
      healMs,
      ...result.figures,
    });
    for (const g of [reports, antennas] as LoadGenerator<{ id: string }>[]) {
      expect(g.badAnswers()).toEqual([]);
      expect(g.refused().map((r) => r.failures)).toEqual([]);
      expect(g.unsettled()).toEqual([]);
    }
    // Every service outlived the cuts (an unhandled pool error would have killed it).
    expect(sys.exits).toEqual([]);
    expect(result.violations).toEqual([]);
  });
});
