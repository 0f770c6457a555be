import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor, AnswerBuddyRequestV1, AskBuddyV1, BuddyAskStatus, BuddyProposalsQueryV1, BuddyProposalsV1, BuddyRequestStatus, BuddyRequestV1, DomainError,
  MyBuddyRequestV1, ReferralChangedV1, ReferralStatus, Role, VolunteerSkill,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { BuddyAskEntity, BuddyRequestEntity } from './buddy.entities';
import { BuddiesRepository, SessionFacts } from './buddies.repository';
import { rankBuddies, romeSlot } from './matching';

/** The prescription's states that end a buddy request. */
const ENDING = new Set<ReferralStatus>([ReferralStatus.REJECTED, ReferralStatus.CANCELLED, ReferralStatus.FAILED, ReferralStatus.ENTERED_IN_ERROR, ReferralStatus.COMPLETED]);
/** The prescription's states in which the organiser holds it (accepted, not ended): shown to the volunteer; the vault checks its own. */
const HELD = new Set<ReferralStatus>([ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD]);

type PrescriptionEvent = ReferralChangedV1 & { initiativeId: string; sessionId: string };

/**
 * Buddies for prescriptions (issue 17). A prescription that asked for a buddy becomes a buddy
 * request (from `referral.requested.v1`); matching proposes volunteers; the organiser's operator
 * asks one; the volunteer accepts or declines on their phone. The request ends with the
 * prescription. When a volunteer accepts (or a match is undone) community publishes
 * `volunteer.buddy-changed.v1`: the reports vault, which alone knows the person, reveals their name
 * and phone to that volunteer only, audited, once the organiser accepted and the person consented.
 */
