import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@prossimo/contracts';
import {
  DEMO_ACCOUNTS,
  DEMO_BAKERY_ID,
  DEMO_CITIZEN_ACCOUNTS,
  DEMO_INITIATIVES,
  DEMO_MEMORY_CAFE_ID,
  DEMO_MUNICIPALITY,
  DEMO_ORGANISATION,
  DEMO_SCHOOL_PROTOCOLS,
  DEMO_SERVICES,
  DEMO_VOLUNTEER_ROLES,
  DEMO_VOLUNTEERS,
} from '@prossimo/demo';
import { TokenSigner } from '@prossimo/platform';
import { RunningSystem, query, waitFor } from '@prossimo/testing';
import { CROSS_MUNICIPALITY } from '../apps/gateway/test/access-matrix';
import { solveProofOfWork } from './support/proof-of-work';

/** Another municipality (Cusano Milanino), with no data of its own in the demo. */
const FOREIGN = '015093';
const REFUSED = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT'];

type Gql = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * Every write is scoped to the actor's municipality (docs/security.md). Against the whole system
 * with the demo of Cinisello Balsamo (015077), every mutation is tried by people of another
 * municipality, with tokens that name Cinisello's own antenna and organisation (as a careless or
 * hostile identity provider could): each is refused, and afterwards nothing of Cinisello changed.
 * The table of expectations is CROSS_MUNICIPALITY in apps/gateway/test/access-matrix.ts; a mutation
 * without a scenario here fails the suite.
 */
