import { randomUUID } from 'node:crypto';
import { AgeBand, Need, Urgency } from '@prossimo/contracts';
import { FaultSystem } from './fault-system';

export const SUBMIT = 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id status } }';

/** Neighbourhoods of the demo city, needs and bands to draw reports from. */
const NEIGHBOURHOODS = ['crocetta', 'balsamo', 'cinisello', 'bellaria', 'sant-eusebio', 'nigozza', 'robecco', 'cornaggia'];
const NEEDS = Object.values(Need);
const URGENCIES = [Urgency.LOW, Urgency.MEDIUM, Urgency.HIGH, Urgency.LOW, Urgency.MEDIUM, Urgency.EMERGENCY];
const AGE_BANDS = Object.values(AgeBand);
/** A few people flagged more than once (their reports share a subject in the vault). */
const PEOPLE = ['Maria Rossi', 'Giuseppe Bianchi', 'Anna Colombo', 'Luigi Ferrari', 'Rosa Esposito'];

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];

export interface ReportInput {
  id: string;
  neighbourhoodCode: string;
  needs: Need[];
  urgency: Urgency;
  ageBand: AgeBand;
  description: string;
  consentToContact: boolean;
  subject?: { name?: string; address?: string; phone?: string };
}

let serial = 0;
/** A plausible report with a client-made id. */
export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  serial += 1;
  const needs = [...new Set(Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => pick(NEEDS)))];
  const someone = Math.random() < 0.3 ? pick(PEOPLE) : null;
  return {
    id: randomUUID(),
    neighbourhoodCode: pick(NEIGHBOURHOODS),
    needs,
    urgency: pick(URGENCIES),
    ageBand: pick(AGE_BANDS),
    description: `segnalazione di prova ${serial}: non si vede da qualche giorno`,
    consentToContact: Math.random() < 0.5,
    ...(someone ? { subject: { name: someone, address: `Via Roma ${1 + Math.floor(Math.random() * 3)}` } } : {}),
    ...overrides,
  };
}

/** A demo antenna's position in Crocetta, for proposed antennas. */
const CROCETTA = { lat: 45.5448, lng: 9.2087 };

export interface AntennaInput {
  id: string;
  name: string;
  kind: 'SHOP';
  address: string;
  position: { lat: number; lng: number };
}

/** What a generator sends: as whom, which mutation, and how each input is made. */
export interface Workload<I extends { id: string }> {
  account: string;
  mutation: string;
  /** The mutation's field in the answer (its `id` must be the input's). */
  field: string;
  make: () => I;
}

export const REPORTS: Workload<ReportInput> = { account: 'antenna@prossimo.example', mutation: SUBMIT, field: 'submitReport', make: () => reportInput() };

/** An ADMIN proposing antennas: each a write with its event in the antennas service's outbox. */
export const ANTENNAS: Workload<AntennaInput> = {
  account: 'admin@prossimo.example',
  mutation: 'mutation($input: ProposeAntennaInput!) { proposeAntenna(input: $input) { id status } }',
  field: 'proposeAntenna',
  make: () => {
    serial += 1;
    return { id: randomUUID(), name: `Antenna di prova ${serial}`, kind: 'SHOP', address: `Via Crocetta ${serial}`, position: { lat: CROCETTA.lat + (Math.random() - 0.5) * 0.0008, lng: CROCETTA.lng + (Math.random() - 0.5) * 0.0008 } };
  },
};

export type Outcome = 'acked' | 'refused' | 'gave-up' | 'in-flight';

export interface SubmitRecord<I extends { id: string } = { id: string }> {
  input: I;
  firstAt: number;
  ackedAt: number | null;
  attempts: number;
  /** The code of every failed attempt: an error code, NETWORK, or HTTP_<status>. */
  failures: string[];
  outcome: Outcome;
  /** A 5xx other than 503 or a body that was not GraphQL: never expected. */
  bad: string[];
}

export interface LoadOptions {
  /** New reports per second. */
  rate: number;
  /** Submits in flight at most (new ones and retries together). */
  concurrency: number;
  /** A report still not acknowledged after this long is given up (it may or may not exist). */
  giveUpAfterMs?: number;
  /** A label to tell several generators apart in the figures. */
  label?: string;
}

const RETRYABLE = new Set(['NETWORK', 'UNAVAILABLE', 'RATE_LIMITED', 'HTTP_502', 'HTTP_504']);
const BASE_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 5000;

/**
 * Submits reports over GraphQL as the demo antenna (or, with ANTENNAS, proposes antennas as the
 * demo ADMIN), as the web app does: the client makes each
 * id; a submit that got no answer (a network error) or was put off (UNAVAILABLE, RATE_LIMITED)
 * is sent again with the same id and content, backing off (a quarter second doubling up to 5 s,
 * jittered; never sooner than Retry-After), for a bounded time. It keeps every submit's story;
 * `acked()` are the ids the system acknowledged: each must exist exactly once.
 */
export class LoadGenerator<I extends { id: string } = ReportInput> {
  readonly records = new Map<string, SubmitRecord<I>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private inFlight = new Set<Promise<unknown>>();
  private token = '';

