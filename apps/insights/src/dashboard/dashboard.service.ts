import { Inject, Injectable } from '@nestjs/common';
import type { JetStreamManager } from '@nats-io/jetstream';
import { Actor, DashboardQueryV1, DashboardV1, DomainError, Need, ReferralStatus, streamNames } from '@prossimo/contracts';
import { JETSTREAM_MANAGER } from '@prossimo/messaging';
import { CLOCK, Clock, SETTINGS } from '@prossimo/platform';
import { InsightsSettings } from '../config/insights.env';
import { DURATION_BUCKETS_MINUTES, monthOf, quantileMinutes } from '../facts/facts.entities';
import { CommunitySection } from './community.section';
import { PrescriptionsSection } from './prescriptions.section';
import { monthsBetween, table } from './tables';
import { WellbeingSection } from './wellbeing.section';
import { FactsRepository } from '../facts/facts.repository';

const NEEDS = Object.values(Need);
const STATES = Object.values(ReferralStatus);

/** Reads the pre-computed aggregates of one municipality and suppresses small cells before anything leaves. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly facts: FactsRepository,
    @Inject(SETTINGS) private readonly settings: InsightsSettings,
    @Inject(JETSTREAM_MANAGER) private readonly jsm: JetStreamManager,
    @Inject(CLOCK) private readonly now: Clock,
    private readonly wellbeing: WellbeingSection,
    private readonly community: CommunitySection,
    private readonly prescriptions: PrescriptionsSection,
  ) {}

  async dashboard(actor: Actor, q: DashboardQueryV1): Promise<DashboardV1> {
    const municipality = q.municipality ?? actor.municipality;
    if (municipality !== actor.municipality) throw DomainError.forbidden('you may see only your municipality');
    const to = q.to ? `${q.to.slice(0, 7)}-01` : monthOf(this.now());
    const from = q.from ? `${q.from.slice(0, 7)}-01` : `${String(Number(to.slice(0, 4)) - 1)}${to.slice(4)}`;
    if (from > to) throw DomainError.badInput('from', 'from must not be after to');
    const months = monthsBetween(from.slice(0, 7), to.slice(0, 7));
    const k = this.settings.SMALL_CELL_K;
    const range = { municipality, from, to };

    const counts = await this.facts.reportCounts(range);
    const neighbourhoods = [...new Set(counts.map((c) => c.n))].sort();
    const totals = await this.facts.reportTotals(range);
    const totalRows = [...new Set(totals.map((c) => c.n))].sort();
    const sum = (pred: (c: { n: string; need: string; month: string }) => boolean) => counts.filter(pred).reduce((a, c) => a + c.count, 0);

    const finite = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v);
    const times = async (metric: 'acceptance' | 'first-contact') => {
      const hist = await this.facts.durationHistogram(range, metric);
      const histogram = DURATION_BUCKETS_MINUTES.map((_, i) => hist.find((h) => h.bucket === i)?.count ?? 0);
      const n = histogram.reduce((a, b) => a + b, 0);
      return n >= k ? { count: n, medianMinutes: finite(quantileMinutes(histogram, 0.5)), p90Minutes: finite(quantileMinutes(histogram, 0.9)) } : { count: null, medianMinutes: null, p90Minutes: null };
    };
    const breaches = await this.facts.slaBreaches(range);

    const states = await this.facts.referralStates(range);
    const unmet = await this.facts.unmetNeeds(range);
    const unmetRows = [...new Set(unmet.map((u) => u.n))].sort();

    const deadLetters = await this.jsm.streams
      .info(streamNames(this.settings.SUBJECT_ROOT).deadLetters)
      .then((i) => i.state.messages)
      .catch(() => 0);

    return {
      municipality,
      from,
      to,
      k,
      reportsByNeighbourhoodAndNeed: table(neighbourhoods, NEEDS, (n, need) => sum((c) => c.n === n && c.need === need), k),
      reportsByMonthAndNeed: table(months, NEEDS, (m, need) => sum((c) => c.month === m && c.need === need), k),
      reportsByNeighbourhoodAndMonth: table(totalRows, months, (n, m) => totals.find((c) => c.n === n && c.month === m)?.count ?? 0, k),
      acceptance: await times('acceptance'),
      firstContact: await times('first-contact'),
      slaBreachesByMonth: table(months, ['expired'], (m) => breaches.find((b) => b.month === m)?.count ?? 0, k),
      referralsByState: table(['referrals'], STATES, (_, st) => states.find((s) => s.status === st)?.count ?? 0, k),
      unmetNeed: table(unmetRows, NEEDS, (n, need) => unmet.find((u) => u.n === n && u.need === need)?.count ?? 0, k),
      deadLetters,
      ...(await this.wellbeing.tables(range, months, k)),
      // One section per event family beyond reports and referrals (docs/community.md, "On the city's dashboard").
      ...(await this.community.tables(range, months, k)),
      ...(await this.prescriptions.tables(range, months, k)),
    };
  }
}
