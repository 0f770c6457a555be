/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment SessionPayload on AuthPayload { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } }": typeof types.SessionPayloadFragmentDoc,
    "mutation Login($email: String!, $password: String!, $trustDevice: Boolean) { login(email: $email, password: $password, trustDevice: $trustDevice) { ...SessionPayload } }": typeof types.LoginDocument,
    "mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ...SessionPayload } }": typeof types.RefreshDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "query ReferralMessages($referralId: ID!, $first: Int) {\n  referralMessages(referralId: $referralId, first: $first) { nodes { id authorRole byYou text createdAt } pageInfo { hasNextPage } }\n}": typeof types.ReferralMessagesDocument,
    "mutation PostReferralMessage($id: ID, $referralId: ID!, $text: String!) {\n  postReferralMessage(id: $id, referralId: $referralId, text: $text) { id authorRole byYou text createdAt }\n}": typeof types.PostReferralMessageDocument,
    "query Neighbourhoods { neighbourhoods { code name } }": typeof types.NeighbourhoodsDocument,
    "mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { ...SessionPayload } }": typeof types.AcceptInvitationDocument,
    "mutation Reset($token: String!, $password: String!) { completePasswordReset(token: $token, password: $password) }": typeof types.ResetDocument,
    "mutation Redeem($email: String!, $code: String!, $password: String!, $trustDevice: Boolean) {\n  redeemAccountCode(email: $email, code: $code, password: $password, trustDevice: $trustDevice) { ...SessionPayload }\n}": typeof types.RedeemDocument,
    "query SignInOptions { signInOptions { passwordResetByEmail } }": typeof types.SignInOptionsDocument,
    "mutation RequestReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.RequestResetDocument,
    "mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": typeof types.ChangePasswordDocument,
    "mutation LogoutEverywhere { logoutEverywhere }": typeof types.LogoutEverywhereDocument,
    "query AccountSessions($accountId: ID!) { accountSessions(accountId: $accountId) { id createdAt lastUsedAt expiresAt trusted } }": typeof types.AccountSessionsDocument,
    "mutation EndAccountSessions($accountId: ID!) { endAccountSessions(accountId: $accountId) }": typeof types.EndAccountSessionsDocument,
    "query AdminAccounts {\n  accounts { id email displayName role antennaId organisationId }\n  antennas(first: 100) { nodes { id name status } }\n  organisations { id name }\n}": typeof types.AdminAccountsDocument,
    "fragment AntennaMove on Antenna { id status statusReason }": typeof types.AntennaMoveFragmentDoc,
    "mutation TrainAntenna($id: ID!, $trainedOn: String!, $codeOfConductAccepted: Boolean!, $reason: String) { trainAntenna(id: $id, trainedOn: $trainedOn, codeOfConductAccepted: $codeOfConductAccepted, reason: $reason) { ...AntennaMove } }": typeof types.TrainAntennaDocument,
    "mutation ActivateAntenna($id: ID!, $reason: String) { activateAntenna(id: $id, reason: $reason) { ...AntennaMove } }": typeof types.ActivateAntennaDocument,
    "mutation SuspendAntenna($id: ID!, $reason: String!) { suspendAntenna(id: $id, reason: $reason) { ...AntennaMove } }": typeof types.SuspendAntennaDocument,
    "mutation ReactivateAntenna($id: ID!, $reason: String) { reactivateAntenna(id: $id, reason: $reason) { ...AntennaMove } }": typeof types.ReactivateAntennaDocument,
    "mutation RetireAntenna($id: ID!, $reason: String!) { retireAntenna(id: $id, reason: $reason) { ...AntennaMove } }": typeof types.RetireAntennaDocument,
    "mutation InviteAntennaMember($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }": typeof types.InviteAntennaMemberDocument,
    "mutation RemoveAntennaMember($id: ID!) { removeAntennaMember(id: $id) { id } }": typeof types.RemoveAntennaMemberDocument,
    "query AdminAntennas($status: [AntennaStatus!], $search: String) {\n  antennas(first: 100, status: $status, search: $search) {\n    nodes { id name kind address neighbourhoodCode status statusReason members { id displayName email createdAt } }\n    pageInfo { hasNextPage }\n  }\n  neighbourhoods { code name }\n}": typeof types.AdminAntennasDocument,
    "query AntennaApplications { antennas(status: [PROPOSED], first: 100) { nodes { id application { applicantName applicantPhone applicantEmail message appliedAt positionApproximate } } } }": typeof types.AntennaApplicationsDocument,
    "mutation ImportDirectory($content: String!, $format: String!) {\n  importDirectory(content: $content, format: $format) { imported organisations services problems { line field message } }\n}": typeof types.ImportDirectoryDocument,
    "mutation ImportNeighbourhoods($municipality: String!, $geojson: String!, $approximate: Boolean) {\n  importNeighbourhoods(municipality: $municipality, geojson: $geojson, approximate: $approximate) { municipality created updated untouched }\n}": typeof types.ImportNeighbourhoodsDocument,
    "mutation InviteAccount($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }": typeof types.InviteAccountDocument,
    "mutation RegisterOrganisation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id name } }": typeof types.RegisterOrganisationDocument,
    "mutation UpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }": typeof types.UpdateOrganisationDocument,
    "query AdminOrganisations {\n  organisations { id name legalForm taxCode runtsNumber runtsSection email phone website description }\n  neighbourhoods { code name }\n  municipalityPolicy { requireRunts }\n}": typeof types.AdminOrganisationsDocument,
    "query AdminServices($organisationId: ID) {\n  services(organisationId: $organisationId) { id organisationId name status needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit description updatedAt }\n}": typeof types.AdminServicesDocument,
    "fragment PolicyFields on MunicipalityPolicy { municipality requireRunts slaDayMode patronDay deskEmail alertEscalationMinutes supervisorEmail targets { urgency acceptHours firstContactHours } }": typeof types.PolicyFieldsFragmentDoc,
    "query AdminPolicy { municipalityPolicy { ...PolicyFields } }": typeof types.AdminPolicyDocument,
    "mutation SetMunicipalityPolicy($input: SetMunicipalityPolicyInput!) { setMunicipalityPolicy(input: $input) { ...PolicyFields } }": typeof types.SetMunicipalityPolicyDocument,
    "query AddressLookupAvailable { addressLookupAvailable }": typeof types.AddressLookupAvailableDocument,
    "query GeocodeAddress($address: String!) { geocodeAddress(address: $address) { label lat lng } }": typeof types.GeocodeAddressDocument,
    "mutation ProposeAntenna($input: ProposeAntennaInput!) { proposeAntenna(input: $input) { id name status neighbourhoodCode } }": typeof types.ProposeAntennaDocument,
    "mutation IssuePasswordReset($email: String!) { issuePasswordReset(email: $email) { token code email expiresAt } }": typeof types.IssuePasswordResetDocument,
    "query AdminRetention { retention { municipality closedCaseMonths signalDays } }": typeof types.AdminRetentionDocument,
    "mutation SetRetention($closedCaseMonths: Int!, $signalDays: Int!) { setRetention(closedCaseMonths: $closedCaseMonths, signalDays: $signalDays) { closedCaseMonths signalDays } }": typeof types.SetRetentionDocument,
    "query SchoolProtocols($after: String) {\n  schoolProtocols(first: 20, after: $after) {\n    nodes { id schoolName schoolCode neighbourhoodCode schoolYear tutorName activities classGroups { label studentCount plannedHours doneHours } signedOn validUntil plannedHours doneHours students }\n    pageInfo { hasNextPage endCursor } }\n  schoolTotals { schoolYear protocols classGroups students plannedHours doneHours }\n  neighbourhoods { code name } }": typeof types.SchoolProtocolsDocument,
    "mutation SaveSchoolProtocol($input: SchoolProtocolInput!) { saveSchoolProtocol(input: $input) { id } }": typeof types.SaveSchoolProtocolDocument,
    "mutation RegisterService($input: RegisterServiceInput!) { registerService(input: $input) { id name } }": typeof types.RegisterServiceDocument,
    "mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { id name } }": typeof types.UpdateServiceDocument,
    "query TaxonomyTerms($mapped: Boolean) { taxonomyTerms(mapped: $mapped, first: 100) { nodes { id taxonomy code name description need services } pageInfo { hasNextPage } } }": typeof types.TaxonomyTermsDocument,
    "mutation MapTerm($termId: ID!, $need: Need) { mapTaxonomyTerm(termId: $termId, need: $need) { servicesUpdated unrouted term { id need } } }": typeof types.MapTermDocument,
    "query MyReports($first: Int) {\n  myReports(first: $first) { nodes { id reference submittedAt needs urgency ageBand status descriptionStart ownerDesk { name phone hours } } pageInfo { hasNextPage } }\n}": typeof types.MyReportsDocument,
    "mutation AddFollowUp($reportId: ID!, $note: String!) { addReportFollowUp(reportId: $reportId, note: $note) }": typeof types.AddFollowUpDocument,
    "mutation Withdraw($reportId: ID!, $reason: String!) { withdrawReport(reportId: $reportId, reason: $reason) }": typeof types.WithdrawDocument,
    "fragment SubmittedReport on Report { id reference advice ageBand needs neighbourhoodCode status submittedAt urgency ownerDesk { name phone hours } nextStep { acceptBy } }": typeof types.SubmittedReportFragmentDoc,
    "mutation SubmitReport($input: SubmitReportInput!) { submitReport(input: $input) { ...SubmittedReport } }": typeof types.SubmitReportDocument,
    "query FlagNeighbourhoods($municipality: String) { neighbourhoods(municipality: $municipality) { code name } }": typeof types.FlagNeighbourhoodsDocument,
    "query FlagMyAntenna { myAntenna { neighbourhoodCode } }": typeof types.FlagMyAntennaDocument,
    "query Initiatives($m: String, $h: String, $part: DayPart, $kind: InitiativeKind, $free: Boolean, $stepFree: Boolean, $alone: Boolean, $after: String) {\n  initiatives(municipality: $m, neighbourhoodCode: $h, dayPart: $part, kind: $kind, free: $free, stepFree: $stepFree, goodForLivingAlone: $alone, first: 20, after: $after) {\n    nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }": typeof types.InitiativesDocument,
    "query Initiative($id: ID!) { initiative(id: $id) { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } }": typeof types.InitiativeDocument,
    "query MyInitiatives($withdrawn: Boolean, $after: String) {\n  myInitiatives(includeWithdrawn: $withdrawn, first: 20, after: $after) { nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }": typeof types.MyInitiativesDocument,
    "mutation PublishInitiative($input: InitiativeInput!) { publishInitiative(input: $input) { id titleIt } }": typeof types.PublishInitiativeDocument,
    "mutation UpdateInitiative($input: InitiativeInput!) { updateInitiative(input: $input) { id titleIt } }": typeof types.UpdateInitiativeDocument,
    "mutation WithdrawInitiative($id: ID!) { withdrawInitiative(id: $id) { id titleIt } }": typeof types.WithdrawInitiativeDocument,
    "mutation ScheduleSeries($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { id } }": typeof types.ScheduleSeriesDocument,
    "mutation ScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }": typeof types.ScheduleSessionDocument,
    "mutation UpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { id status } }": typeof types.UpdateSessionDocument,
    "fragment TableFields on SuppressedTable { rows columns cells { row total values reasons totalReason } rowTotals columnTotals total rowTotalReasons columnTotalReasons totalReason }": typeof types.TableFieldsFragmentDoc,
    "fragment TimesFields on AcceptanceTimes { count medianMinutes p90Minutes }": typeof types.TimesFieldsFragmentDoc,
    "query Dashboard($from: String, $to: String) {\n  dashboard(from: $from, to: $to) {\n    from to k municipality unownedReports deadLetters\n    acceptance { ...TimesFields }\n    firstContact { ...TimesFields }\n    referralsByState { ...TableFields }\n    reportsByMonthAndNeed { ...TableFields }\n    reportsByNeighbourhoodAndNeed { ...TableFields }\n    reportsByNeighbourhoodAndMonth { ...TableFields }\n    slaBreachesByMonth { ...TableFields }\n    unmetNeed { ...TableFields }\n    outcomesByNeighbourhood { ...TableFields }\n    outcomesByMonth { ...TableFields }\n    pathwaysOpenedByMonth { ...TableFields }\n    pathwaysClosedByMonth { ...TableFields }\n    pathwayActionsByMonth { ...TableFields }\n    initiativesByNeighbourhoodAndKind { ...TableFields }\n    sessionsByNeighbourhoodAndMonth { ...TableFields }\n    seatsOfferedByNeighbourhood { ...TableFields }\n    seatsTakenByNeighbourhood { ...TableFields }\n    seatsTakenByMonth { ...TableFields }\n    prescriptionsByState { ...TableFields }\n    firstAttendanceByMonth { ...TableFields }\n    firstAttendance { accepted firstAttended ratePercent reason }\n    volunteerHoursByNeighbourhoodAndMonth { ...TableFields }\n    coverage { desertThresholdPer1000 deserts neighbourhoods { code name activeAntennas desert per1000Residents population } }\n  }\n}": typeof types.DashboardDocument,
    "query DashboardNeighbourhoods { neighbourhoods { code name population boundary } }": typeof types.DashboardNeighbourhoodsDocument,
    "subscription ReportsArriving { reportsArriving { at municipality } }": typeof types.ReportsArrivingDocument,
    "subscription ReferralsMoving { referralsMoving { at municipality } }": typeof types.ReferralsMovingDocument,
    "mutation UpdateCapacity($input: UpdateCapacityInput!) {\n  updateServiceCapacity(input: $input) { id capacityStatus capacityAvailable capacityMaximum capacityUnit updatedAt }\n}": typeof types.UpdateCapacityDocument,
    "query Services {\n  services { id organisationId name description needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit status updatedAt }\n}": typeof types.ServicesDocument,
    "query MyOrganisation { myOrganisation { id name legalForm email phone website description } }": typeof types.MyOrganisationDocument,
    "mutation UpdateMyOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }": typeof types.UpdateMyOrganisationDocument,
    "query ServiceDetails($id: ID!) { serviceDetails(id: $id) {\n  id applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url\n  phones { number description } schedules { byday opensAt closesAt description }\n  places { id name address city postalCode transportation schedules { byday opensAt closesAt description } } } }": typeof types.ServiceDetailsDocument,
    "mutation UpdateServiceDetails($input: UpdateServiceInput!) { updateService(input: $input) { id } }": typeof types.UpdateServiceDetailsDocument,
    "fragment InboxCard on Referral { id reportId reportReference status needs neighbourhoodCode urgency serviceName createdAt updatedAt dueAt dueKind ageBand consentToContact doNotContact\n  firstContactRequestedAt contactHandedOverAt holdsPlace capacityAvailable capacityMaximum capacityUnit\n  targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt }": typeof types.InboxCardFragmentDoc,
    "query Inbox($first: Int, $status: [ReferralStatus!]) {\n  referrals(first: $first, status: $status) {\n    nodes { ...InboxCard }\n    pageInfo { hasNextPage }\n  }\n}": typeof types.InboxDocument,
    "subscription ReferralUpdates { referralUpdates { referralId status at byYou step } }": typeof types.ReferralUpdatesDocument,
    "mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { ...InboxCard } }": typeof types.AcceptReferralDocument,
    "mutation Reject($id: ID!, $reason: String!) { rejectReferral(id: $id, reason: $reason) { ...InboxCard } }": typeof types.RejectDocument,
    "mutation Start($id: ID!) { startReferral(id: $id) { ...InboxCard } }": typeof types.StartDocument,
    "mutation Hold($id: ID!, $reason: String!) { holdReferral(id: $id, reason: $reason) { ...InboxCard } }": typeof types.HoldDocument,
    "mutation Resume($id: ID!) { resumeReferral(id: $id) { ...InboxCard } }": typeof types.ResumeDocument,
    "mutation Fail($id: ID!, $reason: String!) { failReferral(id: $id, reason: $reason) { ...InboxCard } }": typeof types.FailDocument,
    "mutation Complete($id: ID!, $outcome: String!) { completeReferral(id: $id, outcome: $outcome) { ...InboxCard } }": typeof types.CompleteDocument,
    "mutation RecordFirstAttendance($id: ID!) { recordFirstAttendance(referralId: $id) { ...InboxCard } }": typeof types.RecordFirstAttendanceDocument,
    "mutation RequestDeskFirstContact($id: ID!) { requestDeskFirstContact(id: $id) { ...InboxCard } }": typeof types.RequestDeskFirstContactDocument,
    "mutation Reveal($reportId: ID!) { revealContact(reportId: $reportId) { reportId basis subject { name phone address } } }": typeof types.RevealDocument,
    "query ReferralBriefs($ids: [ID!]!) { referralBriefs(referralIds: $ids) { referralId held contextLine description } }": typeof types.ReferralBriefsDocument,
    "query PublicInfo { publicInfo { municipalities mapTileUrl mapTileAttribution } }": typeof types.PublicInfoDocument,
    "query PublicNeighbourhoods($m: String) { neighbourhoods(municipality: $m) { code name boundary } }": typeof types.PublicNeighbourhoodsDocument,
    "query PublicPoints($m: String, $after: String) {\n  proximityPoints(municipality: $m, first: 100, after: $after) { nodes { id name kind address neighbourhoodCode openingHours publicContact lat lng } pageInfo { hasNextPage endCursor } } }": typeof types.PublicPointsDocument,
    "query PublicPoint($id: ID!) { proximityPoint(id: $id) { id name kind address neighbourhoodCode openingHours publicContact lat lng } }": typeof types.PublicPointDocument,
    "query PublicStreets($m: String!, $s: String!) { streets(municipality: $m, search: $s, first: 8) { name neighbourhoodCode lat lng } }": typeof types.PublicStreetsDocument,
    "query PublicDesks($m: String!) { publicDesks(municipality: $m) { neighbourhoodCode name phone hours } }": typeof types.PublicDesksDocument,
    "query Catalogue($m: String, $need: Need, $h: String, $q: String, $now: Boolean, $after: String) {\n  catalogue(municipality: $m, need: $need, neighbourhoodCode: $h, search: $q, availableNow: $now, first: 20, after: $after) {\n    nodes { id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityUnit availableNow places { name address } }\n    pageInfo { hasNextPage endCursor } } }": typeof types.CatalogueDocument,
    "fragment PhoneFields on PublicPhone { number extension type description }": typeof types.PhoneFieldsFragmentDoc,
    "fragment ScheduleFields on PublicSchedule { freq byday opensAt closesAt validFrom validTo description notes }": typeof types.ScheduleFieldsFragmentDoc,
    "query CatalogueService($id: ID!) { catalogueService(id: $id) {\n  id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit availableNow\n  applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url updatedAt\n  organisation { id name description legalForm website email phones { ...PhoneFields } }\n  phones { ...PhoneFields } schedules { ...ScheduleFields }\n  places { id name description address city postalCode transportation latitude longitude phones { ...PhoneFields } schedules { ...ScheduleFields } } } }": typeof types.CatalogueServiceDocument,
    "query ApplicationChallenge { applicationChallenge { id bits expiresAt } }": typeof types.ApplicationChallengeDocument,
    "mutation Apply($input: ApplyAsProximityPointInput!) { applyAsProximityPoint(input: $input) { id name neighbourhoodCode receivedAt } }": typeof types.ApplyDocument,
    "mutation HandOverFirstContact($id: ID!) { handOverFirstContact(id: $id) { id contactHandedOverAt } }": typeof types.HandOverFirstContactDocument,
    "query OrganisationContext($reportId: ID!) { organisationContext(reportId: $reportId) { text updatedAt } }": typeof types.OrganisationContextDocument,
    "mutation SetOrganisationContext($reportId: ID!, $text: String!) { setOrganisationContext(reportId: $reportId, text: $text) { text updatedAt } }": typeof types.SetOrganisationContextDocument,
    "query Prescribable($m: String) {\n  initiatives(municipality: $m, first: 100) { nodes { id titleIt titleEn neighbourhoodCode organiser { id } } }\n}": typeof types.PrescribableDocument,
    "query PrescribableSessions($id: ID!) {\n  initiative(id: $id) { id sessions { id startsAt status referralLeft } }\n}": typeof types.PrescribableSessionsDocument,
    "mutation PrescribeInitiative($reportId: ID!, $initiativeId: ID!, $sessionId: ID!, $buddyRequested: Boolean!) {\n  prescribeInitiative(reportId: $reportId, initiativeId: $initiativeId, sessionId: $sessionId, buddyRequested: $buddyRequested) { id status }\n}": typeof types.PrescribeInitiativeDocument,
    "query Triage($first: Int, $filter: TriageFilterInput, $reference: String) {\n  triage(first: $first, filter: $filter, reference: $reference) {\n    nodes { id reference closedAt submittedAt needs urgency ageBand neighbourhoodCode contactAttempts takenInHandAt assigneeId ownerDeskId linkedReports antennaName excerpt slaDueAt }\n    pageInfo { hasNextPage }\n  }\n}": typeof types.TriageDocument,
    "query Outcomes($reportId: ID!) {\n  outcomes(reportId: $reportId) {\n    reportId week12DueOn week12Due\n    measurements { id phase measuredOn lackCompanionship leftOut isolated total band recordedByRole recordedByYou recordedAt }\n  }\n}": typeof types.OutcomesDocument,
    "mutation RecordOutcome($id: ID!, $reportId: ID!, $phase: OutcomePhase!, $measuredOn: String!, $lackCompanionship: Int!, $leftOut: Int!, $isolated: Int!) {\n  recordOutcome(id: $id, reportId: $reportId, phase: $phase, measuredOn: $measuredOn, lackCompanionship: $lackCompanionship, leftOut: $leftOut, isolated: $isolated) { id total band }\n}": typeof types.RecordOutcomeDocument,
    "fragment PathwayView on LifePathway {\n  id reportId kind openedAt closedAt\n  referrals { referralId action taggedAt }\n  wishes { text reviewOn writtenAt }\n}": typeof types.PathwayViewFragmentDoc,
    "query Pathway($reportId: ID!) { pathway(reportId: $reportId) { ...PathwayView } }": typeof types.PathwayDocument,
    "mutation OpenPathway($reportId: ID!, $kind: PathwayKind!) { openPathway(reportId: $reportId, kind: $kind) { ...PathwayView } }": typeof types.OpenPathwayDocument,
    "mutation TagPathwayReferral($pathwayId: ID!, $referralId: ID!, $action: PathwayAction!) { tagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId, action: $action) { ...PathwayView } }": typeof types.TagPathwayReferralDocument,
    "mutation UntagPathwayReferral($pathwayId: ID!, $referralId: ID!) { untagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId) { ...PathwayView } }": typeof types.UntagPathwayReferralDocument,
    "mutation UpdatePathwayWishes($pathwayId: ID!, $text: String!, $reviewOn: String!) { updatePathwayWishes(pathwayId: $pathwayId, text: $text, reviewOn: $reviewOn) { ...PathwayView } }": typeof types.UpdatePathwayWishesDocument,
    "mutation ClosePathway($pathwayId: ID!) { closePathway(pathwayId: $pathwayId) { ...PathwayView } }": typeof types.ClosePathwayDocument,
    "query Report($id: ID!) {\n  report(id: $id) {\n    id reference submittedAt description needs urgency ageBand neighbourhoodCode consentToContact doNotContact\n    ownerDeskId assigneeId status takenInHandAt closedAt closureReason withdrawnAt objection erased\n    antennaName slaDueAt reopenableUntil reopenedAt reopenWindowHours\n    subject { name phone address }\n    contactAttempts contactAttemptList { id channel outcome attemptedAt note recordedBy }\n    followUps { at note }\n    linkedReports linkedReportIds\n  }\n}": typeof types.ReportDocument,
    "query ReportReferrals($reportId: ID!) {\n  reportReferrals(reportId: $reportId) {\n    id serviceName status needs urgency createdAt updatedAt reason outcome explanation\n    consentToContact doNotContact firstContactRequestedAt contactHandedOverAt\n    targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt\n    history { at from to reason actorAccountId }\n  }\n}": typeof types.ReportReferralsDocument,
    "query Desks { desks { id name neighbourhoodCode } }": typeof types.DesksDocument,
    "fragment TriageMove on TriageItem { id ownerDeskId assigneeId takenInHandAt }": typeof types.TriageMoveFragmentDoc,
    "mutation Take($id: ID!) { takeReport(id: $id) { ...TriageMove } }": typeof types.TakeDocument,
    "mutation HandOver($id: ID!, $toDeskId: ID!) { handOverReport(id: $id, toDeskId: $toDeskId) { ...TriageMove } }": typeof types.HandOverDocument,
    "mutation Close($id: ID!, $reason: ClosureReason!) { closeReport(id: $id, reason: $reason) { ...TriageMove } }": typeof types.CloseDocument,
    "mutation Reopen($id: ID!) { reopenReport(id: $id) { ...TriageMove } }": typeof types.ReopenDocument,
    "mutation Reroute($id: ID!, $reason: String!, $serviceId: ID) { rerouteReferral(id: $id, reason: $reason, serviceId: $serviceId) { id status } }": typeof types.RerouteDocument,
    "query RerouteOptions($id: ID!) {\n  rerouteOptions(id: $id) {\n    referralId needs reroutable unmet\n    byRule { serviceId serviceName needs }\n    candidates { serviceId serviceName organisationName needsCovered capacityStatus eligible reasons }\n  }\n}": typeof types.RerouteOptionsDocument,
    "mutation RecordAttempt($input: ContactAttemptInput!) {\n  recordContactAttempt(input: $input) { id channel outcome attemptedAt note recordedBy }\n}": typeof types.RecordAttemptDocument,
    "mutation BreakGlass($reportId: ID!, $reason: String!) {\n  breakTheGlass(reportId: $reportId, reason: $reason) { id grantedAt expiresAt }\n}": typeof types.BreakGlassDocument,
    "fragment DeskAlertFields on DeskAlert { id reportId reportReference kind needs createdAt severity acknowledgedAt acknowledgedByName resolvedAt resolution escalationLevel escalatedAt why { need services { serviceName reasons } } }": typeof types.DeskAlertFieldsFragmentDoc,
    "query DeskAlerts($reportId: ID, $first: Int, $includeResolved: Boolean) {\n  deskAlerts(reportId: $reportId, first: $first, includeResolved: $includeResolved) { nodes { ...DeskAlertFields } pageInfo { hasNextPage } }\n}": typeof types.DeskAlertsDocument,
    "subscription DeskAlertRaised { deskAlertRaised { alertId reportId } }": typeof types.DeskAlertRaisedDocument,
    "subscription DeskAlertChanged { deskAlertChanged { alertId reportId change } }": typeof types.DeskAlertChangedDocument,
    "mutation AcknowledgeDeskAlert($id: ID!) { acknowledgeDeskAlert(id: $id) { ...DeskAlertFields } }": typeof types.AcknowledgeDeskAlertDocument,
    "query MyBuddyRequests {\n  myBuddyRequests { referralId ask initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode neighbourhoodName ageBand ended meetingPoint { name address } prescriptionAccepted } }": typeof types.MyBuddyRequestsDocument,
    "mutation AnswerBuddyRequest($r: ID!, $accept: Boolean!) {\n  answerBuddyRequest(referralId: $r, accept: $accept) { referralId ask ended meetingPoint { name address } prescriptionAccepted } }": typeof types.AnswerBuddyRequestDocument,
    "mutation RevealBuddyContact($r: ID!) { revealBuddyContact(referralId: $r) { referralId name phone } }": typeof types.RevealBuddyContactDocument,
    "query OrganisationBuddyRequests {\n  organisationBuddyRequests { referralId initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode ageBand status volunteerId volunteerName referralStatus } }": typeof types.OrganisationBuddyRequestsDocument,
    "query BuddyProposals($r: ID!, $language: String) {\n  buddyProposals(referralId: $r, language: $language) {\n    request { referralId status volunteerId volunteerName }\n    proposals { volunteerId displayName neighbourhoodCode sameNeighbourhood distanceKm languages skills reasons asked } } }": typeof types.BuddyProposalsDocument,
    "mutation AskBuddy($r: ID!, $v: ID!) { askBuddy(referralId: $r, volunteerId: $v) { referralId status volunteerId volunteerName } }": typeof types.AskBuddyDocument,
    "mutation SignUpAsVolunteer($input: SignUpAsVolunteerInput!) {\n  signUpAsVolunteer(input: $input) { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } } }": typeof types.SignUpAsVolunteerDocument,
    "query MyVolunteerProfile {\n  myVolunteerProfile { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } }\n  neighbourhoods { code name } }": typeof types.MyVolunteerProfileDocument,
    "mutation SaveVolunteerProfile($input: VolunteerProfileInput!) {\n  saveVolunteerProfile(input: $input) { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } } }": typeof types.SaveVolunteerProfileDocument,
    "query MyShifts {\n  myShifts {\n    signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt }\n    shift { id roleId startsAt endsAt capacity taken placesLeft meetingPoint }\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    confirmationDue }\n  myVolunteerProfile { neighbourhoodCode } }": typeof types.MyShiftsDocument,
    "query VolunteerOpportunities($n: String) {\n  volunteerOpportunities(neighbourhoodCode: $n, first: 30) { nodes {\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }\n  neighbourhoods { code name } }": typeof types.VolunteerOpportunitiesDocument,
    "mutation SignUpForShift($s: ID!) { signUpForShift(shiftId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": typeof types.SignUpForShiftDocument,
    "mutation CancelShiftSignUp($s: ID!) { cancelShiftSignUp(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": typeof types.CancelShiftSignUpDocument,
    "mutation ConfirmShift($s: ID!) { confirmShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": typeof types.ConfirmShiftDocument,
    "mutation CheckInShift($s: ID!) { checkInShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": typeof types.CheckInShiftDocument,
    "mutation CheckOutShift($s: ID!) { checkOutShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": typeof types.CheckOutShiftDocument,
    "query OrganisationVolunteerRoles {\n  organisationVolunteerRoles(first: 50) { nodes {\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }\n  neighbourhoods { code name } }": typeof types.OrganisationVolunteerRolesDocument,
    "mutation PublishVolunteerRole($input: PublishVolunteerRoleInput!) {\n  publishVolunteerRole(input: $input) { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided } }": typeof types.PublishVolunteerRoleDocument,
    "mutation AddVolunteerShift($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } }": typeof types.AddVolunteerShiftDocument,
    "query ShiftRoster($s: ID!) {\n  shiftRoster(shiftId: $s) { volunteerId displayName email phone signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } } }": typeof types.ShiftRosterDocument,
    "query VolunteerHours { volunteerHours(first: 50) { nodes { id volunteerId volunteerName roleTitle day minutes source } } }": typeof types.VolunteerHoursDocument,
    "mutation RecordVolunteerHours($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { id } }": typeof types.RecordVolunteerHoursDocument,
};
const documents: Documents = {
    "fragment SessionPayload on AuthPayload { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } }": types.SessionPayloadFragmentDoc,
    "mutation Login($email: String!, $password: String!, $trustDevice: Boolean) { login(email: $email, password: $password, trustDevice: $trustDevice) { ...SessionPayload } }": types.LoginDocument,
    "mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ...SessionPayload } }": types.RefreshDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "query ReferralMessages($referralId: ID!, $first: Int) {\n  referralMessages(referralId: $referralId, first: $first) { nodes { id authorRole byYou text createdAt } pageInfo { hasNextPage } }\n}": types.ReferralMessagesDocument,
    "mutation PostReferralMessage($id: ID, $referralId: ID!, $text: String!) {\n  postReferralMessage(id: $id, referralId: $referralId, text: $text) { id authorRole byYou text createdAt }\n}": types.PostReferralMessageDocument,
    "query Neighbourhoods { neighbourhoods { code name } }": types.NeighbourhoodsDocument,
    "mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { ...SessionPayload } }": types.AcceptInvitationDocument,
    "mutation Reset($token: String!, $password: String!) { completePasswordReset(token: $token, password: $password) }": types.ResetDocument,
    "mutation Redeem($email: String!, $code: String!, $password: String!, $trustDevice: Boolean) {\n  redeemAccountCode(email: $email, code: $code, password: $password, trustDevice: $trustDevice) { ...SessionPayload }\n}": types.RedeemDocument,
    "query SignInOptions { signInOptions { passwordResetByEmail } }": types.SignInOptionsDocument,
    "mutation RequestReset($email: String!) { requestPasswordReset(email: $email) }": types.RequestResetDocument,
    "mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": types.ChangePasswordDocument,
    "mutation LogoutEverywhere { logoutEverywhere }": types.LogoutEverywhereDocument,
    "query AccountSessions($accountId: ID!) { accountSessions(accountId: $accountId) { id createdAt lastUsedAt expiresAt trusted } }": types.AccountSessionsDocument,
    "mutation EndAccountSessions($accountId: ID!) { endAccountSessions(accountId: $accountId) }": types.EndAccountSessionsDocument,
    "query AdminAccounts {\n  accounts { id email displayName role antennaId organisationId }\n  antennas(first: 100) { nodes { id name status } }\n  organisations { id name }\n}": types.AdminAccountsDocument,
    "fragment AntennaMove on Antenna { id status statusReason }": types.AntennaMoveFragmentDoc,
    "mutation TrainAntenna($id: ID!, $trainedOn: String!, $codeOfConductAccepted: Boolean!, $reason: String) { trainAntenna(id: $id, trainedOn: $trainedOn, codeOfConductAccepted: $codeOfConductAccepted, reason: $reason) { ...AntennaMove } }": types.TrainAntennaDocument,
    "mutation ActivateAntenna($id: ID!, $reason: String) { activateAntenna(id: $id, reason: $reason) { ...AntennaMove } }": types.ActivateAntennaDocument,
    "mutation SuspendAntenna($id: ID!, $reason: String!) { suspendAntenna(id: $id, reason: $reason) { ...AntennaMove } }": types.SuspendAntennaDocument,
    "mutation ReactivateAntenna($id: ID!, $reason: String) { reactivateAntenna(id: $id, reason: $reason) { ...AntennaMove } }": types.ReactivateAntennaDocument,
    "mutation RetireAntenna($id: ID!, $reason: String!) { retireAntenna(id: $id, reason: $reason) { ...AntennaMove } }": types.RetireAntennaDocument,
    "mutation InviteAntennaMember($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }": types.InviteAntennaMemberDocument,
    "mutation RemoveAntennaMember($id: ID!) { removeAntennaMember(id: $id) { id } }": types.RemoveAntennaMemberDocument,
    "query AdminAntennas($status: [AntennaStatus!], $search: String) {\n  antennas(first: 100, status: $status, search: $search) {\n    nodes { id name kind address neighbourhoodCode status statusReason members { id displayName email createdAt } }\n    pageInfo { hasNextPage }\n  }\n  neighbourhoods { code name }\n}": types.AdminAntennasDocument,
    "query AntennaApplications { antennas(status: [PROPOSED], first: 100) { nodes { id application { applicantName applicantPhone applicantEmail message appliedAt positionApproximate } } } }": types.AntennaApplicationsDocument,
    "mutation ImportDirectory($content: String!, $format: String!) {\n  importDirectory(content: $content, format: $format) { imported organisations services problems { line field message } }\n}": types.ImportDirectoryDocument,
    "mutation ImportNeighbourhoods($municipality: String!, $geojson: String!, $approximate: Boolean) {\n  importNeighbourhoods(municipality: $municipality, geojson: $geojson, approximate: $approximate) { municipality created updated untouched }\n}": types.ImportNeighbourhoodsDocument,
    "mutation InviteAccount($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }": types.InviteAccountDocument,
    "mutation RegisterOrganisation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id name } }": types.RegisterOrganisationDocument,
    "mutation UpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }": types.UpdateOrganisationDocument,
    "query AdminOrganisations {\n  organisations { id name legalForm taxCode runtsNumber runtsSection email phone website description }\n  neighbourhoods { code name }\n  municipalityPolicy { requireRunts }\n}": types.AdminOrganisationsDocument,
    "query AdminServices($organisationId: ID) {\n  services(organisationId: $organisationId) { id organisationId name status needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit description updatedAt }\n}": types.AdminServicesDocument,
    "fragment PolicyFields on MunicipalityPolicy { municipality requireRunts slaDayMode patronDay deskEmail alertEscalationMinutes supervisorEmail targets { urgency acceptHours firstContactHours } }": types.PolicyFieldsFragmentDoc,
    "query AdminPolicy { municipalityPolicy { ...PolicyFields } }": types.AdminPolicyDocument,
    "mutation SetMunicipalityPolicy($input: SetMunicipalityPolicyInput!) { setMunicipalityPolicy(input: $input) { ...PolicyFields } }": types.SetMunicipalityPolicyDocument,
    "query AddressLookupAvailable { addressLookupAvailable }": types.AddressLookupAvailableDocument,
    "query GeocodeAddress($address: String!) { geocodeAddress(address: $address) { label lat lng } }": types.GeocodeAddressDocument,
    "mutation ProposeAntenna($input: ProposeAntennaInput!) { proposeAntenna(input: $input) { id name status neighbourhoodCode } }": types.ProposeAntennaDocument,
    "mutation IssuePasswordReset($email: String!) { issuePasswordReset(email: $email) { token code email expiresAt } }": types.IssuePasswordResetDocument,
    "query AdminRetention { retention { municipality closedCaseMonths signalDays } }": types.AdminRetentionDocument,
    "mutation SetRetention($closedCaseMonths: Int!, $signalDays: Int!) { setRetention(closedCaseMonths: $closedCaseMonths, signalDays: $signalDays) { closedCaseMonths signalDays } }": types.SetRetentionDocument,
    "query SchoolProtocols($after: String) {\n  schoolProtocols(first: 20, after: $after) {\n    nodes { id schoolName schoolCode neighbourhoodCode schoolYear tutorName activities classGroups { label studentCount plannedHours doneHours } signedOn validUntil plannedHours doneHours students }\n    pageInfo { hasNextPage endCursor } }\n  schoolTotals { schoolYear protocols classGroups students plannedHours doneHours }\n  neighbourhoods { code name } }": types.SchoolProtocolsDocument,
    "mutation SaveSchoolProtocol($input: SchoolProtocolInput!) { saveSchoolProtocol(input: $input) { id } }": types.SaveSchoolProtocolDocument,
    "mutation RegisterService($input: RegisterServiceInput!) { registerService(input: $input) { id name } }": types.RegisterServiceDocument,
    "mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { id name } }": types.UpdateServiceDocument,
    "query TaxonomyTerms($mapped: Boolean) { taxonomyTerms(mapped: $mapped, first: 100) { nodes { id taxonomy code name description need services } pageInfo { hasNextPage } } }": types.TaxonomyTermsDocument,
    "mutation MapTerm($termId: ID!, $need: Need) { mapTaxonomyTerm(termId: $termId, need: $need) { servicesUpdated unrouted term { id need } } }": types.MapTermDocument,
    "query MyReports($first: Int) {\n  myReports(first: $first) { nodes { id reference submittedAt needs urgency ageBand status descriptionStart ownerDesk { name phone hours } } pageInfo { hasNextPage } }\n}": types.MyReportsDocument,
    "mutation AddFollowUp($reportId: ID!, $note: String!) { addReportFollowUp(reportId: $reportId, note: $note) }": types.AddFollowUpDocument,
    "mutation Withdraw($reportId: ID!, $reason: String!) { withdrawReport(reportId: $reportId, reason: $reason) }": types.WithdrawDocument,
    "fragment SubmittedReport on Report { id reference advice ageBand needs neighbourhoodCode status submittedAt urgency ownerDesk { name phone hours } nextStep { acceptBy } }": types.SubmittedReportFragmentDoc,
    "mutation SubmitReport($input: SubmitReportInput!) { submitReport(input: $input) { ...SubmittedReport } }": types.SubmitReportDocument,
    "query FlagNeighbourhoods($municipality: String) { neighbourhoods(municipality: $municipality) { code name } }": types.FlagNeighbourhoodsDocument,
    "query FlagMyAntenna { myAntenna { neighbourhoodCode } }": types.FlagMyAntennaDocument,
    "query Initiatives($m: String, $h: String, $part: DayPart, $kind: InitiativeKind, $free: Boolean, $stepFree: Boolean, $alone: Boolean, $after: String) {\n  initiatives(municipality: $m, neighbourhoodCode: $h, dayPart: $part, kind: $kind, free: $free, stepFree: $stepFree, goodForLivingAlone: $alone, first: 20, after: $after) {\n    nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }": types.InitiativesDocument,
    "query Initiative($id: ID!) { initiative(id: $id) { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } }": types.InitiativeDocument,
    "query MyInitiatives($withdrawn: Boolean, $after: String) {\n  myInitiatives(includeWithdrawn: $withdrawn, first: 20, after: $after) { nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }": types.MyInitiativesDocument,
    "mutation PublishInitiative($input: InitiativeInput!) { publishInitiative(input: $input) { id titleIt } }": types.PublishInitiativeDocument,
    "mutation UpdateInitiative($input: InitiativeInput!) { updateInitiative(input: $input) { id titleIt } }": types.UpdateInitiativeDocument,
    "mutation WithdrawInitiative($id: ID!) { withdrawInitiative(id: $id) { id titleIt } }": types.WithdrawInitiativeDocument,
    "mutation ScheduleSeries($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { id } }": types.ScheduleSeriesDocument,
    "mutation ScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }": types.ScheduleSessionDocument,
    "mutation UpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { id status } }": types.UpdateSessionDocument,
    "fragment TableFields on SuppressedTable { rows columns cells { row total values reasons totalReason } rowTotals columnTotals total rowTotalReasons columnTotalReasons totalReason }": types.TableFieldsFragmentDoc,
    "fragment TimesFields on AcceptanceTimes { count medianMinutes p90Minutes }": types.TimesFieldsFragmentDoc,
    "query Dashboard($from: String, $to: String) {\n  dashboard(from: $from, to: $to) {\n    from to k municipality unownedReports deadLetters\n    acceptance { ...TimesFields }\n    firstContact { ...TimesFields }\n    referralsByState { ...TableFields }\n    reportsByMonthAndNeed { ...TableFields }\n    reportsByNeighbourhoodAndNeed { ...TableFields }\n    reportsByNeighbourhoodAndMonth { ...TableFields }\n    slaBreachesByMonth { ...TableFields }\n    unmetNeed { ...TableFields }\n    outcomesByNeighbourhood { ...TableFields }\n    outcomesByMonth { ...TableFields }\n    pathwaysOpenedByMonth { ...TableFields }\n    pathwaysClosedByMonth { ...TableFields }\n    pathwayActionsByMonth { ...TableFields }\n    initiativesByNeighbourhoodAndKind { ...TableFields }\n    sessionsByNeighbourhoodAndMonth { ...TableFields }\n    seatsOfferedByNeighbourhood { ...TableFields }\n    seatsTakenByNeighbourhood { ...TableFields }\n    seatsTakenByMonth { ...TableFields }\n    prescriptionsByState { ...TableFields }\n    firstAttendanceByMonth { ...TableFields }\n    firstAttendance { accepted firstAttended ratePercent reason }\n    volunteerHoursByNeighbourhoodAndMonth { ...TableFields }\n    coverage { desertThresholdPer1000 deserts neighbourhoods { code name activeAntennas desert per1000Residents population } }\n  }\n}": types.DashboardDocument,
    "query DashboardNeighbourhoods { neighbourhoods { code name population boundary } }": types.DashboardNeighbourhoodsDocument,
    "subscription ReportsArriving { reportsArriving { at municipality } }": types.ReportsArrivingDocument,
    "subscription ReferralsMoving { referralsMoving { at municipality } }": types.ReferralsMovingDocument,
    "mutation UpdateCapacity($input: UpdateCapacityInput!) {\n  updateServiceCapacity(input: $input) { id capacityStatus capacityAvailable capacityMaximum capacityUnit updatedAt }\n}": types.UpdateCapacityDocument,
    "query Services {\n  services { id organisationId name description needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit status updatedAt }\n}": types.ServicesDocument,
    "query MyOrganisation { myOrganisation { id name legalForm email phone website description } }": types.MyOrganisationDocument,
    "mutation UpdateMyOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }": types.UpdateMyOrganisationDocument,
    "query ServiceDetails($id: ID!) { serviceDetails(id: $id) {\n  id applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url\n  phones { number description } schedules { byday opensAt closesAt description }\n  places { id name address city postalCode transportation schedules { byday opensAt closesAt description } } } }": types.ServiceDetailsDocument,
    "mutation UpdateServiceDetails($input: UpdateServiceInput!) { updateService(input: $input) { id } }": types.UpdateServiceDetailsDocument,
    "fragment InboxCard on Referral { id reportId reportReference status needs neighbourhoodCode urgency serviceName createdAt updatedAt dueAt dueKind ageBand consentToContact doNotContact\n  firstContactRequestedAt contactHandedOverAt holdsPlace capacityAvailable capacityMaximum capacityUnit\n  targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt }": types.InboxCardFragmentDoc,
    "query Inbox($first: Int, $status: [ReferralStatus!]) {\n  referrals(first: $first, status: $status) {\n    nodes { ...InboxCard }\n    pageInfo { hasNextPage }\n  }\n}": types.InboxDocument,
    "subscription ReferralUpdates { referralUpdates { referralId status at byYou step } }": types.ReferralUpdatesDocument,
    "mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { ...InboxCard } }": types.AcceptReferralDocument,
    "mutation Reject($id: ID!, $reason: String!) { rejectReferral(id: $id, reason: $reason) { ...InboxCard } }": types.RejectDocument,
    "mutation Start($id: ID!) { startReferral(id: $id) { ...InboxCard } }": types.StartDocument,
    "mutation Hold($id: ID!, $reason: String!) { holdReferral(id: $id, reason: $reason) { ...InboxCard } }": types.HoldDocument,
    "mutation Resume($id: ID!) { resumeReferral(id: $id) { ...InboxCard } }": types.ResumeDocument,
    "mutation Fail($id: ID!, $reason: String!) { failReferral(id: $id, reason: $reason) { ...InboxCard } }": types.FailDocument,
    "mutation Complete($id: ID!, $outcome: String!) { completeReferral(id: $id, outcome: $outcome) { ...InboxCard } }": types.CompleteDocument,
    "mutation RecordFirstAttendance($id: ID!) { recordFirstAttendance(referralId: $id) { ...InboxCard } }": types.RecordFirstAttendanceDocument,
    "mutation RequestDeskFirstContact($id: ID!) { requestDeskFirstContact(id: $id) { ...InboxCard } }": types.RequestDeskFirstContactDocument,
    "mutation Reveal($reportId: ID!) { revealContact(reportId: $reportId) { reportId basis subject { name phone address } } }": types.RevealDocument,
    "query ReferralBriefs($ids: [ID!]!) { referralBriefs(referralIds: $ids) { referralId held contextLine description } }": types.ReferralBriefsDocument,
    "query PublicInfo { publicInfo { municipalities mapTileUrl mapTileAttribution } }": types.PublicInfoDocument,
    "query PublicNeighbourhoods($m: String) { neighbourhoods(municipality: $m) { code name boundary } }": types.PublicNeighbourhoodsDocument,
    "query PublicPoints($m: String, $after: String) {\n  proximityPoints(municipality: $m, first: 100, after: $after) { nodes { id name kind address neighbourhoodCode openingHours publicContact lat lng } pageInfo { hasNextPage endCursor } } }": types.PublicPointsDocument,
    "query PublicPoint($id: ID!) { proximityPoint(id: $id) { id name kind address neighbourhoodCode openingHours publicContact lat lng } }": types.PublicPointDocument,
    "query PublicStreets($m: String!, $s: String!) { streets(municipality: $m, search: $s, first: 8) { name neighbourhoodCode lat lng } }": types.PublicStreetsDocument,
    "query PublicDesks($m: String!) { publicDesks(municipality: $m) { neighbourhoodCode name phone hours } }": types.PublicDesksDocument,
    "query Catalogue($m: String, $need: Need, $h: String, $q: String, $now: Boolean, $after: String) {\n  catalogue(municipality: $m, need: $need, neighbourhoodCode: $h, search: $q, availableNow: $now, first: 20, after: $after) {\n    nodes { id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityUnit availableNow places { name address } }\n    pageInfo { hasNextPage endCursor } } }": types.CatalogueDocument,
    "fragment PhoneFields on PublicPhone { number extension type description }": types.PhoneFieldsFragmentDoc,
    "fragment ScheduleFields on PublicSchedule { freq byday opensAt closesAt validFrom validTo description notes }": types.ScheduleFieldsFragmentDoc,
    "query CatalogueService($id: ID!) { catalogueService(id: $id) {\n  id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit availableNow\n  applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url updatedAt\n  organisation { id name description legalForm website email phones { ...PhoneFields } }\n  phones { ...PhoneFields } schedules { ...ScheduleFields }\n  places { id name description address city postalCode transportation latitude longitude phones { ...PhoneFields } schedules { ...ScheduleFields } } } }": types.CatalogueServiceDocument,
    "query ApplicationChallenge { applicationChallenge { id bits expiresAt } }": types.ApplicationChallengeDocument,
    "mutation Apply($input: ApplyAsProximityPointInput!) { applyAsProximityPoint(input: $input) { id name neighbourhoodCode receivedAt } }": types.ApplyDocument,
    "mutation HandOverFirstContact($id: ID!) { handOverFirstContact(id: $id) { id contactHandedOverAt } }": types.HandOverFirstContactDocument,
    "query OrganisationContext($reportId: ID!) { organisationContext(reportId: $reportId) { text updatedAt } }": types.OrganisationContextDocument,
    "mutation SetOrganisationContext($reportId: ID!, $text: String!) { setOrganisationContext(reportId: $reportId, text: $text) { text updatedAt } }": types.SetOrganisationContextDocument,
    "query Prescribable($m: String) {\n  initiatives(municipality: $m, first: 100) { nodes { id titleIt titleEn neighbourhoodCode organiser { id } } }\n}": types.PrescribableDocument,
    "query PrescribableSessions($id: ID!) {\n  initiative(id: $id) { id sessions { id startsAt status referralLeft } }\n}": types.PrescribableSessionsDocument,
    "mutation PrescribeInitiative($reportId: ID!, $initiativeId: ID!, $sessionId: ID!, $buddyRequested: Boolean!) {\n  prescribeInitiative(reportId: $reportId, initiativeId: $initiativeId, sessionId: $sessionId, buddyRequested: $buddyRequested) { id status }\n}": types.PrescribeInitiativeDocument,
    "query Triage($first: Int, $filter: TriageFilterInput, $reference: String) {\n  triage(first: $first, filter: $filter, reference: $reference) {\n    nodes { id reference closedAt submittedAt needs urgency ageBand neighbourhoodCode contactAttempts takenInHandAt assigneeId ownerDeskId linkedReports antennaName excerpt slaDueAt }\n    pageInfo { hasNextPage }\n  }\n}": types.TriageDocument,
    "query Outcomes($reportId: ID!) {\n  outcomes(reportId: $reportId) {\n    reportId week12DueOn week12Due\n    measurements { id phase measuredOn lackCompanionship leftOut isolated total band recordedByRole recordedByYou recordedAt }\n  }\n}": types.OutcomesDocument,
    "mutation RecordOutcome($id: ID!, $reportId: ID!, $phase: OutcomePhase!, $measuredOn: String!, $lackCompanionship: Int!, $leftOut: Int!, $isolated: Int!) {\n  recordOutcome(id: $id, reportId: $reportId, phase: $phase, measuredOn: $measuredOn, lackCompanionship: $lackCompanionship, leftOut: $leftOut, isolated: $isolated) { id total band }\n}": types.RecordOutcomeDocument,
    "fragment PathwayView on LifePathway {\n  id reportId kind openedAt closedAt\n  referrals { referralId action taggedAt }\n  wishes { text reviewOn writtenAt }\n}": types.PathwayViewFragmentDoc,
    "query Pathway($reportId: ID!) { pathway(reportId: $reportId) { ...PathwayView } }": types.PathwayDocument,
    "mutation OpenPathway($reportId: ID!, $kind: PathwayKind!) { openPathway(reportId: $reportId, kind: $kind) { ...PathwayView } }": types.OpenPathwayDocument,
    "mutation TagPathwayReferral($pathwayId: ID!, $referralId: ID!, $action: PathwayAction!) { tagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId, action: $action) { ...PathwayView } }": types.TagPathwayReferralDocument,
    "mutation UntagPathwayReferral($pathwayId: ID!, $referralId: ID!) { untagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId) { ...PathwayView } }": types.UntagPathwayReferralDocument,
    "mutation UpdatePathwayWishes($pathwayId: ID!, $text: String!, $reviewOn: String!) { updatePathwayWishes(pathwayId: $pathwayId, text: $text, reviewOn: $reviewOn) { ...PathwayView } }": types.UpdatePathwayWishesDocument,
    "mutation ClosePathway($pathwayId: ID!) { closePathway(pathwayId: $pathwayId) { ...PathwayView } }": types.ClosePathwayDocument,
    "query Report($id: ID!) {\n  report(id: $id) {\n    id reference submittedAt description needs urgency ageBand neighbourhoodCode consentToContact doNotContact\n    ownerDeskId assigneeId status takenInHandAt closedAt closureReason withdrawnAt objection erased\n    antennaName slaDueAt reopenableUntil reopenedAt reopenWindowHours\n    subject { name phone address }\n    contactAttempts contactAttemptList { id channel outcome attemptedAt note recordedBy }\n    followUps { at note }\n    linkedReports linkedReportIds\n  }\n}": types.ReportDocument,
    "query ReportReferrals($reportId: ID!) {\n  reportReferrals(reportId: $reportId) {\n    id serviceName status needs urgency createdAt updatedAt reason outcome explanation\n    consentToContact doNotContact firstContactRequestedAt contactHandedOverAt\n    targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt\n    history { at from to reason actorAccountId }\n  }\n}": types.ReportReferralsDocument,
    "query Desks { desks { id name neighbourhoodCode } }": types.DesksDocument,
    "fragment TriageMove on TriageItem { id ownerDeskId assigneeId takenInHandAt }": types.TriageMoveFragmentDoc,
    "mutation Take($id: ID!) { takeReport(id: $id) { ...TriageMove } }": types.TakeDocument,
    "mutation HandOver($id: ID!, $toDeskId: ID!) { handOverReport(id: $id, toDeskId: $toDeskId) { ...TriageMove } }": types.HandOverDocument,
    "mutation Close($id: ID!, $reason: ClosureReason!) { closeReport(id: $id, reason: $reason) { ...TriageMove } }": types.CloseDocument,
    "mutation Reopen($id: ID!) { reopenReport(id: $id) { ...TriageMove } }": types.ReopenDocument,
    "mutation Reroute($id: ID!, $reason: String!, $serviceId: ID) { rerouteReferral(id: $id, reason: $reason, serviceId: $serviceId) { id status } }": types.RerouteDocument,
    "query RerouteOptions($id: ID!) {\n  rerouteOptions(id: $id) {\n    referralId needs reroutable unmet\n    byRule { serviceId serviceName needs }\n    candidates { serviceId serviceName organisationName needsCovered capacityStatus eligible reasons }\n  }\n}": types.RerouteOptionsDocument,
    "mutation RecordAttempt($input: ContactAttemptInput!) {\n  recordContactAttempt(input: $input) { id channel outcome attemptedAt note recordedBy }\n}": types.RecordAttemptDocument,
    "mutation BreakGlass($reportId: ID!, $reason: String!) {\n  breakTheGlass(reportId: $reportId, reason: $reason) { id grantedAt expiresAt }\n}": types.BreakGlassDocument,
    "fragment DeskAlertFields on DeskAlert { id reportId reportReference kind needs createdAt severity acknowledgedAt acknowledgedByName resolvedAt resolution escalationLevel escalatedAt why { need services { serviceName reasons } } }": types.DeskAlertFieldsFragmentDoc,
    "query DeskAlerts($reportId: ID, $first: Int, $includeResolved: Boolean) {\n  deskAlerts(reportId: $reportId, first: $first, includeResolved: $includeResolved) { nodes { ...DeskAlertFields } pageInfo { hasNextPage } }\n}": types.DeskAlertsDocument,
    "subscription DeskAlertRaised { deskAlertRaised { alertId reportId } }": types.DeskAlertRaisedDocument,
    "subscription DeskAlertChanged { deskAlertChanged { alertId reportId change } }": types.DeskAlertChangedDocument,
    "mutation AcknowledgeDeskAlert($id: ID!) { acknowledgeDeskAlert(id: $id) { ...DeskAlertFields } }": types.AcknowledgeDeskAlertDocument,
    "query MyBuddyRequests {\n  myBuddyRequests { referralId ask initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode neighbourhoodName ageBand ended meetingPoint { name address } prescriptionAccepted } }": types.MyBuddyRequestsDocument,
    "mutation AnswerBuddyRequest($r: ID!, $accept: Boolean!) {\n  answerBuddyRequest(referralId: $r, accept: $accept) { referralId ask ended meetingPoint { name address } prescriptionAccepted } }": types.AnswerBuddyRequestDocument,
    "mutation RevealBuddyContact($r: ID!) { revealBuddyContact(referralId: $r) { referralId name phone } }": types.RevealBuddyContactDocument,
    "query OrganisationBuddyRequests {\n  organisationBuddyRequests { referralId initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode ageBand status volunteerId volunteerName referralStatus } }": types.OrganisationBuddyRequestsDocument,
    "query BuddyProposals($r: ID!, $language: String) {\n  buddyProposals(referralId: $r, language: $language) {\n    request { referralId status volunteerId volunteerName }\n    proposals { volunteerId displayName neighbourhoodCode sameNeighbourhood distanceKm languages skills reasons asked } } }": types.BuddyProposalsDocument,
    "mutation AskBuddy($r: ID!, $v: ID!) { askBuddy(referralId: $r, volunteerId: $v) { referralId status volunteerId volunteerName } }": types.AskBuddyDocument,
    "mutation SignUpAsVolunteer($input: SignUpAsVolunteerInput!) {\n  signUpAsVolunteer(input: $input) { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } } }": types.SignUpAsVolunteerDocument,
    "query MyVolunteerProfile {\n  myVolunteerProfile { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } }\n  neighbourhoods { code name } }": types.MyVolunteerProfileDocument,
    "mutation SaveVolunteerProfile($input: VolunteerProfileInput!) {\n  saveVolunteerProfile(input: $input) { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } } }": types.SaveVolunteerProfileDocument,
    "query MyShifts {\n  myShifts {\n    signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt }\n    shift { id roleId startsAt endsAt capacity taken placesLeft meetingPoint }\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    confirmationDue }\n  myVolunteerProfile { neighbourhoodCode } }": types.MyShiftsDocument,
    "query VolunteerOpportunities($n: String) {\n  volunteerOpportunities(neighbourhoodCode: $n, first: 30) { nodes {\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }\n  neighbourhoods { code name } }": types.VolunteerOpportunitiesDocument,
    "mutation SignUpForShift($s: ID!) { signUpForShift(shiftId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": types.SignUpForShiftDocument,
    "mutation CancelShiftSignUp($s: ID!) { cancelShiftSignUp(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": types.CancelShiftSignUpDocument,
    "mutation ConfirmShift($s: ID!) { confirmShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": types.ConfirmShiftDocument,
    "mutation CheckInShift($s: ID!) { checkInShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": types.CheckInShiftDocument,
    "mutation CheckOutShift($s: ID!) { checkOutShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }": types.CheckOutShiftDocument,
    "query OrganisationVolunteerRoles {\n  organisationVolunteerRoles(first: 50) { nodes {\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }\n  neighbourhoods { code name } }": types.OrganisationVolunteerRolesDocument,
    "mutation PublishVolunteerRole($input: PublishVolunteerRoleInput!) {\n  publishVolunteerRole(input: $input) { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided } }": types.PublishVolunteerRoleDocument,
    "mutation AddVolunteerShift($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } }": types.AddVolunteerShiftDocument,
    "query ShiftRoster($s: ID!) {\n  shiftRoster(shiftId: $s) { volunteerId displayName email phone signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } } }": types.ShiftRosterDocument,
    "query VolunteerHours { volunteerHours(first: 50) { nodes { id volunteerId volunteerName roleTitle day minutes source } } }": types.VolunteerHoursDocument,
    "mutation RecordVolunteerHours($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { id } }": types.RecordVolunteerHoursDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionPayload on AuthPayload { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } }"): typeof import('./graphql').SessionPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!, $trustDevice: Boolean) { login(email: $email, password: $password, trustDevice: $trustDevice) { ...SessionPayload } }"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ...SessionPayload } }"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralMessages($referralId: ID!, $first: Int) {\n  referralMessages(referralId: $referralId, first: $first) { nodes { id authorRole byYou text createdAt } pageInfo { hasNextPage } }\n}"): typeof import('./graphql').ReferralMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostReferralMessage($id: ID, $referralId: ID!, $text: String!) {\n  postReferralMessage(id: $id, referralId: $referralId, text: $text) { id authorRole byYou text createdAt }\n}"): typeof import('./graphql').PostReferralMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighbourhoods { neighbourhoods { code name } }"): typeof import('./graphql').NeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { ...SessionPayload } }"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reset($token: String!, $password: String!) { completePasswordReset(token: $token, password: $password) }"): typeof import('./graphql').ResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Redeem($email: String!, $code: String!, $password: String!, $trustDevice: Boolean) {\n  redeemAccountCode(email: $email, code: $code, password: $password, trustDevice: $trustDevice) { ...SessionPayload }\n}"): typeof import('./graphql').RedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInOptions { signInOptions { passwordResetByEmail } }"): typeof import('./graphql').SignInOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestReset($email: String!) { requestPasswordReset(email: $email) }"): typeof import('./graphql').RequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogoutEverywhere { logoutEverywhere }"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountSessions($accountId: ID!) { accountSessions(accountId: $accountId) { id createdAt lastUsedAt expiresAt trusted } }"): typeof import('./graphql').AccountSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndAccountSessions($accountId: ID!) { endAccountSessions(accountId: $accountId) }"): typeof import('./graphql').EndAccountSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminAccounts {\n  accounts { id email displayName role antennaId organisationId }\n  antennas(first: 100) { nodes { id name status } }\n  organisations { id name }\n}"): typeof import('./graphql').AdminAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AntennaMove on Antenna { id status statusReason }"): typeof import('./graphql').AntennaMoveFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainAntenna($id: ID!, $trainedOn: String!, $codeOfConductAccepted: Boolean!, $reason: String) { trainAntenna(id: $id, trainedOn: $trainedOn, codeOfConductAccepted: $codeOfConductAccepted, reason: $reason) { ...AntennaMove } }"): typeof import('./graphql').TrainAntennaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateAntenna($id: ID!, $reason: String) { activateAntenna(id: $id, reason: $reason) { ...AntennaMove } }"): typeof import('./graphql').ActivateAntennaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendAntenna($id: ID!, $reason: String!) { suspendAntenna(id: $id, reason: $reason) { ...AntennaMove } }"): typeof import('./graphql').SuspendAntennaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateAntenna($id: ID!, $reason: String) { reactivateAntenna(id: $id, reason: $reason) { ...AntennaMove } }"): typeof import('./graphql').ReactivateAntennaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireAntenna($id: ID!, $reason: String!) { retireAntenna(id: $id, reason: $reason) { ...AntennaMove } }"): typeof import('./graphql').RetireAntennaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteAntennaMember($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }"): typeof import('./graphql').InviteAntennaMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAntennaMember($id: ID!) { removeAntennaMember(id: $id) { id } }"): typeof import('./graphql').RemoveAntennaMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminAntennas($status: [AntennaStatus!], $search: String) {\n  antennas(first: 100, status: $status, search: $search) {\n    nodes { id name kind address neighbourhoodCode status statusReason members { id displayName email createdAt } }\n    pageInfo { hasNextPage }\n  }\n  neighbourhoods { code name }\n}"): typeof import('./graphql').AdminAntennasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AntennaApplications { antennas(status: [PROPOSED], first: 100) { nodes { id application { applicantName applicantPhone applicantEmail message appliedAt positionApproximate } } } }"): typeof import('./graphql').AntennaApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportDirectory($content: String!, $format: String!) {\n  importDirectory(content: $content, format: $format) { imported organisations services problems { line field message } }\n}"): typeof import('./graphql').ImportDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportNeighbourhoods($municipality: String!, $geojson: String!, $approximate: Boolean) {\n  importNeighbourhoods(municipality: $municipality, geojson: $geojson, approximate: $approximate) { municipality created updated untouched }\n}"): typeof import('./graphql').ImportNeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteAccount($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }"): typeof import('./graphql').InviteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterOrganisation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id name } }"): typeof import('./graphql').RegisterOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminOrganisations {\n  organisations { id name legalForm taxCode runtsNumber runtsSection email phone website description }\n  neighbourhoods { code name }\n  municipalityPolicy { requireRunts }\n}"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminServices($organisationId: ID) {\n  services(organisationId: $organisationId) { id organisationId name status needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit description updatedAt }\n}"): typeof import('./graphql').AdminServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicyFields on MunicipalityPolicy { municipality requireRunts slaDayMode patronDay deskEmail alertEscalationMinutes supervisorEmail targets { urgency acceptHours firstContactHours } }"): typeof import('./graphql').PolicyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminPolicy { municipalityPolicy { ...PolicyFields } }"): typeof import('./graphql').AdminPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMunicipalityPolicy($input: SetMunicipalityPolicyInput!) { setMunicipalityPolicy(input: $input) { ...PolicyFields } }"): typeof import('./graphql').SetMunicipalityPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AddressLookupAvailable { addressLookupAvailable }"): typeof import('./graphql').AddressLookupAvailableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GeocodeAddress($address: String!) { geocodeAddress(address: $address) { label lat lng } }"): typeof import('./graphql').GeocodeAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeAntenna($input: ProposeAntennaInput!) { proposeAntenna(input: $input) { id name status neighbourhoodCode } }"): typeof import('./graphql').ProposeAntennaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssuePasswordReset($email: String!) { issuePasswordReset(email: $email) { token code email expiresAt } }"): typeof import('./graphql').IssuePasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminRetention { retention { municipality closedCaseMonths signalDays } }"): typeof import('./graphql').AdminRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRetention($closedCaseMonths: Int!, $signalDays: Int!) { setRetention(closedCaseMonths: $closedCaseMonths, signalDays: $signalDays) { closedCaseMonths signalDays } }"): typeof import('./graphql').SetRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchoolProtocols($after: String) {\n  schoolProtocols(first: 20, after: $after) {\n    nodes { id schoolName schoolCode neighbourhoodCode schoolYear tutorName activities classGroups { label studentCount plannedHours doneHours } signedOn validUntil plannedHours doneHours students }\n    pageInfo { hasNextPage endCursor } }\n  schoolTotals { schoolYear protocols classGroups students plannedHours doneHours }\n  neighbourhoods { code name } }"): typeof import('./graphql').SchoolProtocolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveSchoolProtocol($input: SchoolProtocolInput!) { saveSchoolProtocol(input: $input) { id } }"): typeof import('./graphql').SaveSchoolProtocolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterService($input: RegisterServiceInput!) { registerService(input: $input) { id name } }"): typeof import('./graphql').RegisterServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { id name } }"): typeof import('./graphql').UpdateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaxonomyTerms($mapped: Boolean) { taxonomyTerms(mapped: $mapped, first: 100) { nodes { id taxonomy code name description need services } pageInfo { hasNextPage } } }"): typeof import('./graphql').TaxonomyTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MapTerm($termId: ID!, $need: Need) { mapTaxonomyTerm(termId: $termId, need: $need) { servicesUpdated unrouted term { id need } } }"): typeof import('./graphql').MapTermDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyReports($first: Int) {\n  myReports(first: $first) { nodes { id reference submittedAt needs urgency ageBand status descriptionStart ownerDesk { name phone hours } } pageInfo { hasNextPage } }\n}"): typeof import('./graphql').MyReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddFollowUp($reportId: ID!, $note: String!) { addReportFollowUp(reportId: $reportId, note: $note) }"): typeof import('./graphql').AddFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Withdraw($reportId: ID!, $reason: String!) { withdrawReport(reportId: $reportId, reason: $reason) }"): typeof import('./graphql').WithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SubmittedReport on Report { id reference advice ageBand needs neighbourhoodCode status submittedAt urgency ownerDesk { name phone hours } nextStep { acceptBy } }"): typeof import('./graphql').SubmittedReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReport($input: SubmitReportInput!) { submitReport(input: $input) { ...SubmittedReport } }"): typeof import('./graphql').SubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FlagNeighbourhoods($municipality: String) { neighbourhoods(municipality: $municipality) { code name } }"): typeof import('./graphql').FlagNeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FlagMyAntenna { myAntenna { neighbourhoodCode } }"): typeof import('./graphql').FlagMyAntennaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Initiatives($m: String, $h: String, $part: DayPart, $kind: InitiativeKind, $free: Boolean, $stepFree: Boolean, $alone: Boolean, $after: String) {\n  initiatives(municipality: $m, neighbourhoodCode: $h, dayPart: $part, kind: $kind, free: $free, stepFree: $stepFree, goodForLivingAlone: $alone, first: 20, after: $after) {\n    nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').InitiativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Initiative($id: ID!) { initiative(id: $id) { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } }"): typeof import('./graphql').InitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInitiatives($withdrawn: Boolean, $after: String) {\n  myInitiatives(includeWithdrawn: $withdrawn, first: 20, after: $after) { nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode\n  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').MyInitiativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishInitiative($input: InitiativeInput!) { publishInitiative(input: $input) { id titleIt } }"): typeof import('./graphql').PublishInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInitiative($input: InitiativeInput!) { updateInitiative(input: $input) { id titleIt } }"): typeof import('./graphql').UpdateInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawInitiative($id: ID!) { withdrawInitiative(id: $id) { id titleIt } }"): typeof import('./graphql').WithdrawInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSeries($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { id } }"): typeof import('./graphql').ScheduleSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }"): typeof import('./graphql').ScheduleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { id status } }"): typeof import('./graphql').UpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TableFields on SuppressedTable { rows columns cells { row total values reasons totalReason } rowTotals columnTotals total rowTotalReasons columnTotalReasons totalReason }"): typeof import('./graphql').TableFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TimesFields on AcceptanceTimes { count medianMinutes p90Minutes }"): typeof import('./graphql').TimesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($from: String, $to: String) {\n  dashboard(from: $from, to: $to) {\n    from to k municipality unownedReports deadLetters\n    acceptance { ...TimesFields }\n    firstContact { ...TimesFields }\n    referralsByState { ...TableFields }\n    reportsByMonthAndNeed { ...TableFields }\n    reportsByNeighbourhoodAndNeed { ...TableFields }\n    reportsByNeighbourhoodAndMonth { ...TableFields }\n    slaBreachesByMonth { ...TableFields }\n    unmetNeed { ...TableFields }\n    outcomesByNeighbourhood { ...TableFields }\n    outcomesByMonth { ...TableFields }\n    pathwaysOpenedByMonth { ...TableFields }\n    pathwaysClosedByMonth { ...TableFields }\n    pathwayActionsByMonth { ...TableFields }\n    initiativesByNeighbourhoodAndKind { ...TableFields }\n    sessionsByNeighbourhoodAndMonth { ...TableFields }\n    seatsOfferedByNeighbourhood { ...TableFields }\n    seatsTakenByNeighbourhood { ...TableFields }\n    seatsTakenByMonth { ...TableFields }\n    prescriptionsByState { ...TableFields }\n    firstAttendanceByMonth { ...TableFields }\n    firstAttendance { accepted firstAttended ratePercent reason }\n    volunteerHoursByNeighbourhoodAndMonth { ...TableFields }\n    coverage { desertThresholdPer1000 deserts neighbourhoods { code name activeAntennas desert per1000Residents population } }\n  }\n}"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardNeighbourhoods { neighbourhoods { code name population boundary } }"): typeof import('./graphql').DashboardNeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReportsArriving { reportsArriving { at municipality } }"): typeof import('./graphql').ReportsArrivingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReferralsMoving { referralsMoving { at municipality } }"): typeof import('./graphql').ReferralsMovingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCapacity($input: UpdateCapacityInput!) {\n  updateServiceCapacity(input: $input) { id capacityStatus capacityAvailable capacityMaximum capacityUnit updatedAt }\n}"): typeof import('./graphql').UpdateCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Services {\n  services { id organisationId name description needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit status updatedAt }\n}"): typeof import('./graphql').ServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOrganisation { myOrganisation { id name legalForm email phone website description } }"): typeof import('./graphql').MyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }"): typeof import('./graphql').UpdateMyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceDetails($id: ID!) { serviceDetails(id: $id) {\n  id applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url\n  phones { number description } schedules { byday opensAt closesAt description }\n  places { id name address city postalCode transportation schedules { byday opensAt closesAt description } } } }"): typeof import('./graphql').ServiceDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateServiceDetails($input: UpdateServiceInput!) { updateService(input: $input) { id } }"): typeof import('./graphql').UpdateServiceDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InboxCard on Referral { id reportId reportReference status needs neighbourhoodCode urgency serviceName createdAt updatedAt dueAt dueKind ageBand consentToContact doNotContact\n  firstContactRequestedAt contactHandedOverAt holdsPlace capacityAvailable capacityMaximum capacityUnit\n  targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt }"): typeof import('./graphql').InboxCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inbox($first: Int, $status: [ReferralStatus!]) {\n  referrals(first: $first, status: $status) {\n    nodes { ...InboxCard }\n    pageInfo { hasNextPage }\n  }\n}"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReferralUpdates { referralUpdates { referralId status at byYou step } }"): typeof import('./graphql').ReferralUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { ...InboxCard } }"): typeof import('./graphql').AcceptReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reject($id: ID!, $reason: String!) { rejectReferral(id: $id, reason: $reason) { ...InboxCard } }"): typeof import('./graphql').RejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Start($id: ID!) { startReferral(id: $id) { ...InboxCard } }"): typeof import('./graphql').StartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Hold($id: ID!, $reason: String!) { holdReferral(id: $id, reason: $reason) { ...InboxCard } }"): typeof import('./graphql').HoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Resume($id: ID!) { resumeReferral(id: $id) { ...InboxCard } }"): typeof import('./graphql').ResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Fail($id: ID!, $reason: String!) { failReferral(id: $id, reason: $reason) { ...InboxCard } }"): typeof import('./graphql').FailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Complete($id: ID!, $outcome: String!) { completeReferral(id: $id, outcome: $outcome) { ...InboxCard } }"): typeof import('./graphql').CompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordFirstAttendance($id: ID!) { recordFirstAttendance(referralId: $id) { ...InboxCard } }"): typeof import('./graphql').RecordFirstAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestDeskFirstContact($id: ID!) { requestDeskFirstContact(id: $id) { ...InboxCard } }"): typeof import('./graphql').RequestDeskFirstContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reveal($reportId: ID!) { revealContact(reportId: $reportId) { reportId basis subject { name phone address } } }"): typeof import('./graphql').RevealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralBriefs($ids: [ID!]!) { referralBriefs(referralIds: $ids) { referralId held contextLine description } }"): typeof import('./graphql').ReferralBriefsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicInfo { publicInfo { municipalities mapTileUrl mapTileAttribution } }"): typeof import('./graphql').PublicInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicNeighbourhoods($m: String) { neighbourhoods(municipality: $m) { code name boundary } }"): typeof import('./graphql').PublicNeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicPoints($m: String, $after: String) {\n  proximityPoints(municipality: $m, first: 100, after: $after) { nodes { id name kind address neighbourhoodCode openingHours publicContact lat lng } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').PublicPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicPoint($id: ID!) { proximityPoint(id: $id) { id name kind address neighbourhoodCode openingHours publicContact lat lng } }"): typeof import('./graphql').PublicPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicStreets($m: String!, $s: String!) { streets(municipality: $m, search: $s, first: 8) { name neighbourhoodCode lat lng } }"): typeof import('./graphql').PublicStreetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicDesks($m: String!) { publicDesks(municipality: $m) { neighbourhoodCode name phone hours } }"): typeof import('./graphql').PublicDesksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Catalogue($m: String, $need: Need, $h: String, $q: String, $now: Boolean, $after: String) {\n  catalogue(municipality: $m, need: $need, neighbourhoodCode: $h, search: $q, availableNow: $now, first: 20, after: $after) {\n    nodes { id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityUnit availableNow places { name address } }\n    pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PhoneFields on PublicPhone { number extension type description }"): typeof import('./graphql').PhoneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScheduleFields on PublicSchedule { freq byday opensAt closesAt validFrom validTo description notes }"): typeof import('./graphql').ScheduleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogueService($id: ID!) { catalogueService(id: $id) {\n  id name description status organisationName needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit availableNow\n  applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url updatedAt\n  organisation { id name description legalForm website email phones { ...PhoneFields } }\n  phones { ...PhoneFields } schedules { ...ScheduleFields }\n  places { id name description address city postalCode transportation latitude longitude phones { ...PhoneFields } schedules { ...ScheduleFields } } } }"): typeof import('./graphql').CatalogueServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApplicationChallenge { applicationChallenge { id bits expiresAt } }"): typeof import('./graphql').ApplicationChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Apply($input: ApplyAsProximityPointInput!) { applyAsProximityPoint(input: $input) { id name neighbourhoodCode receivedAt } }"): typeof import('./graphql').ApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandOverFirstContact($id: ID!) { handOverFirstContact(id: $id) { id contactHandedOverAt } }"): typeof import('./graphql').HandOverFirstContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationContext($reportId: ID!) { organisationContext(reportId: $reportId) { text updatedAt } }"): typeof import('./graphql').OrganisationContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetOrganisationContext($reportId: ID!, $text: String!) { setOrganisationContext(reportId: $reportId, text: $text) { text updatedAt } }"): typeof import('./graphql').SetOrganisationContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Prescribable($m: String) {\n  initiatives(municipality: $m, first: 100) { nodes { id titleIt titleEn neighbourhoodCode organiser { id } } }\n}"): typeof import('./graphql').PrescribableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrescribableSessions($id: ID!) {\n  initiative(id: $id) { id sessions { id startsAt status referralLeft } }\n}"): typeof import('./graphql').PrescribableSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrescribeInitiative($reportId: ID!, $initiativeId: ID!, $sessionId: ID!, $buddyRequested: Boolean!) {\n  prescribeInitiative(reportId: $reportId, initiativeId: $initiativeId, sessionId: $sessionId, buddyRequested: $buddyRequested) { id status }\n}"): typeof import('./graphql').PrescribeInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Triage($first: Int, $filter: TriageFilterInput, $reference: String) {\n  triage(first: $first, filter: $filter, reference: $reference) {\n    nodes { id reference closedAt submittedAt needs urgency ageBand neighbourhoodCode contactAttempts takenInHandAt assigneeId ownerDeskId linkedReports antennaName excerpt slaDueAt }\n    pageInfo { hasNextPage }\n  }\n}"): typeof import('./graphql').TriageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Outcomes($reportId: ID!) {\n  outcomes(reportId: $reportId) {\n    reportId week12DueOn week12Due\n    measurements { id phase measuredOn lackCompanionship leftOut isolated total band recordedByRole recordedByYou recordedAt }\n  }\n}"): typeof import('./graphql').OutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordOutcome($id: ID!, $reportId: ID!, $phase: OutcomePhase!, $measuredOn: String!, $lackCompanionship: Int!, $leftOut: Int!, $isolated: Int!) {\n  recordOutcome(id: $id, reportId: $reportId, phase: $phase, measuredOn: $measuredOn, lackCompanionship: $lackCompanionship, leftOut: $leftOut, isolated: $isolated) { id total band }\n}"): typeof import('./graphql').RecordOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PathwayView on LifePathway {\n  id reportId kind openedAt closedAt\n  referrals { referralId action taggedAt }\n  wishes { text reviewOn writtenAt }\n}"): typeof import('./graphql').PathwayViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Pathway($reportId: ID!) { pathway(reportId: $reportId) { ...PathwayView } }"): typeof import('./graphql').PathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenPathway($reportId: ID!, $kind: PathwayKind!) { openPathway(reportId: $reportId, kind: $kind) { ...PathwayView } }"): typeof import('./graphql').OpenPathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TagPathwayReferral($pathwayId: ID!, $referralId: ID!, $action: PathwayAction!) { tagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId, action: $action) { ...PathwayView } }"): typeof import('./graphql').TagPathwayReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UntagPathwayReferral($pathwayId: ID!, $referralId: ID!) { untagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId) { ...PathwayView } }"): typeof import('./graphql').UntagPathwayReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePathwayWishes($pathwayId: ID!, $text: String!, $reviewOn: String!) { updatePathwayWishes(pathwayId: $pathwayId, text: $text, reviewOn: $reviewOn) { ...PathwayView } }"): typeof import('./graphql').UpdatePathwayWishesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosePathway($pathwayId: ID!) { closePathway(pathwayId: $pathwayId) { ...PathwayView } }"): typeof import('./graphql').ClosePathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Report($id: ID!) {\n  report(id: $id) {\n    id reference submittedAt description needs urgency ageBand neighbourhoodCode consentToContact doNotContact\n    ownerDeskId assigneeId status takenInHandAt closedAt closureReason withdrawnAt objection erased\n    antennaName slaDueAt reopenableUntil reopenedAt reopenWindowHours\n    subject { name phone address }\n    contactAttempts contactAttemptList { id channel outcome attemptedAt note recordedBy }\n    followUps { at note }\n    linkedReports linkedReportIds\n  }\n}"): typeof import('./graphql').ReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportReferrals($reportId: ID!) {\n  reportReferrals(reportId: $reportId) {\n    id serviceName status needs urgency createdAt updatedAt reason outcome explanation\n    consentToContact doNotContact firstContactRequestedAt contactHandedOverAt\n    targetKind initiativeTitle initiativeTitleEn sessionStartsAt buddyRequested firstAttendedAt\n    history { at from to reason actorAccountId }\n  }\n}"): typeof import('./graphql').ReportReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Desks { desks { id name neighbourhoodCode } }"): typeof import('./graphql').DesksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TriageMove on TriageItem { id ownerDeskId assigneeId takenInHandAt }"): typeof import('./graphql').TriageMoveFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Take($id: ID!) { takeReport(id: $id) { ...TriageMove } }"): typeof import('./graphql').TakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandOver($id: ID!, $toDeskId: ID!) { handOverReport(id: $id, toDeskId: $toDeskId) { ...TriageMove } }"): typeof import('./graphql').HandOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Close($id: ID!, $reason: ClosureReason!) { closeReport(id: $id, reason: $reason) { ...TriageMove } }"): typeof import('./graphql').CloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reopen($id: ID!) { reopenReport(id: $id) { ...TriageMove } }"): typeof import('./graphql').ReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reroute($id: ID!, $reason: String!, $serviceId: ID) { rerouteReferral(id: $id, reason: $reason, serviceId: $serviceId) { id status } }"): typeof import('./graphql').RerouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RerouteOptions($id: ID!) {\n  rerouteOptions(id: $id) {\n    referralId needs reroutable unmet\n    byRule { serviceId serviceName needs }\n    candidates { serviceId serviceName organisationName needsCovered capacityStatus eligible reasons }\n  }\n}"): typeof import('./graphql').RerouteOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAttempt($input: ContactAttemptInput!) {\n  recordContactAttempt(input: $input) { id channel outcome attemptedAt note recordedBy }\n}"): typeof import('./graphql').RecordAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BreakGlass($reportId: ID!, $reason: String!) {\n  breakTheGlass(reportId: $reportId, reason: $reason) { id grantedAt expiresAt }\n}"): typeof import('./graphql').BreakGlassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DeskAlertFields on DeskAlert { id reportId reportReference kind needs createdAt severity acknowledgedAt acknowledgedByName resolvedAt resolution escalationLevel escalatedAt why { need services { serviceName reasons } } }"): typeof import('./graphql').DeskAlertFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskAlerts($reportId: ID, $first: Int, $includeResolved: Boolean) {\n  deskAlerts(reportId: $reportId, first: $first, includeResolved: $includeResolved) { nodes { ...DeskAlertFields } pageInfo { hasNextPage } }\n}"): typeof import('./graphql').DeskAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DeskAlertRaised { deskAlertRaised { alertId reportId } }"): typeof import('./graphql').DeskAlertRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DeskAlertChanged { deskAlertChanged { alertId reportId change } }"): typeof import('./graphql').DeskAlertChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeDeskAlert($id: ID!) { acknowledgeDeskAlert(id: $id) { ...DeskAlertFields } }"): typeof import('./graphql').AcknowledgeDeskAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyBuddyRequests {\n  myBuddyRequests { referralId ask initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode neighbourhoodName ageBand ended meetingPoint { name address } prescriptionAccepted } }"): typeof import('./graphql').MyBuddyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerBuddyRequest($r: ID!, $accept: Boolean!) {\n  answerBuddyRequest(referralId: $r, accept: $accept) { referralId ask ended meetingPoint { name address } prescriptionAccepted } }"): typeof import('./graphql').AnswerBuddyRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevealBuddyContact($r: ID!) { revealBuddyContact(referralId: $r) { referralId name phone } }"): typeof import('./graphql').RevealBuddyContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationBuddyRequests {\n  organisationBuddyRequests { referralId initiativeTitleIt initiativeTitleEn sessionStartsAt neighbourhoodCode ageBand status volunteerId volunteerName referralStatus } }"): typeof import('./graphql').OrganisationBuddyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BuddyProposals($r: ID!, $language: String) {\n  buddyProposals(referralId: $r, language: $language) {\n    request { referralId status volunteerId volunteerName }\n    proposals { volunteerId displayName neighbourhoodCode sameNeighbourhood distanceKm languages skills reasons asked } } }"): typeof import('./graphql').BuddyProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskBuddy($r: ID!, $v: ID!) { askBuddy(referralId: $r, volunteerId: $v) { referralId status volunteerId volunteerName } }"): typeof import('./graphql').AskBuddyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpAsVolunteer($input: SignUpAsVolunteerInput!) {\n  signUpAsVolunteer(input: $input) { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } } }"): typeof import('./graphql').SignUpAsVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyVolunteerProfile {\n  myVolunteerProfile { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } }\n  neighbourhoods { code name } }"): typeof import('./graphql').MyVolunteerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveVolunteerProfile($input: VolunteerProfileInput!) {\n  saveVolunteerProfile(input: $input) { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } } }"): typeof import('./graphql').SaveVolunteerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyShifts {\n  myShifts {\n    signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt }\n    shift { id roleId startsAt endsAt capacity taken placesLeft meetingPoint }\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    confirmationDue }\n  myVolunteerProfile { neighbourhoodCode } }"): typeof import('./graphql').MyShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerOpportunities($n: String) {\n  volunteerOpportunities(neighbourhoodCode: $n, first: 30) { nodes {\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }\n  neighbourhoods { code name } }"): typeof import('./graphql').VolunteerOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpForShift($s: ID!) { signUpForShift(shiftId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }"): typeof import('./graphql').SignUpForShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelShiftSignUp($s: ID!) { cancelShiftSignUp(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }"): typeof import('./graphql').CancelShiftSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmShift($s: ID!) { confirmShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }"): typeof import('./graphql').ConfirmShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckInShift($s: ID!) { checkInShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }"): typeof import('./graphql').CheckInShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckOutShift($s: ID!) { checkOutShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }"): typeof import('./graphql').CheckOutShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationVolunteerRoles {\n  organisationVolunteerRoles(first: 50) { nodes {\n    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }\n    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }\n  neighbourhoods { code name } }"): typeof import('./graphql').OrganisationVolunteerRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishVolunteerRole($input: PublishVolunteerRoleInput!) {\n  publishVolunteerRole(input: $input) { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided } }"): typeof import('./graphql').PublishVolunteerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddVolunteerShift($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } }"): typeof import('./graphql').AddVolunteerShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShiftRoster($s: ID!) {\n  shiftRoster(shiftId: $s) { volunteerId displayName email phone signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } } }"): typeof import('./graphql').ShiftRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerHours { volunteerHours(first: 50) { nodes { id volunteerId volunteerName roleTitle day minutes source } } }"): typeof import('./graphql').VolunteerHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordVolunteerHours($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { id } }"): typeof import('./graphql').RecordVolunteerHoursDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
