/** The plain facts of a referral's matching explanation (the JSON the referrals service stores). */
export interface ExplanationSummary {
  rank: number | null;
  needsSought: string[];
  needsCovered: string[];
  capacityStatus: string | null;
  openReferrals: number | null;
  capacityMaximum: number | null;
  /** Other eligible services that were compared. */
  alternatives: number;
  /** Services left out, by reason (outside-area, no-capacity, ...). */
  excludedByReason: Record<string, number>;
  /** Their names by reason, where the explanation has them (newer ones do). */
  excludedNamesByReason: Record<string, string[]>;
  /** The social desk chose this service for a re-route. */
  chosenByDesk: boolean;
  /** The rule's exclusions the desk overrode with its choice. */
  overridden: string[];
  /** What set it off: report-submitted, rerouted, report-reopened. */
  trigger: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Null when the text is not an explanation this page understands (it is then shown as it is). */
export function summariseExplanation(text: string | null | undefined): ExplanationSummary | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const chosen = isObject(parsed.chosen) ? parsed.chosen : null;
  if (!chosen) return null;
  const ranking = Array.isArray(parsed.ranking) ? parsed.ranking : [];
  const excludedByReason: Record<string, number> = {};
  const excludedNamesByReason: Record<string, string[]> = {};
  for (const entry of Array.isArray(parsed.excluded) ? parsed.excluded : []) {
    if (!isObject(entry)) continue;
    for (const reason of strings(entry.reasons)) {
      excludedByReason[reason] = (excludedByReason[reason] ?? 0) + 1;
      if (typeof entry.serviceName === 'string') (excludedNamesByReason[reason] ??= []).push(entry.serviceName);
    }
  }
  return {
    rank: num(parsed.rank),
    needsSought: strings(parsed.needsSought),
    needsCovered: strings(chosen.needsCovered),
    capacityStatus: typeof chosen.capacityStatus === 'string' ? chosen.capacityStatus : null,
    openReferrals: num(chosen.openReferrals),
    capacityMaximum: num(chosen.capacityMaximum),
    alternatives: Math.max(0, ranking.length - 1),
    excludedByReason,
    excludedNamesByReason,
    chosenByDesk: parsed.chosenBy === 'social-worker',
    overridden: strings(parsed.overridden),
    trigger: typeof parsed.trigger === 'string' ? parsed.trigger : null,
  };
}

/** The JSON pretty-printed for the "technical details" disclosure (the text itself when not JSON). */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
