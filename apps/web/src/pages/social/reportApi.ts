/** The GraphQL of the report page, and the shapes it gets back. */
import { graphql } from '../../gql';
export interface ContactAttempt {
  id: string;
  channel: string;
  outcome: string;
  attemptedAt: string;
  note: string | null;
  recordedBy: string;
}

export interface ReportDetail {
  id: string;
  /** The reference code («codice della segnalazione», e.g. CB-7K4Q). */
  reference?: string;
  submittedAt: string;
  description: string | null;
  needs: string[];
  urgency: string;
  ageBand: string;
  neighbourhoodCode: string;
  consentToContact: boolean;
  doNotContact: boolean;
  ownerDeskId: string;
  assigneeId: string | null;
  status: string;
  takenInHandAt: string | null;
  closedAt: string | null;
  closureReason: string | null;
  withdrawnAt: string | null;
  objection: boolean;
  erased: boolean;
  subject: { name: string | null; phone: string | null; address: string | null } | null;
  contactAttempts: number;
  contactAttemptList: ContactAttempt[];
  followUps: { at: string; note: string }[];
  linkedReports: number;
  linkedReportIds: string[];
  antennaName: string | null;
  slaDueAt: string | null;
  reopenableUntil: string | null;
  reopenedAt: string | null;
  reopenWindowHours: number;
}

export const REPORT = graphql(`query Report($id: ID!) {
  report(id: $id) {
    id reference submittedAt description needs urgency ageBand neighbourhoodCode consentToContact doNotContact
    ownerDeskId assigneeId status takenInHandAt closedAt closureReason withdrawnAt objection erased
    antennaName slaDueAt reopenableUntil reopenedAt reopenWindowHours
    subject { name phone address }
    contactAttempts contactAttemptList { id channel outcome attemptedAt note recordedBy }
    followUps { at note }
    linkedReports linkedReportIds
  }
}`);

export interface ReferralHistoryEntry {
  at: string;
  from: string | null;
  to: string;
  reason: string | null;
  actorAccountId: string | null;
}

export interface ReferralStory {
  id: string;
  serviceName: string;
  status: string;
  needs: string[];
  urgency: string;
  createdAt: string;
  updatedAt: string;
  reason: string | null;
  outcome: string | null;
  explanation: string;
  history: ReferralHistoryEntry[];
  /** Without consent (or with "do not contact directly") the desk makes the first contact and hands it over. */
  consentToContact: boolean | null;
  doNotContact: boolean | null;
  firstContactRequestedAt: string | null;
  contactHandedOverAt: string | null;
  /** A referral to an activity (issue 17): its initiative, session, buddy flag and first attendance. */
  targetKind?: 'SERVICE' | 'INITIATIVE';
  initiativeTitle?: string | null;
  initiativeTitleEn?: string | null;
  sessionStartsAt?: string | null;
  buddyRequested?: boolean;
  firstAttendedAt?: string | null;
}

export const REPORT_REFERRALS = graphql(`query ReportReferrals($reportId: ID!) {
  reportReferrals(reportId: $reportId) {
    id serviceName status needs urgency createdAt updatedAt reason outcome explanation
    consentToContact doNotContact firstContactRequestedAt contactHandedOverAt
    targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt
    history { at from to reason actorAccountId }
  }
}`);

export interface Desk {
  id: string;
  name: string;
  neighbourhoodCode: string;
}

export const DESKS = graphql(`query Desks { desks { id name neighbourhoodCode } }`);

graphql(`fragment TriageMove on TriageItem { id ownerDeskId assigneeId takenInHandAt }`);
export const TAKE = graphql(`mutation Take($id: ID!) { takeReport(id: $id) { ...TriageMove } }`);
export const HAND_OVER = graphql(`mutation HandOver($id: ID!, $toDeskId: ID!) { handOverReport(id: $id, toDeskId: $toDeskId) { ...TriageMove } }`);
export const CLOSE = graphql(`mutation Close($id: ID!, $reason: ClosureReason!) { closeReport(id: $id, reason: $reason) { ...TriageMove } }`);
export const REOPEN = graphql(`mutation Reopen($id: ID!) { reopenReport(id: $id) { ...TriageMove } }`);
export const REROUTE = graphql(`mutation Reroute($id: ID!, $reason: String!, $serviceId: ID) { rerouteReferral(id: $id, reason: $reason, serviceId: $serviceId) { id status } }`);

/** A dry run of a re-route (nothing is written). */
export interface RerouteOptions {
  referralId: string;
  needs: string[];
  reroutable: boolean;
  byRule: { serviceId: string; serviceName: string; needs: string[] }[];
  unmet: string[];
  candidates: { serviceId: string; serviceName: string; organisationName: string; needsCovered: string[]; capacityStatus: string; eligible: boolean; reasons: string[] }[];
}

export const REROUTE_OPTIONS = graphql(`query RerouteOptions($id: ID!) {
  rerouteOptions(id: $id) {
    referralId needs reroutable unmet
    byRule { serviceId serviceName needs }
    candidates { serviceId serviceName organisationName needsCovered capacityStatus eligible reasons }
  }
}`);
export const RECORD_ATTEMPT = graphql(`mutation RecordAttempt($input: ContactAttemptInput!) {
  recordContactAttempt(input: $input) { id channel outcome attemptedAt note recordedBy }
}`);
export const BREAK_GLASS = graphql(`mutation BreakGlass($reportId: ID!, $reason: String!) {
  breakTheGlass(reportId: $reportId, reason: $reason) { id grantedAt expiresAt }
}`);
