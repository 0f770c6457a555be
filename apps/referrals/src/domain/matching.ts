import { CapacityStatus, Need, ServiceStatus } from '@prossimo/contracts';

/**
 * Matching (ARCHITECTURE.md, "The report's life", step 3). Pure: no I/O, no clock.
 *
 * A service is eligible when it covers the report's neighbourhood, is HSDS `active`, is not at
 * `no-capacity`, is not excluded by the caller (already referred for this report), and — where
 * the municipality requires it — belongs to an organisation on the RUNTS register.
 * Eligible services are ranked by
 *   1. how many of the still-unassigned needs they cover (more first),
 *   2. capacity status: capacity, then waitlist, then additional-assessment-required,
 *   3. open referrals per unit of capacity (fewer first; an unknown maximum counts as 1),
 *   4. service id (stable).
 * The best one gets one assignment for the needs it covers; repeat for the needs left. Needs no
 * eligible service covers are unmet, and for each the result says which services cover it and why
 * each was left out (none listed: no service of the municipality covers it).
 *
 * A social worker may choose the service for a re-route (`chosenServiceId`): it gets the needs it
 * covers whatever the rule thinks of it (its exclusions are recorded), the rule places the rest.
 */

export interface MatchReport {
  municipality: string;
  neighbourhoodCode: string;
  needs: Need[];
}

export interface CandidateService {
  serviceId: string;
  /** For the desk to read (explanations, alerts); not a ranking input. */
  serviceName: string;
  organisationId: string;
  /** For the desk to read; not a ranking input. */
  organisationName?: string;
  status: ServiceStatus;
  needs: Need[];
  capacityStatus: CapacityStatus;
  /** HSDS service_capacity maximum; null when unknown. */
  capacityMaximum: number | null;
  /** Referrals to this service still open (requested, accepted, in progress, on hold). */
  openReferrals: number;
  /** The organisation's RUNTS number; null when it is not registered. */
  runtsNumber: string | null;
  areas: { municipality: string; neighbourhoodCode: string }[];
}

export interface MatchPolicy {
  requireRunts: boolean;
}

export interface MatchOptions {
  /** Services that may not be chosen (for re-routing: those already referred for this report). */
  excludeServiceIds?: Iterable<string>;
  /** The service a social worker chose for a re-route: it comes first, for the needs it covers. */
  chosenServiceId?: string;
}

/** `need-not-covered` is used for the desk's view of services that cover none of the needs sought. */
export type ExclusionReason = 'outside-area' | 'not-active' | 'no-capacity' | 'not-on-runts' | 'already-referred' | 'need-not-covered';

/** The ranking inputs of one candidate in one round. */
export type RankedCandidate = {
  serviceId: string;
  organisationId: string;
  needsCovered: Need[];
  capacityStatus: CapacityStatus;
  openReferrals: number;
  capacityMaximum: number | null;
  /** openReferrals / capacityMaximum (an unknown or zero maximum counts as 1). */
  load: number;
};

/** Why an assignment went where it went, as plain JSON (stored with the referral). */
export type MatchExplanation = {
  rule: string;
  /** 1 for the first choice, 2 for the service chosen for the needs left, ... */
  rank: number;
  policy: MatchPolicy;
  /** The needs still unassigned when this service was chosen. */
  needsSought: Need[];
  chosen: RankedCandidate;
  /** Every eligible candidate that covered at least one sought need, best first. */
  ranking: RankedCandidate[];
  excluded: { serviceId: string; serviceName?: string; reasons: ExclusionReason[] }[];
  /** Set when the social desk chose this service (a re-route, or a reopening that gives it back its needs): what the rule thought of it. */
  chosenBy?: 'social-worker';
  /** The rule's exclusions the social worker overrode (empty when the rule could have chosen it too). */
  overridden?: ExclusionReason[];
};

/** For an unmet need: the services that cover it and why each was left out. */
export interface UnmetWhy {
  need: Need;
  services: { serviceId: string; serviceName: string; reasons: ExclusionReason[] }[];
}

export interface Assignment {
  serviceId: string;
  organisationId: string;
  needs: Need[];
  rank: number;
  explanation: MatchExplanation;
}

export interface MatchResult {
  assignments: Assignment[];
  unmet: Need[];
  /** One entry per unmet need, in the order of `unmet`. */
  unmetWhy: UnmetWhy[];
}

export const MATCH_RULE = 'needs covered desc, capacity status (capacity < waitlist < additional-assessment-required), open referrals per unit of capacity asc, service id asc';

/** Capacity statuses of eligible services, best first. `no-capacity` is never eligible. */
function capacityRank(status: CapacityStatus): number {
  switch (status) {
    case CapacityStatus.CAPACITY:
      return 0;
    case CapacityStatus.WAITLIST:
      return 1;
    case CapacityStatus.ADDITIONAL_ASSESSMENT_REQUIRED:
      return 2;
    case CapacityStatus.NO_CAPACITY:
      return 3;
    default: {
      const never: never = status;
      throw new Error(`unknown capacity status ${String(never)}`);
    }
  }
}

