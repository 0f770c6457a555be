/** The GraphQL of the report page, and the shapes it gets back. */
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
}

export const REPORT = `query Report($id: ID!) {
  report(id: $id) {
    id reference submittedAt description needs urgency ageBand neighbourhoodCode consentToContact doNotContact
    ownerDeskId assigneeId status takenInHandAt closedAt closureReason withdrawnAt objection erased
    subject { name phone address }
    contactAttempts contactAttemptList { id channel outcome attemptedAt note recordedBy }
    followUps { at note }
    linkedReports linkedReportIds
  }
}`;

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
}

export const REPORT_REFERRALS = `query ReportReferrals($reportId: ID!) {
  reportReferrals(reportId: $reportId) {
    id serviceName status needs urgency createdAt updatedAt reason outcome explanation
    history { at from to reason actorAccountId }
  }
}`;

export interface Desk {
  id: string;
  name: string;
  neighbourhoodCode: string;
}

export const DESKS = 'query Desks { desks { id name neighbourhoodCode } }';

const ITEM = '{ id ownerDeskId assigneeId takenInHandAt }';
export const TAKE = `mutation Take($id: ID!) { takeReport(id: $id) ${ITEM} }`;
export const HAND_OVER = `mutation HandOver($id: ID!, $toDeskId: ID!) { handOverReport(id: $id, toDeskId: $toDeskId) ${ITEM} }`;
export const CLOSE = `mutation Close($id: ID!, $reason: ClosureReason!) { closeReport(id: $id, reason: $reason) ${ITEM} }`;
export const REROUTE = 'mutation Reroute($id: ID!, $reason: String!) { rerouteReferral(id: $id, reason: $reason) { id status } }';
export const RECORD_ATTEMPT = `mutation RecordAttempt($input: ContactAttemptInput!) {
  recordContactAttempt(input: $input) { id channel outcome attemptedAt note recordedBy }
}`;
export const BREAK_GLASS = `mutation BreakGlass($reportId: ID!, $reason: String!) {
  breakTheGlass(reportId: $reportId, reason: $reason) { id grantedAt expiresAt }
}`;
