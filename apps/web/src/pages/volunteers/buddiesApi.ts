import { graphql } from '../../gql';
import type { BuddyProposalsQuery, MyBuddyRequestsQuery, OrganisationBuddyRequestsQuery } from '../../gql/graphql';

/** Buddies for prescriptions (issue 17): the volunteer's side and the organiser's. */

export const MY_BUDDY_REQUESTS = graphql(`query MyBuddyRequests {
  myBuddyRequests { referralId ask initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode neighbourhoodName ageBand ended meetingPoint { name address } prescriptionAccepted } }`);
export const ANSWER_BUDDY_REQUEST = graphql(`mutation AnswerBuddyRequest($r: ID!, $accept: Boolean!) {
  answerBuddyRequest(referralId: $r, accept: $accept) { referralId ask ended meetingPoint { name address } prescriptionAccepted } }`);
export const REVEAL_BUDDY_CONTACT = graphql(`mutation RevealBuddyContact($r: ID!) { revealBuddyContact(referralId: $r) { referralId name phone } }`);

export const ORGANISATION_BUDDY_REQUESTS = graphql(`query OrganisationBuddyRequests {
  organisationBuddyRequests { referralId initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode ageBand status volunteerId volunteerName referralStatus } }`);
export const BUDDY_PROPOSALS = graphql(`query BuddyProposals($r: ID!, $language: String) {
  buddyProposals(referralId: $r, language: $language) {
    request { referralId status volunteerId volunteerName }
    proposals { volunteerId displayName neighbourhoodCode sameNeighbourhood distanceKm languages skills reasons asked } } }`);
export const ASK_BUDDY = graphql(`mutation AskBuddy($r: ID!, $v: ID!) { askBuddy(referralId: $r, volunteerId: $v) { referralId status volunteerId volunteerName } }`);

export type MyBuddyRequest = MyBuddyRequestsQuery['myBuddyRequests'][number];
export type OrganisationBuddyRequest = OrganisationBuddyRequestsQuery['organisationBuddyRequests'][number];
export type BuddyProposal = BuddyProposalsQuery['buddyProposals']['proposals'][number];
