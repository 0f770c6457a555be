import { ReferralStatus } from '../domain';
import { DeskAlertChangedV1, DeskAlertRaisedV1 } from './alert.events';
import { InitiativeChangedV1, InitiativeReferralSeatRefusedV1, InitiativeSeatChangedV1, InitiativeSessionChangedV1 } from './initiative.events';
import { AntennaStatusChangedV1 } from './antenna.events';
import { NeighbourhoodDefinedV1 } from './neighbourhood.events';
import { ReferralChangedV1, ReferralUnmatchedV1 } from './referral.events';
import { VolunteerBuddyChangedV1, VolunteerHoursRecordedV1, VolunteerSignUpChangedV1 } from './volunteer.events';
import { OutcomeRecordedV1, PathwayActionV1, PathwayMovedV1 } from './wellbeing.events';
import { ReportClosedV1, ReportGlassBrokenV1, ReportHandedOverV1, ReportReopenedV1, ReportSubmittedV1, ReportTakenInHandV1, ReportWithdrawnV1 } from './report.events';

/**
 * The map from event type (the subject without its root and municipality tokens) to its
 * payload class. `publish(type, payload)` only compiles with the right payload.
 * Subject on the wire: `<root>.<istat>.<type>`, e.g. prossimo.015077.report.submitted.v1.
 */
export interface EventMap {
  'neighbourhood.defined.v1': NeighbourhoodDefinedV1;
  'antenna.status-changed.v1': AntennaStatusChangedV1;
  'report.submitted.v1': ReportSubmittedV1;
  'report.taken-in-hand.v1': ReportTakenInHandV1;
  'report.handed-over.v1': ReportHandedOverV1;
  'report.closed.v1': ReportClosedV1;
  'report.withdrawn.v1': ReportWithdrawnV1;
  'report.glass-broken.v1': ReportGlassBrokenV1;
  'report.reopened.v1': ReportReopenedV1;
  'referral.requested.v1': ReferralChangedV1;
  'referral.accepted.v1': ReferralChangedV1;
  'referral.rejected.v1': ReferralChangedV1;
  'referral.in-progress.v1': ReferralChangedV1;
  'referral.on-hold.v1': ReferralChangedV1;
  'referral.failed.v1': ReferralChangedV1;
  'referral.completed.v1': ReferralChangedV1;
  'referral.cancelled.v1': ReferralChangedV1;
  'referral.entered-in-error.v1': ReferralChangedV1;
  'referral.unmatched.v1': ReferralUnmatchedV1;
  'referral.first-contact-requested.v1': ReferralChangedV1;
  'referral.contact-handed-over.v1': ReferralChangedV1;
  'alert.raised.v1': DeskAlertRaisedV1;
  'alert.acknowledged.v1': DeskAlertChangedV1;
  'alert.resolved.v1': DeskAlertChangedV1;
  'alert.escalated.v1': DeskAlertChangedV1;
  'initiative.published.v1': InitiativeChangedV1;
  'initiative.updated.v1': InitiativeChangedV1;
  'initiative.withdrawn.v1': InitiativeChangedV1;
  'initiative.session-scheduled.v1': InitiativeSessionChangedV1;
  'initiative.session-changed.v1': InitiativeSessionChangedV1;
  'initiative.seat-reserved.v1': InitiativeSeatChangedV1;
  'initiative.seat-released.v1': InitiativeSeatChangedV1;
  'initiative.referral-seat-refused.v1': InitiativeReferralSeatRefusedV1;
  'volunteer.signed-up.v1': VolunteerSignUpChangedV1;
  'volunteer.sign-up-cancelled.v1': VolunteerSignUpChangedV1;
  'volunteer.hours-recorded.v1': VolunteerHoursRecordedV1;
  'outcome.recorded.v1': OutcomeRecordedV1;
  'pathway.opened.v1': PathwayMovedV1;
  'pathway.closed.v1': PathwayMovedV1;
  'pathway.action-tagged.v1': PathwayActionV1;
  'pathway.action-untagged.v1': PathwayActionV1;
  'volunteer.buddy-changed.v1': VolunteerBuddyChangedV1;
}

