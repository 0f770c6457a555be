import { Client } from 'pg';
import { jetstreamManager, JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { DURABLE_CONSUMERS, EventType, REFERRAL_EVENT_BY_STATUS, parseEventSubject, streamNames } from '@prossimo/contracts';
import { waitFor } from '@prossimo/testing';
import { OPEN_STATUSES } from '../../../apps/referrals/src/domain/referral-state-machine';
import { ServiceKey } from '../../../scripts/services';
import { FaultSystem } from './fault-system';

type Consumer = (typeof DURABLE_CONSUMERS)[number];
const REFERRAL_CHANGES = Object.values(REFERRAL_EVENT_BY_STATUS);
/** What community says about its initiatives, sessions and seats (never a person). */
const INITIATIVE_FACTS: readonly EventType[] = [
  'initiative.published.v1',
  'initiative.updated.v1',
  'initiative.withdrawn.v1',
  'initiative.session-scheduled.v1',
  'initiative.session-changed.v1',
  'initiative.seat-reserved.v1',
  'initiative.seat-released.v1',
];

/**
 * The event types each service's consumer applies (and records in its inbox). The checker
 * compares each inbox with the stream, type by type; an inbox row of a type not listed here fails
 * the check, so this list cannot silently fall behind the code.
 */
export const HANDLED: Record<Consumer, readonly EventType[]> = {
  antennas: ['report.submitted.v1'],
  // …and a prescription's volunteer buddy, for the buddy's reveal (apps/reports/src/projections/projections.consumer.ts).
  reports: ['neighbourhood.defined.v1', 'antenna.status-changed.v1', ...REFERRAL_CHANGES, 'volunteer.buddy-changed.v1'],
  referrals: [
    'report.submitted.v1',
    'report.closed.v1',
    'report.withdrawn.v1',
    'report.glass-broken.v1',
    // The initiatives and sessions prescriptions address, and a seat community could not hold
    // (apps/referrals/src/prescriptions/prescriptions.consumer.ts).
    ...INITIATIVE_FACTS,
    'initiative.referral-seat-refused.v1',
  ],
  insights: [
    'report.submitted.v1',
    ...REFERRAL_CHANGES,
    'referral.unmatched.v1',
    // Outcomes and life-project pathways on the city's dashboard (apps/insights/src/facts/wellbeing.consumer.ts).
    'outcome.recorded.v1',
    'pathway.opened.v1',
    'pathway.closed.v1',
    'pathway.action-tagged.v1',
    'pathway.action-untagged.v1',
    // Activities and places on the city's dashboard (apps/insights/src/facts/community.consumer.ts).
    ...INITIATIVE_FACTS,
    // Volunteer hours per neighbourhood and month (apps/insights/src/facts/volunteers.consumer.ts).
    'volunteer.hours-recorded.v1',
  ],
  // Seats held and given back for prescriptions, and their buddy requests opened, kept up to date and
  // ended (apps/community/src/seats/prescriptions.consumer.ts): every move of a referral.
  community: ['neighbourhood.defined.v1', ...REFERRAL_CHANGES],
};

/** Referral states in which a referral still holds its needs. */
const LIVE: readonly string[] = OPEN_STATUSES;

export interface Expectations {
  /** Ids the system acknowledged: each must exist exactly once. */
  acked: string[];
  /** Ids submitted but neither acknowledged nor refused: each may exist, at most once. */
  unsettled?: string[];
  /** Antennas proposed and acknowledged (ids): each exists once, and the reports service knows it. */
  antennas?: string[];
  /** Messages the test itself put on the stream that no consumer can apply, by event type. */
  poison?: Partial<Record<EventType, number>>;
}

export interface Baseline {
  reports: number;
  needs: number;
  antennaCounts: number;
  insightsTotals: number;
  insightsNeedCounts: number;
}

export interface CheckResult {
  violations: string[];
  figures: {
    reports: number;
    referrals: number;
    subjects: number;
    streamMessages: number;
    deadLetters: number;
    inbox: Record<Consumer, number>;
  };
}

/**
 * Knows every acknowledged submit and, once the system has healed, asserts the invariants of
 * docs/reliability.md by reading the services' databases directly and the streams as NATS admin:
 * every acknowledged report exists exactly once (and reached every consumer); every report has an
 * owner; every need of every report has exactly one live referral or an alerted owner; no effect
 * was applied twice (each inbox equals the stream, type by type, and the counters agree with the
 * reports); outboxes drain to zero; dead letters only for injected poison; no `subjects` row
 * without a report.
 */
export class Checker {
  private constructor(
    private readonly sys: FaultSystem,
    private readonly db: Record<ServiceKey, Client>,
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
  ) {}

  static async open(sys: FaultSystem): Promise<Checker> {
    const db = {} as Record<ServiceKey, Client>;
    for (const s of ['gateway', 'antennas', 'reports', 'referrals', 'insights', 'community'] as ServiceKey[]) {
      db[s] = new Client({ connectionString: sys.dbUrl(s) });
      await db[s].connect();
    }
    const nc = await sys.connectBus('admin');
    return new Checker(sys, db, nc, await jetstreamManager(nc));
  }

  async close(): Promise<void> {
    for (const c of Object.values(this.db)) await c.end();
    await this.nc.close();
  }

  async one(service: ServiceKey, sql: string, params: unknown[] = []): Promise<number> {
    const r = await this.db[service].query<{ n: string | number | null }>(sql, params);
    return Number(r.rows[0]?.n ?? 0);
  }

  async rows<T>(service: ServiceKey, sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db[service].query(sql, params)).rows as T[];
  }

  /** The counters to compare later runs against (the demo's own history is not the test's). */
  async baseline(): Promise<Baseline> {
    return {
      reports: await this.one('reports', 'SELECT count(*) AS n FROM reports'),
      needs: await this.one('reports', 'SELECT coalesce(sum(cardinality(needs)), 0) AS n FROM reports'),
      antennaCounts: await this.one('antennas', 'SELECT coalesce(sum(reports), 0) AS n FROM antenna_report_counts'),
      insightsTotals: await this.one('insights', 'SELECT coalesce(sum(count), 0) AS n FROM report_totals'),
      insightsNeedCounts: await this.one('insights', 'SELECT coalesce(sum(count), 0) AS n FROM report_counts'),
    };
  }

  /** What is still moving: outbox rows waiting, messages not yet delivered or acknowledged. */
  async backlog(): Promise<{ outbox: number; pending: number; ackPending: number; lastSeq: number }> {
    let outbox = 0;
    for (const s of DURABLE_CONSUMERS) outbox += await this.one(s, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL AND failed_at IS NULL');
    const { events } = streamNames(this.sys.nats.root);
    let pending = 0;
    let ackPending = 0;
    for (const c of DURABLE_CONSUMERS) {
      const info = await this.jsm.consumers.info(events, c);
      pending += info.num_pending;
      ackPending += info.num_ack_pending;
    }
    const lastSeq = (await this.jsm.streams.info(events)).state.last_seq;
    return { outbox, pending, ackPending, lastSeq };
  }

  /** A durable consumer's state (what it has been given, what it has acknowledged). */
  async consumer(name: Consumer): Promise<{ delivered: number; ackFloor: number; redelivered: number }> {
    const info = await this.jsm.consumers.info(streamNames(this.sys.nats.root).events, name);
    return { delivered: info.delivered.stream_seq, ackFloor: info.ack_floor.stream_seq, redelivered: info.num_redelivered };
  }

  /**
   * Waits until the system has healed: every outbox drained, every consumer caught up with
   * nothing unacknowledged, and the stream still, twice in a row. Resolves with how long it took.
   */
  async healed(timeoutMs = 120_000): Promise<number> {
    const t0 = Date.now();
    let previous = -1;
    let last = '';
    await waitFor(async () => {
      const b = await this.backlog();
      last = JSON.stringify(b);
      const still = b.outbox === 0 && b.pending === 0 && b.ackPending === 0 && b.lastSeq === previous;
      previous = b.outbox === 0 && b.pending === 0 && b.ackPending === 0 ? b.lastSeq : -1;
      return still;
    }, timeoutMs, 'the system to heal (outboxes drained, consumers caught up)', 500).catch((err: Error) => {
      throw new Error(`${err.message}; last backlog ${last}`);
    });
    return Date.now() - t0;
  }

  /** Every invariant; each violation is one line naming what broke and how often. */
  async check(expect: Expectations, base: Baseline): Promise<CheckResult> {
    const v: string[] = [];
    const acked = [...new Set(expect.acked)];
    const unsettled = expect.unsettled ?? [];

    // 1. Every acknowledged report exists exactly once, and reached every consumer of report.submitted.
    const found = await this.one('reports', 'SELECT count(*) AS n FROM reports WHERE id = ANY($1::uuid[])', [acked]);
    if (found !== acked.length) v.push(`acknowledged reports missing: ${acked.length - found} of ${acked.length}`);
    const routed = await this.one('referrals', 'SELECT count(*) AS n FROM routed_reports WHERE report_id = ANY($1::uuid[])', [acked]);
    if (routed !== acked.length) v.push(`acknowledged reports referrals never heard of: ${acked.length - routed}`);
    const counted = await this.one('insights', 'SELECT count(*) AS n FROM awaiting_acceptance WHERE report_id = ANY($1::uuid[])', [acked]);
    if (counted !== acked.length) v.push(`acknowledged reports insights never counted: ${acked.length - counted}`);
    const reports = await this.one('reports', 'SELECT count(*) AS n FROM reports');
    const allRouted = await this.one('referrals', 'SELECT count(*) AS n FROM routed_reports');
    if (allRouted !== reports) v.push(`reports ${reports} but referrals knows ${allRouted}`);
    const unknown = await this.one('reports', 'SELECT count(*) AS n FROM reports WHERE id = ANY($1::uuid[])', [unsettled]);
    if (unknown > unsettled.length) v.push(`more reports than unsettled submits: ${unknown} > ${unsettled.length}`);

    const antennas = [...new Set(expect.antennas ?? [])];
    const proposed = await this.one('antennas', 'SELECT count(*) AS n FROM antennas WHERE id = ANY($1::uuid[])', [antennas]);
    if (proposed !== antennas.length) v.push(`acknowledged antennas missing: ${antennas.length - proposed} of ${antennas.length}`);
    const projected = await this.one('reports', 'SELECT count(*) AS n FROM antennas WHERE id = ANY($1::uuid[])', [antennas]);
    if (projected !== antennas.length) v.push(`acknowledged antennas the reports service never heard of: ${antennas.length - projected}`);

    // 2. Every report has an owner (a desk that exists).
    const unowned = await this.one('reports', 'SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM desks d WHERE d.id = r.owner_desk_id)');
    if (unowned) v.push(`reports without an owner desk: ${unowned}`);

    // 3. Every need of every open report: exactly one live referral, or none and an alert to its owner desk.
    const needs = await this.rows<{ report_id: string; need: string; live: number; alerted: boolean }>(
      'referrals',
      `SELECT rr.report_id, n.need,
              (SELECT count(*)::int FROM referrals f WHERE f.report_id = rr.report_id AND n.need = ANY(f.needs) AND f.status = ANY($1::text[])) AS live,
              EXISTS (SELECT 1 FROM alerts a WHERE a.report_id = rr.report_id AND n.need = ANY(a.needs) AND a.kind IN ('unmet', 'exhausted')) AS alerted
         FROM routed_reports rr CROSS JOIN LATERAL unnest(rr.needs) AS n(need)
        WHERE NOT EXISTS (SELECT 1 FROM ended_reports e WHERE e.report_id = rr.report_id)`,
      [LIVE],
    );
    const doubled = needs.filter((n) => n.live > 1).length;
    const orphaned = needs.filter((n) => n.live === 0 && !n.alerted).length;
    if (doubled) v.push(`needs with more than one live referral: ${doubled}`);
    if (orphaned) v.push(`needs with no live referral and no alerted owner: ${orphaned}`);
    const referrals = await this.one('referrals', 'SELECT count(*) AS n FROM referrals');
    const known = await this.one('reports', 'SELECT count(*) AS n FROM report_referrals');
    if (known !== referrals) v.push(`referrals ${referrals} but the reports service knows ${known}`);

    // 4. No effect applied twice, none missed: each inbox equals the stream (less injected poison), type by type ...
    const { events, deadLetters } = streamNames(this.sys.nats.root);
    const info = await this.jsm.streams.info(events, { subjects_filter: '>' });
    const inStream: Record<string, number> = {};
    for (const [subject, n] of Object.entries(info.state.subjects ?? {})) {
      const type = parseEventSubject(this.sys.nats.root, subject)?.rawType ?? subject;
      inStream[type] = (inStream[type] ?? 0) + n;
    }
    const inboxTotals = {} as Record<Consumer, number>;
    for (const c of DURABLE_CONSUMERS) {
      const rows = await this.rows<{ subject: string; n: number }>(c, 'SELECT subject, count(*)::int AS n FROM inbox WHERE consumer = $1 GROUP BY subject', [c]);
      const inInbox: Record<string, number> = {};
      for (const r of rows) {
        const type = parseEventSubject(this.sys.nats.root, r.subject)?.rawType ?? r.subject;
        inInbox[type] = (inInbox[type] ?? 0) + r.n;
      }
      inboxTotals[c] = rows.reduce((a, r) => a + r.n, 0);
      for (const type of Object.keys(inInbox)) if (!HANDLED[c].includes(type as EventType)) v.push(`${c}'s inbox holds ${type}, which the checker does not know it handles: update HANDLED`);
      for (const type of HANDLED[c]) {
        const expected = (inStream[type] ?? 0) - (expect.poison?.[type] ?? 0);
        const got = inInbox[type] ?? 0;
        if (got !== expected) v.push(`${c}: ${got} ${type} in its inbox, ${expected} on the stream`);
      }
    }
    // ... and the counters each consumer keeps agree with the reports that were made.
    const now = await this.baseline();
    const newReports = now.reports - base.reports;
    const newNeeds = now.needs - base.needs;
    if (now.antennaCounts - base.antennaCounts !== newReports) v.push(`antennas counted ${now.antennaCounts - base.antennaCounts} reports, ${newReports} were made`);
    if (now.insightsTotals - base.insightsTotals !== newReports) v.push(`insights counted ${now.insightsTotals - base.insightsTotals} reports, ${newReports} were made`);
    if (now.insightsNeedCounts - base.insightsNeedCounts !== newNeeds) v.push(`insights counted ${now.insightsNeedCounts - base.insightsNeedCounts} needs, ${newNeeds} were reported`);

    // 5. Outboxes drained to zero, nothing set aside.
    for (const s of DURABLE_CONSUMERS) {
      const waiting = await this.one(s, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL AND failed_at IS NULL');
      const setAside = await this.one(s, 'SELECT count(*) AS n FROM outbox WHERE failed_at IS NOT NULL');
      if (waiting) v.push(`${s}: ${waiting} outbox rows not published`);
      if (setAside) v.push(`${s}: ${setAside} outbox rows set aside`);
    }

    // 6. Dead letters only for the poison the test injected (one per consumer that handles its type).
    const dlq = (await this.jsm.streams.info(deadLetters)).state.messages;
    let expectedDlq = 0;
    for (const [type, n] of Object.entries(expect.poison ?? {})) expectedDlq += (n ?? 0) * DURABLE_CONSUMERS.filter((c) => HANDLED[c].includes(type as EventType)).length;
    if (dlq !== expectedDlq) v.push(`dead letters: ${dlq}, injected poison accounts for ${expectedDlq}`);

    // 7. No subjects row without a report (a sealed identity nobody refers to).
    const orphanSubjects = await this.one('reports', 'SELECT count(*) AS n FROM subjects s WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.subject_id = s.id)');
    if (orphanSubjects) v.push(`subjects rows without a report: ${orphanSubjects}`);

    return {
      violations: v,
      figures: {
        reports,
        referrals,
        subjects: await this.one('reports', 'SELECT count(*) AS n FROM subjects'),
        streamMessages: info.state.messages,
        deadLetters: dlq,
        inbox: inboxTotals,
      },
    };
  }
}
