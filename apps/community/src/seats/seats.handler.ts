import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ReleaseSeatV1, ReserveSeatV1, Role, RPC, RpcRequest, SeatReservationV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { SeatsService } from './seats.service';

/** The seats ledger over request-reply: the organiser records a registration or holds a seat. */
@Controller()
export class SeatsHandler {
  constructor(private readonly seats: SeatsService) {}

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.reserveSeat)
  async reserve(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SeatReservationV1> {
    return this.seats.reserve(actor, await parseContract(ReserveSeatV1, req.payload));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.releaseSeat)
  async release(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SeatReservationV1> {
    return this.seats.release(actor, await parseContract(ReleaseSeatV1, req.payload));
  }
}