export type EventType = keyof EventMap;

type Ctor<T> = new () => T;

export const EVENT_CLASSES: { [K in EventType]: Ctor<EventMap[K]> } = {
  'neighbourhood.defined.v1': NeighbourhoodDefinedV1,
  'antenna.status-changed.v1': AntennaStatusChangedV1,
  'report.submitted.v1': ReportSubmittedV1,
  'report.taken-in-hand.v1': ReportTakenInHandV1,
  'report.handed-over.v1': ReportHandedOverV1,
  'report.closed.v1': ReportClosedV1,
  'report.withdrawn.v1': ReportWithdrawnV1,
  'report.glass-broken.v1': ReportGlassBrokenV1,
  'report.reopened.v1': ReportReopenedV1,
  'referral.requested.v1': ReferralChangedV1,
  'referral.accepted.v1': ReferralChangedV1,
  'referral.rejected.v1': ReferralChangedV1,
  'referral.in-progress.v1': ReferralChangedV1,
  'referral.on-hold.v1': ReferralChangedV1,
  'referral.failed.v1': ReferralChangedV1,
  'referral.completed.v1': ReferralChangedV1,
  'referral.cancelled.v1': ReferralChangedV1,
  'referral.entered-in-error.v1': ReferralChangedV1,
  'referral.unmatched.v1': ReferralUnmatchedV1,
  'referral.first-contact-requested.v1': ReferralChangedV1,
  'referral.contact-handed-over.v1': ReferralChangedV1,
  'alert.raised.v1': DeskAlertRaisedV1,
  'alert.acknowledged.v1': DeskAlertChangedV1,
  'alert.resolved.v1': DeskAlertChangedV1,
  'alert.escalated.v1': DeskAlertChangedV1,
  'initiative.published.v1': InitiativeChangedV1,
  'initiative.updated.v1': InitiativeChangedV1,
  'initiative.withdrawn.v1': InitiativeChangedV1,
  'initiative.session-scheduled.v1': InitiativeSessionChangedV1,
  'initiative.session-changed.v1': InitiativeSessionChangedV1,
  'initiative.seat-reserved.v1': InitiativeSeatChangedV1,
  'initiative.seat-released.v1': InitiativeSeatChangedV1,
  'initiative.referral-seat-refused.v1': InitiativeReferralSeatRefusedV1,
  'volunteer.signed-up.v1': VolunteerSignUpChangedV1,
  'volunteer.sign-up-cancelled.v1': VolunteerSignUpChangedV1,
  'volunteer.hours-recorded.v1': VolunteerHoursRecordedV1,
  'outcome.recorded.v1': OutcomeRecordedV1,
  'pathway.opened.v1': PathwayMovedV1,
  'pathway.closed.v1': PathwayMovedV1,
  'pathway.action-tagged.v1': PathwayActionV1,
  'pathway.action-untagged.v1': PathwayActionV1,
  'volunteer.buddy-changed.v1': VolunteerBuddyChangedV1,
};

/** The event type published when a referral reaches `status`. */
export const REFERRAL_EVENT_BY_STATUS: Record<ReferralStatus, EventType> = {
  [ReferralStatus.REQUESTED]: 'referral.requested.v1',
  [ReferralStatus.ACCEPTED]: 'referral.accepted.v1',
  [ReferralStatus.REJECTED]: 'referral.rejected.v1',
  [ReferralStatus.IN_PROGRESS]: 'referral.in-progress.v1',
  [ReferralStatus.ON_HOLD]: 'referral.on-hold.v1',
  [ReferralStatus.FAILED]: 'referral.failed.v1',
  [ReferralStatus.COMPLETED]: 'referral.completed.v1',
  [ReferralStatus.CANCELLED]: 'referral.cancelled.v1',
  [ReferralStatus.ENTERED_IN_ERROR]: 'referral.entered-in-error.v1',
};

export function isEventType(value: string): value is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CLASSES, value);
}
