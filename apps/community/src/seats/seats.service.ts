import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, DomainError, ReleaseSeatV1, ReserveSeatV1, SeatKind, SeatReservationStatus, SeatReservationV1, SessionStatus } from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock } from '@prossimo/platform';
import { assertMayManage } from '../initiatives/access';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { seatsOf } from '../initiatives/mapping';
import { SeatReservationEntity } from './seat-reservation.entity';
import { SeatsRepository, SessionCounts } from './seats.repository';

function countsToSeats(c: SessionCounts) {
  return seatsOf({ publicSeats: c.public_seats, referralSeats: c.referral_seats, publicTaken: c.public_taken, referralTaken: c.referral_taken });
}

const UNIQUE_VIOLATION = '23505';

/**
 * Seats of sessions: a PUBLIC registration or a REFERRAL reservation (held for a person the
 * social desk refers; prescriptions use it). Registrations and reservations together never
 * exceed a session's seats, whatever the number of replicas and callers (seats.repository.ts).
 * Reserve and release are idempotent by the reservation's client-made id.
 */
@Injectable()
export class SeatsService {
  constructor(
    private readonly ds: DataSource,
    private readonly seats: SeatsRepository,
    private readonly initiatives: InitiativesRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reserve(actor: Actor, cmd: ReserveSeatV1): Promise<SeatReservationV1> {
    const existing = await this.seats.findReservation(cmd.id);
    if (existing) return this.sameOrConflict(actor, existing, cmd);
    const session = await this.seats.session(cmd.sessionId);
    if (!session || session.municipality !== actor.municipality) throw DomainError.notFound('session');
    assertMayManage(actor, (await this.initiatives.findById(session.initiativeId))?.initiative ?? null);
    const now = this.clock();
    try {
      return await this.ds.transaction(async (em) => {
        const counts = await this.seats.take(em, cmd.sessionId, actor.municipality, cmd.kind, now);
        if (!counts) throw await this.whyNot(em, cmd.sessionId, cmd.kind, now);
        const row = Object.assign(new SeatReservationEntity(), {
          id: cmd.id,
          sessionId: cmd.sessionId,
          municipality: actor.municipality,
          kind: cmd.kind,
          status: 'HELD',
          holderRef: cmd.holderRef ?? null,
          reservedBy: actor.accountId,
          reservedAt: now,
          releasedAt: null,
        });
        await this.seats.insert(em, row);
        await this.emit(em, 'initiative.seat-reserved.v1', row, counts, session.initiativeId);
        return this.toReservation(row, counts);
      });
    } catch (err) {
      // The same reservation raced itself (two replicas, a retry): the loser answers with the winner.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION || (err as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        const winner = await this.seats.findReservation(cmd.id);
        if (winner) return this.sameOrConflict(actor, winner, cmd);
      }
      throw err;
    }
  }

  async release(actor: Actor, cmd: ReleaseSeatV1): Promise<SeatReservationV1> {
    const existing = await this.seats.findReservation(cmd.id);
    if (!existing || existing.municipality !== actor.municipality) throw DomainError.notFound('seat reservation');
    const session = await this.seats.session(existing.sessionId);
    assertMayManage(actor, (await this.initiatives.findById(session!.initiativeId))?.initiative ?? null);
    const now = this.clock();
    return this.ds.transaction(async (em) => {
      const released = await this.seats.release(em, cmd.id, now);
      if (!released) {
        // Already released: releasing again changes nothing.
        const s = (await this.seats.session(existing.sessionId, em))!;
        const current = (await this.seats.findReservation(cmd.id, em))!;
        return this.toReservation(current, { id: s.id, initiative_id: s.initiativeId, municipality: s.municipality, public_seats: s.publicSeats, referral_seats: s.referralSeats, public_taken: s.publicTaken, referral_taken: s.referralTaken });
      }
      const counts = await this.seats.giveBack(em, released.sessionId, released.kind as SeatKind, now);
      await this.emit(em, 'initiative.seat-released.v1', released, counts, session!.initiativeId);
      return this.toReservation(released, counts);
    });
  }

  private async sameOrConflict(actor: Actor, r: SeatReservationEntity, cmd: ReserveSeatV1): Promise<SeatReservationV1> {
    if (r.municipality !== actor.municipality || r.sessionId !== cmd.sessionId || r.kind !== cmd.kind) {
      throw DomainError.conflict('questo id è già usato da un’altra prenotazione / this reservation id is already taken');
    }
    const s = (await this.seats.session(r.sessionId))!;
    return this.toReservation(r, { id: s.id, initiative_id: s.initiativeId, municipality: s.municipality, public_seats: s.publicSeats, referral_seats: s.referralSeats, public_taken: s.publicTaken, referral_taken: s.referralTaken });
  }

  /** Why no seat could be taken, in words the organiser can act on. */
  private async whyNot(em: EntityManager, sessionId: string, kind: SeatKind, now: Date): Promise<DomainError> {
    // In the transaction's own connection: never wait for a second one while holding the first.
    const s = await this.seats.session(sessionId, em);
    if (!s) return DomainError.notFound('session');
    if (s.status !== SessionStatus.SCHEDULED) return DomainError.conflict(`l’incontro è ${s.status === SessionStatus.CANCELLED ? 'annullato' : 'rinviato'} / the session is ${s.status.toLowerCase()}`);
    if (s.startsAt <= now) return DomainError.conflict('l’incontro è già iniziato / the session has already started');
    return kind === SeatKind.PUBLIC
      ? DomainError.conflict('posti esauriti: nessun posto libero per il pubblico / full: no public seat is left')
      : DomainError.conflict('nessun posto riservato agli invii libero / no seat reserved for referrals is left');
  }

  private toReservation(r: SeatReservationEntity, counts: SessionCounts): SeatReservationV1 {
    return {
      id: r.id,
      sessionId: r.sessionId,
      kind: r.kind as SeatKind,
      status: r.status as SeatReservationStatus,
      reservedAt: r.reservedAt.toISOString(),
      releasedAt: r.releasedAt ? r.releasedAt.toISOString() : null,
      seats: countsToSeats(counts),
    };
  }

  private async emit(em: EntityManager, type: 'initiative.seat-reserved.v1' | 'initiative.seat-released.v1', r: SeatReservationEntity, c: SessionCounts, initiativeId: string): Promise<void> {
    const i = await this.initiatives.findById(initiativeId, em);
    await this.outbox.add(em, type, {
      municipality: r.municipality,
      reservationId: r.id,
      initiativeId,
      sessionId: r.sessionId,
      neighbourhoodCode: i!.initiative.neighbourhoodCode,
      kind: r.kind as SeatKind,
      change: type === 'initiative.seat-reserved.v1' ? 'reserved' : 'released',
      publicTaken: c.public_taken,
      referralTaken: c.referral_taken,
    });
  }
}