function load(c: CandidateService): number {
  const unit = c.capacityMaximum && c.capacityMaximum > 0 ? c.capacityMaximum : 1;
  return c.openReferrals / unit;
}

export function exclusionReasons(c: CandidateService, report: MatchReport, policy: MatchPolicy, excluded: ReadonlySet<string>): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (!c.areas.some((a) => a.municipality === report.municipality && a.neighbourhoodCode === report.neighbourhoodCode)) reasons.push('outside-area');
  if (c.status !== ServiceStatus.ACTIVE) reasons.push('not-active');
  if (c.capacityStatus === CapacityStatus.NO_CAPACITY) reasons.push('no-capacity');
  if (policy.requireRunts && !c.runtsNumber) reasons.push('not-on-runts');
  if (excluded.has(c.serviceId)) reasons.push('already-referred');
  return reasons;
}

function compare(a: RankedCandidate, b: RankedCandidate): number {
  return (
    b.needsCovered.length - a.needsCovered.length ||
    capacityRank(a.capacityStatus) - capacityRank(b.capacityStatus) ||
    a.load - b.load ||
    (a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0)
  );
}

function ranked(c: CandidateService, remaining: Need[]): RankedCandidate {
  return {
    serviceId: c.serviceId,
    organisationId: c.organisationId,
    needsCovered: remaining.filter((n) => c.needs.includes(n)),
    capacityStatus: c.capacityStatus,
    openReferrals: c.openReferrals,
    capacityMaximum: c.capacityMaximum,
    load: load(c),
  };
}

export function match(report: MatchReport, candidates: CandidateService[], policy: MatchPolicy, options: MatchOptions = {}): MatchResult {
  const excludedIds = new Set(options.excludeServiceIds ?? []);
  const byId = [...candidates].sort((a, b) => (a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0));
  const excluded: MatchExplanation['excluded'] = [];
  const eligible: CandidateService[] = [];
  const reasonsOf = new Map<string, ExclusionReason[]>();
  for (const c of byId) {
    const reasons = exclusionReasons(c, report, policy, excludedIds);
    reasonsOf.set(c.serviceId, reasons);
    if (reasons.length > 0) excluded.push({ serviceId: c.serviceId, serviceName: c.serviceName, reasons });
    else eligible.push(c);
  }

  let remaining = [...new Set(report.needs)];
  const assignments: Assignment[] = [];
  const used = new Set<string>();
  let rank = 1;

  // The social worker's choice first, for the needs it covers (its exclusions are recorded, not obeyed).
  const chosenByDesk = options.chosenServiceId ? byId.find((c) => c.serviceId === options.chosenServiceId) : undefined;
  if (chosenByDesk) {
    const chosen = ranked(chosenByDesk, remaining);
    if (chosen.needsCovered.length > 0) {
      const ranking = eligible.map((c) => ranked(c, remaining)).filter((r) => r.needsCovered.length > 0).sort(compare);
      assignments.push({
        serviceId: chosen.serviceId,
        organisationId: chosen.organisationId,
        needs: chosen.needsCovered,
        rank,
        explanation: {
          rule: MATCH_RULE, rank, policy: { requireRunts: policy.requireRunts }, needsSought: remaining, chosen, ranking, excluded,
          chosenBy: 'social-worker', overridden: reasonsOf.get(chosen.serviceId) ?? [],
        },
      });
      used.add(chosen.serviceId);
      remaining = remaining.filter((n) => !chosen.needsCovered.includes(n));
      rank++;
    }
  }

  for (; remaining.length > 0; rank++) {
    const ranking = eligible
      .filter((c) => !used.has(c.serviceId))
      .map((c) => ranked(c, remaining))
      .filter((r) => r.needsCovered.length > 0)
      .sort(compare);
    const chosen = ranking[0];
    if (!chosen) break;
    assignments.push({
      serviceId: chosen.serviceId,
      organisationId: chosen.organisationId,
      needs: chosen.needsCovered,
      rank,
      explanation: { rule: MATCH_RULE, rank, policy: { requireRunts: policy.requireRunts }, needsSought: remaining, chosen, ranking, excluded },
    });
    used.add(chosen.serviceId);
    remaining = remaining.filter((n) => !chosen.needsCovered.includes(n));
  }
  const unmetWhy = remaining.map((need) => ({
    need,
    services: byId
      .filter((c) => c.needs.includes(need))
      .map((c) => ({ serviceId: c.serviceId, serviceName: c.serviceName, reasons: reasonsOf.get(c.serviceId) ?? [] })),
  }));
  return { assignments, unmet: remaining, unmetWhy };
}