  constructor(
    private readonly sys: FaultSystem,
    private readonly opts: LoadOptions,
    private readonly work: Workload<I> = REPORTS as unknown as Workload<I>,
  ) {}

  async login(): Promise<void> {
    this.token = await this.sys.login(this.work.account);
  }

  /** Starts submitting at the rate until stop(). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops making new reports and waits for those in flight (retries included) to finish. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    while (this.inFlight.size > 0) await Promise.race(this.inFlight);
  }

  /** Submits n reports at the rate, then waits for them all. */
  async submitN(n: number): Promise<void> {
    const target = this.records.size + n;
    this.start();
    while (this.records.size < target) await sleep(20);
    await this.stop();
  }

  private async run(): Promise<void> {
    if (!this.token) await this.login();
    const interval = 1000 / this.opts.rate;
    let next = performance.now();
    while (this.running) {
      if (this.inFlight.size >= this.opts.concurrency) {
        await Promise.race([...this.inFlight, sleep(50)]);
        continue;
      }
      const p = this.submit(this.work.make()).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
      next += interval;
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      else next = performance.now(); // behind (back-pressure): do not burst to catch up
    }
  }

  /** Submits one report with the retries a client makes; resolves when it is settled one way or another. */
  async submit(input: I): Promise<SubmitRecord<I>> {
    const rec: SubmitRecord<I> = { input, firstAt: Date.now(), ackedAt: null, attempts: 0, failures: [], outcome: 'in-flight', bad: [] };
    this.records.set(input.id, rec);
    const giveUpAt = rec.firstAt + (this.opts.giveUpAfterMs ?? 120_000);
    for (;;) {
      rec.attempts += 1;
      let code: string;
      let retryAfterMs = 0;
      try {
        const res = await this.sys.gql<Record<string, { id: string } | undefined>>(this.work.mutation, { input }, this.token, 20_000);
        if (res.data?.[this.work.field]?.id === input.id) {
          rec.outcome = 'acked';
          rec.ackedAt = Date.now();
          return rec;
        }
        code = res.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`;
        if (res.status >= 500 && res.status !== 503) rec.bad.push(`HTTP ${res.status}: ${res.text.slice(0, 300)}`);
        if (!res.errors && !res.data) rec.bad.push(`not a GraphQL answer (HTTP ${res.status}): ${res.text.slice(0, 300)}`);
        retryAfterMs = (res.retryAfter ?? 0) * 1000;
      } catch {
        code = 'NETWORK';
      }
      rec.failures.push(code);
      if (code === 'UNAUTHENTICATED') {
        await this.login().catch(() => undefined);
      } else if (!RETRYABLE.has(code)) {
        rec.outcome = 'refused';
        return rec;
      }
      if (Date.now() > giveUpAt) {
        rec.outcome = 'gave-up';
        return rec;
      }
      const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.min(10, rec.failures.length - 1));
      await sleep(Math.max(backoff, retryAfterMs) * (1 + 0.2 * Math.random()));
    }
  }

  acked(): string[] {
    return [...this.records.values()].filter((r) => r.outcome === 'acked').map((r) => r.input.id);
  }

  /** Submits that were neither acknowledged nor refused: each may exist at most once. */
  unsettled(): string[] {
    return [...this.records.values()].filter((r) => r.outcome === 'gave-up' || r.outcome === 'in-flight').map((r) => r.input.id);
  }

  refused(): SubmitRecord<I>[] {
    return [...this.records.values()].filter((r) => r.outcome === 'refused');
  }

  /** Anything a client must never see: a 5xx other than 503, or an answer that is not GraphQL. */
  badAnswers(): string[] {
    return [...this.records.values()].flatMap((r) => r.bad);
  }

  figures(since = 0): LoadFigures {
    const recs = [...this.records.values()].filter((r) => r.firstAt >= since);
    const acked = recs.filter((r) => r.ackedAt !== null);
    const lat = acked.map((r) => r.ackedAt! - r.firstAt).sort((a, b) => a - b);
    const ackTimes = acked.map((r) => r.ackedAt!).sort((a, b) => a - b);
    let maxGapMs = 0;
    for (let i = 1; i < ackTimes.length; i++) maxGapMs = Math.max(maxGapMs, ackTimes[i] - ackTimes[i - 1]);
    const failures: Record<string, number> = {};
    for (const r of recs) for (const f of r.failures) failures[f] = (failures[f] ?? 0) + 1;
    const q = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] : 0);
    return {
      submitted: recs.length,
      acked: acked.length,
      refused: recs.filter((r) => r.outcome === 'refused').length,
      gaveUp: recs.filter((r) => r.outcome === 'gave-up').length,
      retried: recs.filter((r) => r.attempts > 1).length,
      failures,
      ackLatencyMs: { p50: q(0.5), p99: q(0.99), max: lat.at(-1) ?? 0 },
      maxGapBetweenAcksMs: maxGapMs,
    };
  }
}

export interface LoadFigures {
  submitted: number;
  acked: number;
  refused: number;
  gaveUp: number;
  retried: number;
  failures: Record<string, number>;
  ackLatencyMs: { p50: number; p99: number; max: number };
  maxGapBetweenAcksMs: number;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