export function crossMunicipalitySuite(system: () => RunningSystem): void {
  let signer: TokenSigner;
  const target: Record<string, string> = {};

  const sys = () => system();
  const tokenOf = (role: Role, extra: { ant?: string; org?: string; mun?: string; sub?: string } = {}) =>
    signer.sign({ sub: extra.sub ?? randomUUID(), role, mun: extra.mun ?? FOREIGN, ...(extra.ant ? { ant: extra.ant } : {}), ...(extra.org ? { org: extra.org } : {}) }).then((t) => t.token);
  const foreign = {
    admin: () => tokenOf(Role.ADMIN),
    antenna: () => tokenOf(Role.ANTENNA, { ant: DEMO_BAKERY_ID }),
    operator: () => tokenOf(Role.ORG_OPERATOR, { org: DEMO_ORGANISATION.id }),
    worker: () => tokenOf(Role.SOCIAL_WORKER),
    /** A resident of another municipality whose token names Cinisello's demo volunteer (a careless identity provider). */
    citizen: () => tokenOf(Role.CITIZEN, { sub: DEMO_CITIZEN_ACCOUNTS.anna.id }),
  };

  /** What Cinisello holds, everywhere a write could land: it must not move. */
  async function fingerprint(): Promise<string> {
    const s = sys();
    const q = (service: string, sql: string) => query(s.dbUrl(service), sql, [DEMO_MUNICIPALITY]);
    return JSON.stringify({
      antennas: await q('antennas', `SELECT id, status, name, neighbourhood_code FROM antennas WHERE municipality = $1 ORDER BY id`),
      neighbourhoods: await q('antennas', `SELECT code, name, population, md5(geometry::text) AS g FROM neighbourhoods WHERE municipality = $1 ORDER BY code`),
      foreignNeighbourhoods: await query(s.dbUrl('antennas'), `SELECT code FROM neighbourhoods WHERE municipality <> $1`, [DEMO_MUNICIPALITY]),
      reports: await q('reports', `SELECT id, status, assignee_id, owner_desk_id, closed_at, withdrawn_at, md5(coalesce(description_sealed, '')::text) AS d FROM reports WHERE municipality = $1 ORDER BY id`),
      subjects: await q('reports', `SELECT id, md5(coalesce(identity_sealed, '')::text) AS i, objection_at, destroyed_at FROM subjects WHERE municipality = $1 ORDER BY id`),
      attempts: await q('reports', `SELECT count(*)::int AS n FROM contact_attempts a JOIN reports r ON r.id = a.report_id WHERE r.municipality = $1`),
      followUps: await q('reports', `SELECT count(*)::int AS n FROM report_follow_ups f JOIN reports r ON r.id = f.report_id WHERE r.municipality = $1`),
      grants: await q('reports', `SELECT count(*)::int AS n FROM break_glass_grants WHERE municipality = $1`),
      messages: await q('reports', `SELECT count(*)::int AS n FROM referral_messages WHERE municipality = $1`),
      contexts: await q('reports', `SELECT report_id, md5(coalesce(text_sealed, '')::text) AS t FROM report_org_contexts WHERE municipality = $1 ORDER BY report_id`),
      retention: await q('reports', `SELECT signal_days, closed_case_months FROM retention_settings WHERE municipality = $1`),
      outcomes: await q('reports', `SELECT id, phase, measured_on::text, md5(coalesce(scores_sealed, '')::text) AS s FROM outcome_measurements WHERE municipality = $1 ORDER BY id`),
      pathways: await q('reports', `SELECT id, kind, closed_at FROM life_pathways WHERE municipality = $1 ORDER BY id`),
      pathwayTags: await query(s.dbUrl('reports'), `SELECT t.pathway_id, t.referral_id, t.action FROM pathway_referrals t JOIN life_pathways p ON p.id = t.pathway_id WHERE p.municipality = $1 ORDER BY 1, 2`, [DEMO_MUNICIPALITY]),
      pathwayWishes: await query(s.dbUrl('reports'), `SELECT count(*)::int AS n FROM pathway_wishes w JOIN life_pathways p ON p.id = w.pathway_id WHERE p.municipality = $1`, [DEMO_MUNICIPALITY]),
      referrals: await q('referrals', `SELECT id, status, version FROM referrals WHERE municipality = $1 ORDER BY id`),
      organisations: await q('referrals', `SELECT id, name, tax_code FROM organisations WHERE municipality = $1 ORDER BY id`),
      services: await query(s.dbUrl('referrals'), `SELECT s.id, s.name, s.status, s.capacity_status, s.capacity_available FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE o.municipality = $1 ORDER BY s.id`, [DEMO_MUNICIPALITY]),
      terms: await q('referrals', `SELECT id, need, mapped_at FROM taxonomy_terms WHERE municipality = $1 ORDER BY id`),
      policy: await q('referrals', `SELECT require_runts, desk_email, sla_day_mode, alert_escalation_minutes, supervisor_email FROM municipality_policies WHERE municipality = $1`),
      acknowledgedAlerts: await q('referrals', `SELECT id, acknowledged_at, acknowledged_by FROM alerts WHERE municipality = $1 AND acknowledged_at IS NOT NULL ORDER BY id`),
      accounts: await q('gateway', `SELECT id, email, password_hash, role, antenna_id, organisation_id FROM accounts WHERE municipality = $1 ORDER BY id`),
      tokens: await q('gateway', `SELECT count(*)::int AS n FROM account_tokens WHERE municipality = $1`),
      initiatives: await q('community', `SELECT id, status, title_it, organiser_organisation_id, updated_at FROM initiatives WHERE municipality = $1 ORDER BY id`),
      places: await query(s.dbUrl('community'), `SELECT p.id, p.name, p.address, p.step_free FROM places p JOIN initiatives i ON i.place_id = p.id WHERE i.municipality = $1 ORDER BY p.id`, [DEMO_MUNICIPALITY]),
      initiativeSessions: await q('community', `SELECT id, status, starts_at, ends_at, public_seats, referral_seats, public_taken, referral_taken FROM sessions WHERE municipality = $1 ORDER BY id`),
      seats: await q('community', `SELECT status, count(*)::int AS n FROM seat_reservations WHERE municipality = $1 GROUP BY status ORDER BY status`),
      volunteers: await q('community', `SELECT id, display_name, email, birth_year, neighbourhood_code, md5(requirements::text) AS r FROM volunteers WHERE municipality = $1 ORDER BY id`),
      volunteerRoles: await q('community', `SELECT id, organisation_id, title, minimum_age, insurance_provided FROM volunteer_roles WHERE municipality = $1 ORDER BY id`),
      volunteerShifts: await q('community', `SELECT id, role_id, starts_at, capacity, taken FROM volunteer_shifts WHERE municipality = $1 ORDER BY id`),
      signUps: await q('community', `SELECT id, shift_id, volunteer_id, status, confirmed_at, checked_in_at, checked_out_at FROM volunteer_sign_ups WHERE municipality = $1 ORDER BY id`),
      buddyRequests: await q('community', `SELECT referral_id, status, volunteer_id, (SELECT json_agg(json_build_object('v', a.volunteer_id, 's', a.status) ORDER BY a.volunteer_id) FROM buddy_asks a WHERE a.referral_id = b.referral_id) AS asks FROM buddy_requests b WHERE municipality = $1 ORDER BY referral_id`),
      volunteerHours: await q('community', `SELECT count(*)::int AS n, coalesce(sum(minutes), 0)::int AS m FROM volunteer_hours WHERE municipality = $1`),
      schoolProtocols: await q('community', `SELECT p.id, p.school_name, p.tutor_name, p.updated_at, (SELECT json_agg(json_build_object('l', g.label, 's', g.student_count, 'd', g.done_hours) ORDER BY g.position) FROM school_class_groups g WHERE g.protocol_id = p.id) AS groups FROM school_protocols p WHERE p.municipality = $1 ORDER BY p.id`),
      endedSessions: await q('gateway', `SELECT count(*)::int AS n FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.municipality = $1 AND s.revoked_at IS NOT NULL`),
    });
  }

  const gql = (doc: string, variables: Record<string, unknown>, token?: string) => sys().gql(doc, variables, token) as Promise<Gql>;

  /** One scenario per mutation: the attempt, from another municipality, on Cinisello's records. */
  const scenarios: Record<string, () => Promise<Gql>> = {
    proposeAntenna: async () =>
      gql(`mutation($i: ProposeAntennaInput!) { proposeAntenna(input: $i) { id } }`, { i: { id: randomUUID(), name: 'Bar di passaggio', kind: 'SHOP', address: 'Via Crocetta 1', position: { lat: 45.5448, lng: 9.2087 }, neighbourhoodCode: 'crocetta' } }, await foreign.admin()),
    trainAntenna: async () => gql(`mutation($id: ID!) { trainAntenna(id: $id, trainedOn: "2026-11-01", codeOfConductAccepted: true) { id } }`, { id: target.proposedAntenna }, await foreign.admin()),
    activateAntenna: async () => gql(`mutation($id: ID!) { activateAntenna(id: $id) { id } }`, { id: target.trainedAntenna }, await foreign.admin()),
    suspendAntenna: async () => gql(`mutation($id: ID!) { suspendAntenna(id: $id, reason: "prova di altro comune") { id } }`, { id: DEMO_BAKERY_ID }, await foreign.admin()),
    reactivateAntenna: async () => gql(`mutation($id: ID!) { reactivateAntenna(id: $id) { id } }`, { id: target.suspendedAntenna }, await foreign.admin()),
    retireAntenna: async () => gql(`mutation($id: ID!) { retireAntenna(id: $id, reason: "prova di altro comune") { id } }`, { id: DEMO_BAKERY_ID }, await foreign.admin()),
    createAntennaMember: async () =>
      gql(`mutation($i: CreateAntennaMemberInput!) { createAntennaMember(input: $i) { __typename } }`, { i: { antennaId: DEMO_BAKERY_ID, displayName: 'Intruso', email: `intruso-${randomUUID().slice(0, 8)}@altrove.example`, password: 'una-password-di-prova' } }, await foreign.admin()),
    removeAntennaMember: async () => gql(`mutation($id: ID!) { removeAntennaMember(id: $id) { id } }`, { id: DEMO_ACCOUNTS[1].id }, await foreign.admin()),
    importNeighbourhoods: async () => {
      // The probe's own case: Cinisello's ADMIN writing into another municipality…
      const home = await gql(`mutation($m: String, $g: String!) { importNeighbourhoods(municipality: $m, geojson: $g) { created } }`, { m: FOREIGN, g: target.geojson }, await sys().login('admin@prossimo.example'));
      if (!home.errors) return home;
      // …and another municipality's ADMIN writing into Cinisello.
      return gql(`mutation($m: String, $g: String!) { importNeighbourhoods(municipality: $m, geojson: $g) { created } }`, { m: DEMO_MUNICIPALITY, g: target.geojson }, await foreign.admin());
    },
    inviteAccount: async () => {
      const asOperator = await gql(`mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { token } }`, { i: { email: `op-${randomUUID().slice(0, 8)}@altrove.example`, displayName: 'Operatore altrove', role: 'ORG_OPERATOR', organisationId: DEMO_ORGANISATION.id } }, await foreign.admin());
      if (!asOperator.errors) return asOperator;
      return gql(`mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { token } }`, { i: { email: `an-${randomUUID().slice(0, 8)}@altrove.example`, displayName: 'Antenna altrove', role: 'ANTENNA', antennaId: DEMO_BAKERY_ID } }, await foreign.admin());
    },
    // The bakery's member signed in (beforeAll): another municipality's ADMIN cannot end that session.
    endAccountSessions: async () => gql(`mutation($a: ID!) { endAccountSessions(accountId: $a) }`, { a: DEMO_ACCOUNTS[1].id }, await foreign.admin()),
    issuePasswordReset: async () => gql(`mutation { issuePasswordReset(email: "operatore@prossimo.example") { token } }`, {}, await foreign.admin()),
    submitReport: async () =>
      gql(`mutation($i: SubmitReportInput!) { submitReport(input: $i) { id } }`, { i: { id: randomUUID(), neighbourhoodCode: 'crocetta', needs: ['LONELINESS'], urgency: 'LOW', ageBand: 'AGE_80_PLUS', description: 'da un altro comune', consentToContact: false } }, await foreign.antenna()),
    addReportFollowUp: async () => gql(`mutation($r: ID!) { addReportFollowUp(reportId: $r, note: "nota da altrove") }`, { r: target.report }, await foreign.antenna()),
    withdrawReport: async () => gql(`mutation($r: ID!) { withdrawReport(reportId: $r, reason: "ritiro da altrove") }`, { r: target.report }, await foreign.antenna()),
    takeReport: async () => gql(`mutation($r: ID!) { takeReport(id: $r) { id } }`, { r: target.report }, await foreign.worker()),
    handOverReport: async () => gql(`mutation($r: ID!, $d: ID!) { handOverReport(id: $r, toDeskId: $d) { id } }`, { r: target.report, d: target.otherDesk }, await foreign.worker()),
    recordContactAttempt: async () =>
      gql(`mutation($i: ContactAttemptInput!) { recordContactAttempt(input: $i) { id } }`, { i: { reportId: target.report, channel: 'PHONE', outcome: 'NO_ANSWER', attemptedAt: new Date().toISOString() } }, await foreign.worker()),
    closeReport: async () => gql(`mutation($r: ID!) { closeReport(id: $r, reason: RESOLVED) { id } }`, { r: target.report }, await foreign.worker()),
    requestDeskFirstContact: async () => gql(`mutation($id: ID!) { requestDeskFirstContact(id: $id) { id } }`, { id: target.referral }, await foreign.operator()),
    handOverFirstContact: async () => gql(`mutation($id: ID!) { handOverFirstContact(id: $id) { id } }`, { id: target.referral }, await foreign.worker()),
    postReferralMessage: async () => {
      const byOperator = await gql(`mutation($r: ID!) { postReferralMessage(referralId: $r, text: "messaggio da altrove") { id } }`, { r: target.referral }, await foreign.operator());
      if (!byOperator.errors) return byOperator;
      return gql(`mutation($r: ID!) { postReferralMessage(referralId: $r, text: "messaggio da altrove") { id } }`, { r: target.referral }, await foreign.worker());
    },
    recordOutcome: async () => {
      const doc = `mutation($r: ID!) { recordOutcome(reportId: $r, phase: START, measuredOn: "2026-11-02", lackCompanionship: 3, leftOut: 3, isolated: 3) { id } }`;
      const byOperator = await gql(doc, { r: target.report }, await foreign.operator());
      if (!byOperator.errors) return byOperator;
      return gql(doc, { r: target.report }, await foreign.worker());
    },
    openPathway: async () => gql(`mutation($r: ID!) { openPathway(reportId: $r, kind: MENTAL_HEALTH) { id } }`, { r: target.report }, await foreign.worker()),
    tagPathwayReferral: async () => gql(`mutation($p: ID!, $f: ID!) { tagPathwayReferral(pathwayId: $p, referralId: $f, action: C_AUTONOMY_SKILLS) { id } }`, { p: target.pathway, f: target.referral }, await foreign.worker()),
    untagPathwayReferral: async () => gql(`mutation($p: ID!, $f: ID!) { untagPathwayReferral(pathwayId: $p, referralId: $f) { id } }`, { p: target.pathway, f: target.referral }, await foreign.worker()),
    updatePathwayWishes: async () => gql(`mutation($p: ID!) { updatePathwayWishes(pathwayId: $p, text: "desideri da altrove", reviewOn: "2099-01-01") { id } }`, { p: target.pathway }, await foreign.worker()),
    closePathway: async () => gql(`mutation($p: ID!) { closePathway(pathwayId: $p) { id } }`, { p: target.pathway }, await foreign.worker()),
    setOrganisationContext: async () => gql(`mutation($r: ID!) { setOrganisationContext(reportId: $r, text: "nota da altrove") { text } }`, { r: target.report }, await foreign.worker()),
    reopenReport: async () => gql(`mutation($r: ID!) { reopenReport(id: $r) { id } }`, { r: target.report }, await foreign.worker()),
    revealContact: async () => {
      const byOperator = await gql(`mutation($r: ID!) { revealContact(reportId: $r) { basis } }`, { r: target.report }, await foreign.operator());
      if (!byOperator.errors) return byOperator;
      return gql(`mutation($r: ID!) { revealContact(reportId: $r) { basis } }`, { r: target.report }, await foreign.worker());
    },
    breakTheGlass: async () => {
      const reason = 'Rischio per la vita riferito da un vicino di casa';
      const byOperator = await gql(`mutation($r: ID!, $why: String!) { breakTheGlass(reportId: $r, reason: $why) { id } }`, { r: target.report, why: reason }, await foreign.operator());
      if (!byOperator.errors) return byOperator;
      return gql(`mutation($r: ID!, $why: String!) { breakTheGlass(reportId: $r, reason: $why) { id } }`, { r: target.report, why: reason }, await foreign.worker());
    },
    rectifySubject: async () => gql(`mutation($s: ID!) { rectifySubject(subjectId: $s, subject: { name: "Nome cambiato" }) }`, { s: target.subject }, await foreign.worker()),
    recordObjection: async () => gql(`mutation($s: ID!) { recordObjection(subjectId: $s, note: "opposizione da altrove") }`, { s: target.subject }, await foreign.worker()),
    eraseSubject: async () => gql(`mutation($s: ID!) { eraseSubject(subjectId: $s) }`, { s: target.subject }, await foreign.worker()),
    // Writes the caller's own municipality only: refused here because nothing of Cinisello moves is what counts; the answer may be data.
    setRetention: async () => gql(`mutation { setRetention(signalDays: 7, closedCaseMonths: 1) { municipality } }`, {}, await foreign.admin()),
    acceptReferral: async () => gql(`mutation($id: ID!) { acceptReferral(id: $id) { id } }`, { id: target.referral }, await foreign.operator()),
    rejectReferral: async () => gql(`mutation($id: ID!) { rejectReferral(id: $id, reason: "rifiuto da altrove") { id } }`, { id: target.referral }, await foreign.operator()),
    startReferral: async () => gql(`mutation($id: ID!) { startReferral(id: $id) { id } }`, { id: target.referral }, await foreign.operator()),
    holdReferral: async () => gql(`mutation($id: ID!) { holdReferral(id: $id, reason: "sospeso da altrove") { id } }`, { id: target.referral }, await foreign.operator()),
    resumeReferral: async () => gql(`mutation($id: ID!) { resumeReferral(id: $id) { id } }`, { id: target.referral }, await foreign.operator()),
    completeReferral: async () => gql(`mutation($id: ID!) { completeReferral(id: $id, outcome: "concluso da altrove") { id } }`, { id: target.referral }, await foreign.operator()),
    failReferral: async () => gql(`mutation($id: ID!) { failReferral(id: $id, reason: "fallito da altrove") { id } }`, { id: target.referral }, await foreign.operator()),
    rerouteReferral: async () => gql(`mutation($id: ID!) { rerouteReferral(id: $id, reason: "deviato da altrove") { id } }`, { id: target.referral }, await foreign.worker()),
    acknowledgeDeskAlert: async () => gql(`mutation($id: ID!) { acknowledgeDeskAlert(id: $id) { id } }`, { id: target.alert }, await foreign.worker()),
    registerOrganisation: async () =>
      gql(`mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`, { i: { id: DEMO_ORGANISATION.id, name: 'Nome rubato', legalForm: 'associazione', taxCode: '99999999999' } }, await foreign.admin()),
    registerService: async () =>
      gql(
        `mutation($i: RegisterServiceInput!) { registerService(input: $i) { id } }`,
        { i: { id: DEMO_SERVICES[0].id, organisationId: DEMO_ORGANISATION.id, name: 'Servizio rubato', needs: ['FOOD'], neighbourhoodCodes: ['crocetta'], status: 'active', capacityStatus: 'capacity' } },
        await foreign.admin(),
      ),
    updateOrganisation: async () => {
      const i = { id: DEMO_ORGANISATION.id, name: 'Nome rubato', legalForm: 'associazione', taxCode: DEMO_ORGANISATION.taxCode };
      const byAdmin = await gql(`mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`, { i }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`, { i }, await foreign.operator());
    },
    updateService: async () => {
      const s = DEMO_SERVICES[0];
      const i = { id: s.id, organisationId: DEMO_ORGANISATION.id, name: 'Servizio rubato', status: 'inactive', needs: ['FOOD'], neighbourhoodCodes: ['crocetta'], capacityStatus: 'no-capacity' };
      const byAdmin = await gql(`mutation($i: UpdateServiceInput!) { updateService(input: $i) { id } }`, { i }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($i: UpdateServiceInput!) { updateService(input: $i) { id } }`, { i }, await foreign.operator());
    },
    importDirectory: async () =>
      gql(
        `mutation($c: String!) { importDirectory(content: $c, format: "hsds-json") { organisations } }`,
        { c: JSON.stringify({ organizations: [{ id: DEMO_ORGANISATION.id, name: 'Nome rubato', legal_status: 'associazione', tax_id: '99999999999' }], services: [] }) },
        await foreign.admin(),
      ),
    // Public by design (anyone may offer a proximity point), but never onto an existing record: an
    // application under the id of Cinisello's proposed antenna is CONFLICT and changes nothing.
    applyAsProximityPoint: async () => {
      const challenge = (await gql(`{ applicationChallenge { id bits } }`, {})) as { data: { applicationChallenge: { id: string; bits: number } } };
      const { id, bits } = challenge.data.applicationChallenge;
      return gql(
        `mutation($i: ApplyAsProximityPointInput!) { applyAsProximityPoint(input: $i) { id } }`,
        { i: { id: target.proposedAntenna, municipality: DEMO_MUNICIPALITY, name: 'Nome rubato', kind: 'SHOP', address: 'Via Altrove 1', neighbourhoodCode: 'crocetta', applicantName: 'Qualcuno', applicantPhone: '02 1234567', consent: true, challenge: id, proof: solveProofOfWork(id, bits) } },
      );
    },
    // A term of the demo's regional taxonomy in Cinisello: NOT_FOUND for another municipality's ADMIN.
    mapTaxonomyTerm: async () => gql(`mutation($t: ID!) { mapTaxonomyTerm(termId: $t, need: HOUSING) { servicesUpdated } }`, { t: target.term }, await foreign.admin()),
    updateServiceCapacity: async () => gql(`mutation($s: ID!) { updateServiceCapacity(input: { serviceId: $s, capacityStatus: "no-capacity" }) { id } }`, { s: DEMO_SERVICES[0].id }, await foreign.operator()),
    // Initiatives (issue 17): Cinisello's memory café, its next session and a seat taken in it.
    publishInitiative: async () => {
      const d = DEMO_INITIATIVES[0];
      const i = { id: DEMO_MEMORY_CAFE_ID, kind: d.kind, titleIt: 'Titolo rubato', descriptionIt: 'Una descrizione scritta da un altro comune', neighbourhoodCode: 'crocetta', place: { name: 'Altrove', address: 'Via Altrove 1', position: { lat: 45.54, lng: 9.21 }, stepFree: false }, free: true, goodForLivingAlone: false };
      const byAdmin = await gql(`mutation($i: InitiativeInput!) { publishInitiative(input: $i) { id } }`, { i }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($i: InitiativeInput!) { publishInitiative(input: $i) { id } }`, { i }, await foreign.operator());
    },
    updateInitiative: async () => {
      const d = DEMO_INITIATIVES[0];
      const i = { id: DEMO_MEMORY_CAFE_ID, kind: d.kind, titleIt: 'Titolo rubato', descriptionIt: 'Una descrizione scritta da un altro comune', neighbourhoodCode: 'crocetta', place: { name: 'Altrove', address: 'Via Altrove 1', position: { lat: 45.54, lng: 9.21 }, stepFree: false }, free: true, goodForLivingAlone: false };
      const byAdmin = await gql(`mutation($i: InitiativeInput!) { updateInitiative(input: $i) { id } }`, { i }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($i: InitiativeInput!) { updateInitiative(input: $i) { id } }`, { i }, await foreign.operator());
    },
    withdrawInitiative: async () => {
      const byAdmin = await gql(`mutation($id: ID!) { withdrawInitiative(id: $id) { id } }`, { id: DEMO_MEMORY_CAFE_ID }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($id: ID!) { withdrawInitiative(id: $id) { id } }`, { id: DEMO_MEMORY_CAFE_ID }, await foreign.operator());
    },
    scheduleSession: async () => {
      const start = new Date(Date.now() + 3 * 24 * 3600_000);
      const i = { id: randomUUID(), initiativeId: DEMO_MEMORY_CAFE_ID, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString(), publicSeats: 5, referralSeats: 0 };
      const byAdmin = await gql(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, { i }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, { i }, await foreign.operator());
    },
    scheduleSessionSeries: async () => {
      const day = (n: number) => new Date(Date.now() + n * 24 * 3600_000).toISOString().slice(0, 10);
      const i = { id: randomUUID(), initiativeId: DEMO_MEMORY_CAFE_ID, weekdays: ['MONDAY'], startTime: '10:00', endTime: '11:00', firstDate: day(2), untilDate: day(30), publicSeats: 5, referralSeats: 0 };
      const byAdmin = await gql(`mutation($i: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $i) { id } }`, { i }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($i: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $i) { id } }`, { i }, await foreign.operator());
    },
    updateSession: async () => {
      const byAdmin = await gql(`mutation($id: ID!) { updateSession(input: { id: $id, status: CANCELLED }) { id } }`, { id: target.initiativeSession }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($id: ID!) { updateSession(input: { id: $id, status: CANCELLED }) { id } }`, { id: target.initiativeSession }, await foreign.operator());
    },
    prescribeInitiative: async () =>
      gql(`mutation($r: ID!, $i: ID!, $s: ID!) { prescribeInitiative(reportId: $r, initiativeId: $i, sessionId: $s, buddyRequested: true) { id } }`, { r: target.report, i: DEMO_MEMORY_CAFE_ID, s: target.initiativeSession }, await foreign.worker()),
    recordFirstAttendance: async () => gql(`mutation($id: ID!) { recordFirstAttendance(referralId: $id) { id } }`, { id: target.referral }, await foreign.operator()),
    reserveSeat: async () => {
      const byAdmin = await gql(`mutation($s: ID!, $id: ID!) { reserveSeat(input: { id: $id, sessionId: $s, kind: PUBLIC }) { id } }`, { s: target.initiativeSession, id: randomUUID() }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($s: ID!, $id: ID!) { reserveSeat(input: { id: $id, sessionId: $s, kind: PUBLIC }) { id } }`, { s: target.initiativeSession, id: randomUUID() }, await foreign.operator());
    },
    releaseSeat: async () => {
      const byAdmin = await gql(`mutation($id: ID!) { releaseSeat(id: $id) { id } }`, { id: target.seat }, await foreign.admin());
      if (!byAdmin.errors) return byAdmin;
      return gql(`mutation($id: ID!) { releaseSeat(id: $id) { id } }`, { id: target.seat }, await foreign.operator());
    },
    setMunicipalityPolicy: async () =>
      gql(`mutation { setMunicipalityPolicy(input: { requireRunts: false, deskEmail: "altrove@comune.example", alertEscalationMinutes: 1, supervisorEmail: "capo@altrove.example" }) { municipality } }`, {}, await foreign.admin()),
    // Volunteers and schools (issue 17). Public by design, but never onto an existing account: Cinisello's operator's e-mail is CONFLICT.
    signUpAsVolunteer: async () => {
      const challenge = (await gql(`{ applicationChallenge { id bits } }`, {})) as { data: { applicationChallenge: { id: string; bits: number } } };
      const { id, bits } = challenge.data.applicationChallenge;
      return gql(
        `mutation($i: SignUpAsVolunteerInput!) { signUpAsVolunteer(input: $i) { token } }`,
        { i: { municipality: DEMO_MUNICIPALITY, displayName: 'Qualcuno', email: 'operatore@prossimo.example', password: 'una-password-lunga', challenge: id, proof: solveProofOfWork(id, bits) } },
      );
    },
    saveVolunteerProfile: async () => {
      const v = DEMO_VOLUNTEERS[0];
      return gql(
        `mutation($i: VolunteerProfileInput!) { saveVolunteerProfile(input: $i) { id } }`,
        { i: { displayName: 'Nome rubato', email: 'rubato@altrove.example', birthYear: 1990, neighbourhoodCode: v.neighbourhoodCode, travelKm: 1, skills: [], languages: [], availability: [], requirements: [] } },
        await foreign.citizen(),
      );
    },
    signUpForShift: async () => gql(`mutation($s: ID!) { signUpForShift(shiftId: $s) { id } }`, { s: target.openShift }, await foreign.citizen()),
    cancelShiftSignUp: async () => gql(`mutation($s: ID!) { cancelShiftSignUp(signUpId: $s) { id } }`, { s: target.signUp }, await foreign.citizen()),
    confirmShift: async () => gql(`mutation($s: ID!) { confirmShift(signUpId: $s) { id } }`, { s: target.signUp }, await foreign.citizen()),
    checkInShift: async () => {
      const byVolunteer = await gql(`mutation($s: ID!) { checkInShift(signUpId: $s) { id } }`, { s: target.signUp }, await foreign.citizen());
      if (!byVolunteer.errors) return byVolunteer;
      return gql(`mutation($s: ID!) { checkInShift(signUpId: $s) { id } }`, { s: target.signUp }, await foreign.operator());
    },
    checkOutShift: async () => {
      const byVolunteer = await gql(`mutation($s: ID!) { checkOutShift(signUpId: $s) { id } }`, { s: target.signUp }, await foreign.citizen());
      if (!byVolunteer.errors) return byVolunteer;
      return gql(`mutation($s: ID!) { checkOutShift(signUpId: $s) { id } }`, { s: target.signUp }, await foreign.operator());
    },
    publishVolunteerRole: async () =>
      gql(
        `mutation($i: PublishVolunteerRoleInput!) { publishVolunteerRole(input: $i) { id } }`,
        { i: { id: DEMO_VOLUNTEER_ROLES[0].id, title: 'Ruolo rubato', description: '', neighbourhoodCode: 'crocetta', minimumAge: 14, requirements: [], insuranceProvided: true } },
        await foreign.operator(),
      ),
    addVolunteerShift: async () =>
      gql(
        `mutation($i: AddVolunteerShiftInput!) { addVolunteerShift(input: $i) { id } }`,
        { i: { id: randomUUID(), roleId: DEMO_VOLUNTEER_ROLES[0].id, startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), capacity: 50 } },
        await foreign.operator(),
      ),
    recordVolunteerHours: async () =>
      gql(
        `mutation($i: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $i) { id } }`,
        { i: { id: randomUUID(), volunteerId: DEMO_VOLUNTEERS[0].id, roleId: DEMO_VOLUNTEER_ROLES[0].id, day: '2026-11-02', minutes: 600 } },
        await foreign.operator(),
      ),
    // Buddies (issue 17): a foreign operator naming Cinisello's organisation, a foreign resident naming Anna's account.
    askBuddy: async () => gql(`mutation($r: ID!, $v: ID!) { askBuddy(referralId: $r, volunteerId: $v) { status } }`, { r: target.referral, v: DEMO_VOLUNTEERS[0].id }, await foreign.operator()),
    answerBuddyRequest: async () => gql(`mutation($r: ID!) { answerBuddyRequest(referralId: $r, accept: true) { ask } }`, { r: target.referral }, await foreign.citizen()),
    revealBuddyContact: async () => gql(`mutation($r: ID!) { revealBuddyContact(referralId: $r) { name } }`, { r: target.referral }, await foreign.citizen()),
    saveSchoolProtocol: async () => {
      const p = DEMO_SCHOOL_PROTOCOLS[0];
      return gql(
        `mutation($i: SchoolProtocolInput!) { saveSchoolProtocol(input: $i) { id } }`,
        { i: { id: p.id, schoolName: 'Scuola rubata', schoolYear: p.schoolYear, tutorName: 'Nessuno', activities: ['niente'], classGroups: [{ label: '1ª A', studentCount: 1, plannedHours: 0, doneHours: 0 }], signedOn: '2026-01-01' } },
        await foreign.admin(),
      );
    },
  };

  beforeAll(async () => {
    const secrets = JSON.parse(readFileSync(join(sys().stateDir, 'dev-secrets.json'), 'utf8')) as { authPrivateKey: string };
    signer = new TokenSigner(secrets.authPrivateKey, 600);
    // Cinisello's records to aim at: a report with a person and its referral, a subject, a desk alert,
    // another desk, and antennas in each state.
    const antenna = await sys().login('antenna@prossimo.example');
    const reportId = randomUUID();
    const submitted = (await gql(
      `mutation($i: SubmitReportInput!) { submitReport(input: $i) { id } }`,
      { i: { id: reportId, neighbourhoodCode: 'crocetta', needs: ['LONELINESS'], urgency: 'MEDIUM', ageBand: 'AGE_80_PLUS', description: 'Vive sola, non esce da giorni', consentToContact: true, subject: { name: 'Persona di prova', phone: '02 1234567' } } },
      antenna,
    ));
    expect(submitted.errors).toBeUndefined();
    target.report = reportId;
    const operator = await sys().login('operatore@prossimo.example');
    await waitFor(async () => {
      const page = (await gql(`{ referrals(first: 100) { nodes { id reportId } } }`, {}, operator)) as { data?: { referrals: { nodes: { id: string; reportId: string }[] } } };
      target.referral = page.data?.referrals.nodes.find((n) => n.reportId === reportId)?.id ?? '';
      return target.referral !== '';
    }, 30_000, 'the referral of the target report');
    const worker = await sys().login('sociale@prossimo.example');
    const detail = (await gql(`query($id: ID!) { report(id: $id) { subjectId } }`, { id: reportId }, worker)) as { data?: { report: { subjectId: string } } };
    target.subject = detail.data!.report.subjectId;
    // An open desk alert of Cinisello to aim at: its own social worker's emergency access raises one.
    const glass = await gql(`mutation($r: ID!) { breakTheGlass(reportId: $r, reason: "Prova: rischio per la vita riferito dal vicino") { id } }`, { r: reportId }, worker);
    expect(glass.errors).toBeUndefined();
    await waitFor(async () => {
      const alerts = (await gql(`query($r: ID) { deskAlerts(reportId: $r, first: 10) { nodes { id kind } } }`, { r: reportId }, worker)) as { data?: { deskAlerts: { nodes: { id: string; kind: string }[] } } };
      target.alert = alerts.data?.deskAlerts.nodes.find((a) => a.kind === 'break-glass')?.id ?? '';
      return target.alert !== '';
    }, 30_000, 'the break-glass alert of the target report');
    // A life-project pathway of Cinisello's, with the target referral tagged, to aim at.
    const opened = (await gql(`mutation($r: ID!) { openPathway(reportId: $r, kind: DOPO_DI_NOI) { id } }`, { r: reportId }, worker)) as { data?: { openPathway: { id: string } } };
    target.pathway = opened.data!.openPathway.id;
    await waitFor(async () => !(await gql(`mutation($p: ID!, $f: ID!) { tagPathwayReferral(pathwayId: $p, referralId: $f, action: A_LEAVING_FAMILY_HOME) { id } }`, { p: target.pathway, f: target.referral }, worker)).errors, 30_000, 'the target referral known to the vault');
    const desks = (await gql(`{ desks { id neighbourhoodCode } }`, {}, worker)) as { data?: { desks: { id: string; neighbourhoodCode: string }[] } };
    target.otherDesk = desks.data!.desks.find((d) => d.neighbourhoodCode !== 'crocetta')!.id;
    const byStatus = async (status: string) => (await query<{ id: string }>(sys().dbUrl('antennas'), `SELECT id FROM antennas WHERE municipality = $1 AND status = $2 LIMIT 1`, [DEMO_MUNICIPALITY, status]))[0]?.id ?? randomUUID();
    // The demo directory came with a term of another publisher's taxonomy (docs/referrals.md).
    target.term = (await query<{ id: string }>(sys().dbUrl('referrals'), `SELECT id::text FROM taxonomy_terms WHERE municipality = $1 ORDER BY id LIMIT 1`, [DEMO_MUNICIPALITY]))[0]?.id ?? '';
    expect(target.term).not.toBe('');
    // The memory café's next session, and a seat taken in it (demo data).
    target.initiativeSession = (await query<{ id: string }>(sys().dbUrl('community'), `SELECT id FROM sessions WHERE initiative_id = $1 AND starts_at > now() ORDER BY starts_at LIMIT 1`, [DEMO_MEMORY_CAFE_ID]))[0]?.id ?? '';
    target.seat = (await query<{ id: string }>(sys().dbUrl('community'), `SELECT id FROM seat_reservations WHERE session_id = $1 AND status = 'HELD' LIMIT 1`, [target.initiativeSession]))[0]?.id ?? '';
    expect(target.seat).not.toBe('');
    // A shift of Cinisello with places left, and a demo volunteer's sign-up (the community demo).
    target.openShift = (await query<{ id: string }>(sys().dbUrl('community'), `SELECT id FROM volunteer_shifts WHERE municipality = $1 AND taken < capacity AND starts_at > now() ORDER BY starts_at LIMIT 1`, [DEMO_MUNICIPALITY]))[0]?.id ?? '';
    target.signUp = (await query<{ id: string }>(sys().dbUrl('community'), `SELECT id FROM volunteer_sign_ups WHERE municipality = $1 AND volunteer_id = $2 LIMIT 1`, [DEMO_MUNICIPALITY, DEMO_CITIZEN_ACCOUNTS.anna.id]))[0]?.id ?? '';
    expect([target.openShift, target.signUp]).not.toContain('');
    target.proposedAntenna = await byStatus('PROPOSED');
    target.trainedAntenna = await byStatus('TRAINED');
    target.suspendedAntenna = await byStatus('SUSPENDED');
    target.geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'centro', name: 'Centro', population: 1000 }, geometry: { type: 'Polygon', coordinates: [[[9.2, 45.56], [9.21, 45.56], [9.21, 45.57], [9.2, 45.57], [9.2, 45.56]]] } }],
    });
  });

  it('has a scenario for every mutation of the schema, as the access matrix lists them', async () => {
    const schema = (await gql(`{ __schema { mutationType { fields { name } } } }`, {})) as { data?: { __schema: { mutationType: { fields: { name: string }[] } } } };
    const mutations = schema.data!.__schema.mutationType.fields.map((f) => f.name).sort();
    expect(Object.keys(CROSS_MUNICIPALITY).sort()).toEqual(mutations);
    const expectedScenarios = Object.entries(CROSS_MUNICIPALITY).filter(([, rule]) => rule !== 'OWN_CREDENTIALS').map(([name]) => name).sort();
    expect(Object.keys(scenarios).sort()).toEqual(expectedScenarios);
  });

  it('refuses every write of another municipality into this one, and nothing of it moves', async () => {
    const before = await fingerprint();
    const problems: string[] = [];
    for (const [name, attempt] of Object.entries(scenarios)) {
      const res = await attempt();
      const code = res.errors?.[0]?.extensions?.code;
      const rule = CROSS_MUNICIPALITY[name];
      if ((rule === 'REFUSED' || rule === 'PUBLIC_APPLICATION') && !REFUSED.includes(code ?? '')) problems.push(`${name}: expected a refusal, got ${code ?? 'data'} (${res.errors?.[0]?.message ?? JSON.stringify(res.data)})`);
      if (rule === 'OWN_MUNICIPALITY_ONLY' && code && !REFUSED.includes(code)) problems.push(`${name}: unexpected ${code} (${res.errors?.[0]?.message})`);
    }
    expect(problems).toEqual([]);
    expect(JSON.parse(await fingerprint())).toEqual(JSON.parse(before));
  });

  it("shows none of this municipality's records to a token of another naming its antenna or organisation", async () => {
    const mine = await gql(`{ myReports(first: 100) { nodes { id } } }`, {}, await foreign.antenna());
    expect(mine.errors ?? []).toEqual([]);
    expect((mine.data as { myReports: { nodes: unknown[] } }).myReports.nodes).toEqual([]);
    const shifts = await gql(`{ myShifts { signUp { id } } myVolunteerProfile { id } myBuddyRequests { referralId } }`, {}, await foreign.citizen());
    expect(shifts.errors ?? []).toEqual([]);
    expect(shifts.data).toEqual({ myShifts: [], myVolunteerProfile: null, myBuddyRequests: [] });
    const buddies = await gql(`{ organisationBuddyRequests { referralId } }`, {}, await foreign.operator());
    expect(buddies.data).toEqual({ organisationBuddyRequests: [] });
    const roster = await gql(`{ organisationVolunteerRoles(first: 50) { nodes { role { id } } } volunteerHours(first: 50) { nodes { id } } }`, {}, await foreign.operator());
    expect(roster.data).toEqual({ organisationVolunteerRoles: { nodes: [] }, volunteerHours: { nodes: [] } });
    const inbox = await gql(`{ referrals(first: 100) { nodes { id } } }`, {}, await foreign.operator());
    expect((inbox.data as { referrals: { nodes: unknown[] } } | null)?.referrals.nodes ?? []).toEqual([]);
  });
}
