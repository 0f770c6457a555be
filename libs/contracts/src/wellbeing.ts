/**
 * Outcomes and life-project pathways (issue 17): the vocabulary shared by the reports vault, the
 * gateway, the web app and (later) the dashboard. Values are the GraphQL enum names; they travel
 * as-is in events and RPC. What a person said (the item answers, the total, the wishes note) never
 * leaves the reports vault; only the band and the action below travel, without the person.
 */

/**
 * When a loneliness measurement is taken: at the start of the person's path and 12 weeks later
 * (`WEEK_12_AFTER_DAYS` after the START measurement's date).
 */
export enum OutcomePhase {
  START = 'START',
  WEEK_12 = 'WEEK_12',
}

/** Days from the START measurement after which the WEEK_12 one is due. */
export const WEEK_12_AFTER_DAYS = 84;
/**
 * The earliest a WEEK_12 measurement may be taken, in days after START (ten weeks: two weeks'
 * leeway for an appointment, none for a measurement that would not be a 12-week one at all).
 */
export const WEEK_12_EARLIEST_DAYS = 70;

/**
 * The three items of the UCLA 3-item loneliness scale (Hughes et al., 2004), each answered 1 «quasi
 * mai / hardly ever», 2 «qualche volta / some of the time», 3 «spesso / often». Field names in
 * the order the scale asks them.
 */
export const UCLA3_ITEMS = ['lackCompanionship', 'leftOut', 'isolated'] as const;
export type Ucla3Item = (typeof UCLA3_ITEMS)[number];
export const UCLA3_ITEM_MIN = 1;
export const UCLA3_ITEM_MAX = 3;

/**
 * The band of a total (3–9) the dashboard counts: LOW 3–4, MEDIUM 5–6, HIGH 7–9 (higher is
 * lonelier). Bands, not totals, leave the vault, so a distribution has three cells per
 * neighbourhood and month rather than seven (fewer cells under k). A total of 6 or more is the cut
 * usually read as "lonely" (Steptoe et al., 2013); MEDIUM straddles it on purpose.
 */
export enum ScoreBand {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export function ucla3Total(items: Record<Ucla3Item, number>): number {
  return UCLA3_ITEMS.reduce((sum, k) => sum + items[k], 0);
}

export function scoreBand(total: number): ScoreBand {
  if (!Number.isInteger(total) || total < 3 || total > 9) throw new RangeError(`a UCLA-3 total is 3 to 9, not ${total}`);
  return total <= 4 ? ScoreBand.LOW : total <= 6 ? ScoreBand.MEDIUM : ScoreBand.HIGH;
}

/** A life-project pathway: law 112/2016 («Dopo di noi») or the mental-health pact (budget di salute). */
export enum PathwayKind {
  DOPO_DI_NOI = 'DOPO_DI_NOI',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
}

/**
 * What a referral does within a pathway.
 *
 * DOPO_DI_NOI: the actions the law 112/2016 fund pays for (DM 23 November 2016, art. 5):
 * A leaving the family home (accompanying the person out of the family of origin), B support in
 * housing (domiciliarity in group or co-housing solutions), C autonomy skills (programmes for
 * awareness, enablement and the person's own skills), D housing works (making a dwelling fit:
 * renovation, equipment), E emergency stays (temporary stays outside the family home, residual).
 *
 * MENTAL_HEALTH: the axes of a mental-health pact's individual project (the «budget di salute»:
 * house/habitat, training/work, social relations and affection), with care and education, which
 * the projects name beside them.
 */
export enum PathwayAction {
  A_LEAVING_FAMILY_HOME = 'A_LEAVING_FAMILY_HOME',
  B_SUPPORT_IN_HOUSING = 'B_SUPPORT_IN_HOUSING',
  C_AUTONOMY_SKILLS = 'C_AUTONOMY_SKILLS',
  D_HOUSING_WORKS = 'D_HOUSING_WORKS',
  E_EMERGENCY_STAY = 'E_EMERGENCY_STAY',
  HOUSING = 'HOUSING',
  WORK = 'WORK',
  SOCIAL_RELATIONS = 'SOCIAL_RELATIONS',
  HEALTH_CARE = 'HEALTH_CARE',
  EDUCATION = 'EDUCATION',
}

/** The actions a referral may be tagged with, by the pathway's kind. */
export const PATHWAY_ACTIONS: Record<PathwayKind, readonly PathwayAction[]> = {
  [PathwayKind.DOPO_DI_NOI]: [
    PathwayAction.A_LEAVING_FAMILY_HOME,
    PathwayAction.B_SUPPORT_IN_HOUSING,
    PathwayAction.C_AUTONOMY_SKILLS,
    PathwayAction.D_HOUSING_WORKS,
    PathwayAction.E_EMERGENCY_STAY,
  ],
  [PathwayKind.MENTAL_HEALTH]: [PathwayAction.HOUSING, PathwayAction.WORK, PathwayAction.SOCIAL_RELATIONS, PathwayAction.HEALTH_CARE, PathwayAction.EDUCATION],
};

export function actionAllowed(kind: PathwayKind, action: PathwayAction): boolean {
  return PATHWAY_ACTIONS[kind].includes(action);
}

/** The wishes note of a pathway (the parents' or the person's): at most this many characters. */
export const WISHES_NOTE_MAX = 4000;

/** A calendar month as events carry it (`2026-12`): never a day, so a move cannot be matched to a person by its time. */
export const EVENT_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month (Europe/Rome) of an instant or a `YYYY-MM-DD` date, as `YYYY-MM`. */
export function monthOf(at: Date | string): string {
  if (typeof at === 'string') return at.slice(0, 7);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' }).formatToParts(at);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** The `occurredAt` of an event coarsened to its month: midnight UTC of the month's first day. */
export function monthStart(month: string): string {
  return `${month}-01T00:00:00.000Z`;
}

/**
 * The columns of the dashboard's outcome tables (`outcomesByNeighbourhood`, `outcomesByMonth`):
 * each phase × band as `PHASE.BAND` (`START.LOW` … `WEEK_12.HIGH`), the START ones first, so a
 * row reads as two distributions side by side.
 */
export const OUTCOME_COLUMNS: readonly string[] = Object.values(OutcomePhase).flatMap((phase) => Object.values(ScoreBand).map((band) => `${phase}.${band}`));
