/** The shapes of the GraphQL API the antenna pages use (see the schema: SubmitReportInput, Report). */

import { Need, NEEDS, Urgency, URGENCIES as MOST_URGENT_FIRST } from '../../domain';
import { graphql } from '../../gql';

export { NEEDS };
export type { Need, Urgency };

/** From the least to the most urgent, as the form shows them. */
export const URGENCIES: readonly Urgency[] = [...MOST_URGENT_FIRST].reverse();

export const AGE_BANDS = ['UNDER_18', 'AGE_18_34', 'AGE_35_64', 'AGE_65_79', 'AGE_80_PLUS', 'UNKNOWN'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type CoarseStatus = 'RECEIVED' | 'IN_CARE' | 'CLOSED' | 'WITHDRAWN';

export interface SubjectInput {
  name?: string;
  address?: string;
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

/** The desk that owns a report, and how a shop reaches it. */
export interface DeskContact {
  name: string;
  phone: string | null;
  hours: string | null;
}

/** A report as its antenna sees it: the coarse state and its own words only. */
export interface Report {
  id: string;
  /** The reference code («codice della segnalazione», e.g. CB-7K4Q) to say on the phone. */
  reference?: string;
  advice: string | null;
  /** Who is responsible and how to call them (null if the server did not say). */
  ownerDesk?: DeskContact | null;
  /** By when it should be answered, by the municipality's SLA (null if it could not be said). */
  nextStep?: { acceptBy: string } | null;
  ageBand: AgeBand;
  needs: Need[];
  neighbourhoodCode: string;
  status: CoarseStatus;
  submittedAt: string;
  urgency: Urgency;
}

graphql(`fragment SubmittedReport on Report { id reference advice ageBand needs neighbourhoodCode status submittedAt urgency ownerDesk { name phone hours } nextStep { acceptBy } }`);

export const SUBMIT_REPORT = graphql(`mutation SubmitReport($input: SubmitReportInput!) { submitReport(input: $input) { ...SubmittedReport } }`);

export function isNeed(value: unknown): value is Need {
  return typeof value === 'string' && (NEEDS as readonly string[]).includes(value);
}

export function isUrgency(value: unknown): value is Urgency {
  return typeof value === 'string' && (URGENCIES as readonly string[]).includes(value);
}

export function isAgeBand(value: unknown): value is AgeBand {
  return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);
}
