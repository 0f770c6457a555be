/** The shapes of the GraphQL API the antenna pages use (see the schema: SubmitReportInput, Report). */

export const NEEDS = [
  'DIGITAL_DIVIDE',
  'DISABILITY',
  'DOPO_DI_NOI',
  'ECONOMIC_HARDSHIP',
  'ELDERLY_CARE',
  'FAMILY_CONFLICT',
  'FOOD',
  'HEALTH_ACCESS',
  'HOUSING',
  'LONELINESS',
  'MENTAL_HEALTH',
  'WORK',
  'YOUTH_AT_RISK',
] as const;
export type Need = (typeof NEEDS)[number];

/** From the least to the most urgent, as the form shows them. */
export const URGENCIES = ['LOW', 'MEDIUM', 'HIGH', 'EMERGENCY'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const AGE_BANDS = ['UNDER_18', 'AGE_18_34', 'AGE_35_64', 'AGE_65_79', 'AGE_80_PLUS', 'UNKNOWN'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type CoarseStatus = 'RECEIVED' | 'IN_CARE' | 'CLOSED';

export interface SubjectInput {
  name?: string;
  phone?: string;
}

export interface SubmitReportInput {
  id: string;
  neighbourhoodCode: string;
  needs: Need[];
  urgency: Urgency;
  ageBand: AgeBand;
  description: string;
  consentToContact: boolean;
  doNotContact?: boolean;
  subject?: SubjectInput;
}

/** A report as its antenna sees it: the coarse state only. */
export interface Report {
  id: string;
  advice: string | null;
  ageBand: AgeBand;
  needs: Need[];
  neighbourhoodCode: string;
  status: CoarseStatus;
  submittedAt: string;
  urgency: Urgency;
}

export const REPORT_FIELDS = 'id advice ageBand needs neighbourhoodCode status submittedAt urgency';

export const SUBMIT_REPORT = `mutation SubmitReport($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT_FIELDS} } }`;

export function isNeed(value: unknown): value is Need {
  return typeof value === 'string' && (NEEDS as readonly string[]).includes(value);
}

export function isUrgency(value: unknown): value is Urgency {
  return typeof value === 'string' && (URGENCIES as readonly string[]).includes(value);
}

export function isAgeBand(value: unknown): value is AgeBand {
  return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);
}
