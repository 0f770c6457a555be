/** The GraphQL the inbox uses, and the shapes it gets back. */
import { graphql } from '../../gql';
export type ReferralStatus = 'REQUESTED' | 'ACCEPTED' | 'REJECTED' | 'IN_PROGRESS' | 'ON_HOLD' | 'COMPLETED' | 'FAILED' | 'CANCELLED' | 'ENTERED_IN_ERROR';

export interface InboxReferral {
  id: string;
  reportId: string;
  /** The report's reference code (e.g. CB-7K4Q); null for reports from before codes. */
  reportReference?: string | null;
  status: ReferralStatus;
  needs: string[];
  neighbourhoodCode: string;
  urgency: string;
  serviceName: string;
  createdAt: string;
  updatedAt: string;
  dueAt: string | null;
  /** Which deadline dueAt is: 'accept' or 'first-contact'. */
  dueKind: string | null;
  ageBand: string | null;
  consentToContact: boolean | null;
  doNotContact: boolean | null;
  firstContactRequestedAt: string | null;
  contactHandedOverAt: string | null;
  holdsPlace: boolean;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
  capacityUnit: string | null;
  /** SERVICE, or INITIATIVE: a referral to an activity («invio a un'attività», issue 17). */
  targetKind?: 'SERVICE' | 'INITIATIVE';
  initiativeTitle?: string | null;
  initiativeTitleEn?: string | null;
  sessionStartsAt?: string | null;
  buddyRequested?: boolean;
  firstAttendedAt?: string | null;
}

export interface ReferralsData {
  referrals: { nodes: InboxReferral[]; pageInfo: { hasNextPage: boolean } };
}

/** Everything a card shows; a move answers with the same, so a card kept in view stays true. */
graphql(`fragment InboxCard on Referral { id reportId reportReference status needs neighbourhoodCode urgency serviceName createdAt updatedAt dueAt dueKind ageBand consentToContact doNotContact
  firstContactRequestedAt contactHandedOverAt holdsPlace capacityAvailable capacityMaximum capacityUnit
  targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt }`);

export const REFERRALS = graphql(`query Inbox($first: Int, $status: [ReferralStatus!]) {
  referrals(first: $first, status: $status) {
    nodes { ...InboxCard }
    pageInfo { hasNextPage }
  }
}`);

export const REFERRAL_UPDATES = graphql(`subscription ReferralUpdates { referralUpdates { referralId status at byYou step } }`);

export interface ReferralNotice {
  referralUpdates: { referralId: string; status: ReferralStatus; at: string; byYou?: boolean; step?: string | null };
}

export const ACCEPT = graphql(`mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { ...InboxCard } }`);
export const REJECT = graphql(`mutation Reject($id: ID!, $reason: String!) { rejectReferral(id: $id, reason: $reason) { ...InboxCard } }`);
export const START = graphql(`mutation Start($id: ID!) { startReferral(id: $id) { ...InboxCard } }`);
export const HOLD = graphql(`mutation Hold($id: ID!, $reason: String!) { holdReferral(id: $id, reason: $reason) { ...InboxCard } }`);
export const RESUME = graphql(`mutation Resume($id: ID!) { resumeReferral(id: $id) { ...InboxCard } }`);
export const FAIL = graphql(`mutation Fail($id: ID!, $reason: String!) { failReferral(id: $id, reason: $reason) { ...InboxCard } }`);
export const COMPLETE = graphql(`mutation Complete($id: ID!, $outcome: String!) { completeReferral(id: $id, outcome: $outcome) { ...InboxCard } }`);
export const RECORD_FIRST_ATTENDANCE = graphql(`mutation RecordFirstAttendance($id: ID!) { recordFirstAttendance(referralId: $id) { ...InboxCard } }`);
export const REQUEST_FIRST_CONTACT = graphql(`mutation RequestDeskFirstContact($id: ID!) { requestDeskFirstContact(id: $id) { ...InboxCard } }`);
export const REVEAL = graphql(`mutation Reveal($reportId: ID!) { revealContact(reportId: $reportId) { reportId basis subject { name phone address } } }`);

/** What the vault tells the organisation of its referrals (audited): the desk's line; the description once accepted. */
export const BRIEFS = graphql(`query ReferralBriefs($ids: [ID!]!) { referralBriefs(referralIds: $ids) { referralId held contextLine description } }`);

export interface ReferralBrief {
  referralId: string;
  /** Whether the vault knows the referral as held yet (the move's event arrives a moment after it). */
  held: boolean;
  contextLine: string | null;
  description: string | null;
}

export interface RevealedContact {
  reportId: string;
  basis: string;
  subject: { name: string | null; phone: string | null; address: string | null };
}

/** The filter tabs: what each one asks the API for (no status = all). */
export type InboxTab = 'todo' | 'ongoing' | 'all';
export const INBOX_TABS: InboxTab[] = ['todo', 'ongoing', 'all'];
export const TAB_STATUSES: Record<InboxTab, ReferralStatus[] | undefined> = {
  todo: ['REQUESTED'],
  ongoing: ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'],
  all: undefined,
};

/** The statuses in which the organisation holds the person in hand (accepted, not ended). */
export const HOLDING: ReferralStatus[] = ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];

/** Without consent, or with "do not contact directly", the first contact goes through the desk. */
export function contactThroughDesk(r: Pick<InboxReferral, 'consentToContact' | 'doNotContact'>): boolean {
  return r.consentToContact === false || r.doNotContact === true;
}

/** A reason or an outcome the API accepts: at least 3 characters once trimmed. */
export const MIN_TEXT = 3;