@Injectable()
export class BuddiesService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: BuddiesRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  // ── from the referral events (in the inbox's transaction) ─────────────────

  async onRequested(em: EntityManager, e: PrescriptionEvent): Promise<void> {
    if (!e.buddyRequested) return;
    const at = new Date(e.occurredAt);
    await this.repo.insertRequest(em, Object.assign(new BuddyRequestEntity(), {
      referralId: e.referralId, municipality: e.municipality, reportId: e.reportId, organisationId: e.organisationId, initiativeId: e.initiativeId, sessionId: e.sessionId,
      neighbourhoodCode: e.neighbourhoodCode, ageBand: e.ageBand ?? null, status: BuddyRequestStatus.OPEN, referralStatus: e.to, referralVersion: e.version,
      volunteerId: null, buddyVersion: 0, createdAt: at, updatedAt: at,
    }));
  }

  /** Any later move of the prescription: kept when newer than the last applied; an ending ends the request (and undoes a match). */
  async onChanged(em: EntityManager, e: ReferralChangedV1): Promise<void> {
    const r = await this.repo.findRequest(em, e.referralId, true);
    if (!r || e.version <= r.referralVersion) return;
    const at = new Date(e.occurredAt);
    if (!ENDING.has(e.to) || r.status === BuddyRequestStatus.ENDED) {
      await this.repo.updateRequest(em, r.referralId, { referralStatus: e.to, referralVersion: e.version, updatedAt: at });
      return;
    }
    // A completed prescription keeps the accepted ask (the buddy went); any other ending withdraws it.
    const withdrawn = e.to === ReferralStatus.COMPLETED ? [BuddyAskStatus.ASKED] : [BuddyAskStatus.ASKED, BuddyAskStatus.ACCEPTED];
    await this.repo.moveAsks(em, r.referralId, withdrawn, BuddyAskStatus.WITHDRAWN, at);
    await this.repo.updateRequest(em, r.referralId, { referralStatus: e.to, referralVersion: e.version, status: BuddyRequestStatus.ENDED, updatedAt: at });
    if (r.status === BuddyRequestStatus.MATCHED) await this.publishBuddy(em, r, null, at);
  }

  // ── the organiser ──────────────────────────────────────────────────────────

  async organisationRequests(actor: Actor): Promise<BuddyRequestV1[]> {
    const org = this.operator(actor);
    const rows = await this.repo.requestsOfOrganisation(actor.municipality, org);
    return this.toRequests(rows);
  }

  async proposals(actor: Actor, q: BuddyProposalsQueryV1): Promise<BuddyProposalsV1> {
    const r = await this.organisersRequest(null, actor, q.referralId);
    const [request] = await this.toRequests([r]);
    const session = (await this.repo.sessions([r.sessionId])).get(r.sessionId);
    if (r.status === BuddyRequestStatus.ENDED || !session) return { request, proposals: [] };
    const asks = new Map((await this.repo.asksOf(null, r.referralId)).map((a) => [a.volunteerId, a.status]));
    const candidates = (await this.repo.candidates(r.municipality, romeSlot(session.startsAt))).filter((c) => asks.get(c.id) !== BuddyAskStatus.DECLINED);
    const ranked = rankBuddies(this.need(session, q), candidates, await this.repo.neighbourhoodPoints(r.municipality));
    return {
      request,
      proposals: ranked.map((p) => ({
        volunteerId: p.candidate.id, displayName: p.candidate.displayName, neighbourhoodCode: p.candidate.neighbourhoodCode, sameNeighbourhood: p.sameNeighbourhood, distanceKm: p.distanceKm,
        languages: [...p.candidate.languages], skills: p.candidate.skills as VolunteerSkill[], score: p.score, reasons: p.reasons, asked: asks.get(p.candidate.id) ?? null,
      })),
    };
  }

  /**
   * Asks one volunteer, who must be one matching would propose and must not have declined. Asking
   * another while one has not answered withdraws the first ask; once matched, nobody else is asked.
   */
  async ask(actor: Actor, input: AskBuddyV1): Promise<BuddyRequestV1> {
    const r = await this.tx.run(async (em) => {
      const r = await this.organisersRequest(em, actor, input.referralId, true);
      if (r.status === BuddyRequestStatus.ENDED) throw DomainError.conflict('la prescrizione è chiusa / the prescription has ended');
      if (r.volunteerId === input.volunteerId && r.status !== BuddyRequestStatus.OPEN) return r;
      if (r.status === BuddyRequestStatus.MATCHED) throw DomainError.conflict('un volontario ha già accettato / a volunteer has already accepted');
      const previous = await this.repo.findAsk(em, r.referralId, input.volunteerId);
      if (previous?.status === BuddyAskStatus.DECLINED) throw DomainError.badInput('volunteerId', 'volunteerId: questo volontario ha già detto di no / this volunteer has already declined');
      const session = (await this.repo.sessions([r.sessionId])).get(r.sessionId);
      const fits = session && rankBuddies(this.need(session, {}), await this.repo.candidates(r.municipality, romeSlot(session.startsAt), input.volunteerId), await this.repo.neighbourhoodPoints(r.municipality)).length > 0;
      if (!fits) throw DomainError.badInput('volunteerId', 'volunteerId: non è tra i volontari proposti per questa richiesta / not among the volunteers proposed for this request');
      const at = this.now();
      await this.repo.moveAsks(em, r.referralId, [BuddyAskStatus.ASKED], BuddyAskStatus.WITHDRAWN, at);
      await this.repo.saveAsk(em, Object.assign(new BuddyAskEntity(), { referralId: r.referralId, volunteerId: input.volunteerId, status: BuddyAskStatus.ASKED, askedBy: actor.accountId, askedAt: at, answeredAt: null }));
      const next = { ...r, status: BuddyRequestStatus.ASKED, volunteerId: input.volunteerId, updatedAt: at };
      await this.repo.updateRequest(em, r.referralId, { status: next.status, volunteerId: next.volunteerId, updatedAt: at });
      return next;
    });
    return (await this.toRequests([r]))[0];
  }

  // ── the volunteer ──────────────────────────────────────────────────────────

  async mine(actor: Actor): Promise<MyBuddyRequestV1[]> {
    this.citizen(actor);
    const asks = (await this.repo.asksOfVolunteer(actor.accountId)).filter((a) => a.status !== BuddyAskStatus.DECLINED);
    const requests = new Map((await this.repo.requestsByIds(asks.map((a) => a.referralId))).map((r) => [r.referralId, r]));
    const mine = asks.filter((a) => requests.get(a.referralId)?.municipality === actor.municipality);
    return this.toMine(actor.municipality, mine.map((a) => [a, requests.get(a.referralId)!]));
  }

  /** Accept or decline; an accepted volunteer may still step back (the request opens again). */
  async answer(actor: Actor, input: AnswerBuddyRequestV1): Promise<MyBuddyRequestV1> {
    this.citizen(actor);
    const [ask, r] = await this.tx.run(async (em) => {
      const r = await this.repo.findRequest(em, input.referralId, true);
      const ask = r && r.municipality === actor.municipality ? await this.repo.findAsk(em, r.referralId, actor.accountId) : null;
      if (!r || !ask) throw DomainError.notFound('buddy request');
      const want = input.accept ? BuddyAskStatus.ACCEPTED : BuddyAskStatus.DECLINED;
      if (ask.status === want) return [ask, r] as const;
      if (r.status === BuddyRequestStatus.ENDED || ask.status === BuddyAskStatus.WITHDRAWN || ask.status === BuddyAskStatus.DECLINED) {
        throw DomainError.conflict('questa richiesta non è più aperta per te / this request is no longer open to you');
      }
      const at = this.now();
      const wasMatched = r.status === BuddyRequestStatus.MATCHED;
      const nextAsk = { ...ask, status: want, answeredAt: at };
      await this.repo.saveAsk(em, nextAsk);
      const next = input.accept ? { ...r, status: BuddyRequestStatus.MATCHED, updatedAt: at } : { ...r, status: BuddyRequestStatus.OPEN, volunteerId: null, updatedAt: at };
      await this.repo.updateRequest(em, r.referralId, { status: next.status, volunteerId: next.volunteerId, updatedAt: at });
      if (input.accept) await this.publishBuddy(em, next, actor.accountId, at);
      else if (wasMatched) await this.publishBuddy(em, next, null, at);
      return [nextAsk, next] as const;
    });
    return (await this.toMine(actor.municipality, [[ask, r]]))[0];
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  private async publishBuddy(em: EntityManager, r: BuddyRequestEntity, volunteerAccountId: string | null, at: Date): Promise<void> {
    const buddyVersion = r.buddyVersion + 1;
    await this.repo.updateRequest(em, r.referralId, { buddyVersion });
    r.buddyVersion = buddyVersion;
    await this.outbox.add(em, 'volunteer.buddy-changed.v1', {
      municipality: r.municipality, referralId: r.referralId, reportId: r.reportId, ...(volunteerAccountId ? { volunteerAccountId } : {}), buddyVersion, occurredAt: at.toISOString(),
    });
  }

  private need(session: SessionFacts, q: { language?: string; skills?: VolunteerSkill[] }) {
    return { sessionStartsAt: session.startsAt, placeNeighbourhoodCode: session.placeNeighbourhoodCode, place: session.place, language: q.language, skills: q.skills };
  }

  private async organisersRequest(em: EntityManager | null, actor: Actor, referralId: string, lock = false): Promise<BuddyRequestEntity> {
    const org = this.operator(actor);
    const r = await this.repo.findRequest(em, referralId, lock);
    if (!r || r.municipality !== actor.municipality || r.organisationId !== org) throw DomainError.notFound('buddy request');
    return r;
  }

  private async toRequests(rows: BuddyRequestEntity[]): Promise<BuddyRequestV1[]> {
    const sessions = await this.repo.sessions([...new Set(rows.map((r) => r.sessionId))]);
    const names = await this.repo.volunteerNames(rows.flatMap((r) => (r.volunteerId ? [r.volunteerId] : [])));
    return rows.map((r) => {
      const s = sessions.get(r.sessionId);
      return {
        referralId: r.referralId, organisationId: r.organisationId, initiativeId: r.initiativeId, initiativeTitleIt: s?.titleIt ?? '', initiativeTitleEn: s?.titleEn ?? s?.titleIt ?? '',
        sessionId: r.sessionId, sessionStartsAt: s?.startsAt.toISOString() ?? null, neighbourhoodCode: r.neighbourhoodCode, ageBand: r.ageBand, status: r.status,
        volunteerId: r.volunteerId, volunteerName: r.volunteerId ? (names.get(r.volunteerId) ?? null) : null, referralStatus: r.referralStatus, createdAt: r.createdAt.toISOString(),
      };
    });
  }

  private async toMine(municipality: string, pairs: (readonly [BuddyAskEntity, BuddyRequestEntity])[]): Promise<MyBuddyRequestV1[]> {
    const sessions = await this.repo.sessions([...new Set(pairs.map(([, r]) => r.sessionId))]);
    const names = await this.repo.neighbourhoodNames(municipality);
    return pairs.map(([a, r]) => {
      const s = sessions.get(r.sessionId);
      const ended = r.status === BuddyRequestStatus.ENDED || a.status === BuddyAskStatus.WITHDRAWN;
      const where = s?.placeNeighbourhoodCode ?? r.neighbourhoodCode;
      return {
        referralId: r.referralId, ask: a.status, initiativeTitleIt: s?.titleIt ?? '', initiativeTitleEn: s?.titleEn ?? s?.titleIt ?? '', sessionStartsAt: s?.startsAt.toISOString() ?? null,
        neighbourhoodCode: where, neighbourhoodName: names.get(where) ?? where, ageBand: r.ageBand, ended,
        meetingPoint: !ended && a.status === BuddyAskStatus.ACCEPTED && s ? { name: s.placeName, address: s.placeAddress } : null,
        prescriptionAccepted: HELD.has(r.referralStatus),
      };
    });
  }

  private citizen(actor: Actor): void {
    if (actor.role !== Role.CITIZEN) throw DomainError.forbidden('solo per i volontari / volunteers only');
  }

  private operator(actor: Actor): string {
    if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden("solo per gli operatori di un ente / an organisation's operators only");
    return actor.organisationId;
  }
}
