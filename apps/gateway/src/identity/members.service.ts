import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AntennaStatus, CreateAntennaMemberV1, DomainError, ErrorCode, REQUEST_PATTERNS, Role } from '@prossimo/contracts';
import { RpcClient } from '../rpc/rpc-client.service';
import { AccountEntity } from './account.entity';
import { MembersRepository } from './members.repository';
import { SessionsRepository } from './sessions.repository';
import { hashPassword } from './passwords';
import type { Caller } from '../graphql/access';

export interface AntennaMember {
  id: string;
  antennaId: string;
  email: string;
  displayName: string;
  createdAt: Date;
}

function toMember(a: AccountEntity): AntennaMember {
  return { id: a.id, antennaId: a.antennaId!, email: a.email, displayName: a.displayName, createdAt: a.createdAt };
}

/**
 * Named logins of an antenna's people (shop staff rotate): every member reports for the antenna,
 * every report records which member sent it, and every member sees all the antenna's reports.
 * The antenna is checked with the antennas service (it must exist in the admin's municipality
 * and not be retired); the account lives here, in the identity database.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly rpc: RpcClient,
    private readonly sessions: SessionsRepository,
  ) {}

  /**
   * A member with a password the caller sets (scripts, migrations from another system). People are
   * invited instead (inviteAccount with role ANTENNA: a link, a code to read out, a printable card)
   * and choose their own password: nobody dictates a generated one any more.
   */
  async create(caller: Caller, cmd: CreateAntennaMemberV1): Promise<{ member: AntennaMember; generatedPassword: string | null }> {
    if (!cmd.password) throw DomainError.badInput('input.password', 'input.password: obbligatoria; per dare l’accesso a una persona invitala (inviteAccount) / required; to give a person access, invite them (inviteAccount)');
    const antenna = await this.rpc.call(REQUEST_PATTERNS.antennas.get, { id: cmd.antennaId }, caller.actor);
    if (antenna.status === AntennaStatus.RETIRED) throw new DomainError(ErrorCode.CONFLICT, 'l’antenna è ritirata / the antenna is retired', 'input.antennaId');
    const account = Object.assign(new AccountEntity(), {
      id: randomUUID(),
      email: cmd.email.trim().toLowerCase(),
      displayName: cmd.displayName.trim(),
      passwordHash: await hashPassword(cmd.password),
      role: Role.ANTENNA,
      municipality: antenna.municipality,
      antennaId: antenna.id,
      organisationId: null,
      createdAt: new Date(),
    });
    if (!(await this.members.insertIfEmailFree(account))) {
      throw new DomainError(ErrorCode.CONFLICT, 'questa e-mail ha già un accesso / this e-mail already has an account', 'input.email');
    }
    return { member: toMember(account), generatedPassword: null };
  }

  /** Removes a member's login (their reports stay, with their account id). */
  async remove(caller: Caller, id: string): Promise<AntennaMember> {
    const removed = await this.members.deleteMember(id, caller.actor.municipality);
    if (!removed) throw DomainError.notFound('member');
    // Their sessions end now: a removed member's token stops working at the gateway at once.
    await this.sessions.revokeAllOf(removed.id, new Date());
    return toMember(removed);
  }

  async ofAntenna(antennaId: string): Promise<AntennaMember[]> {
    return (await this.members.findByAntenna(antennaId)).map(toMember);
  }

  /** Members of many antennas in one query, in the order asked (the DataLoader's batch function). */
  async ofAntennas(antennaIds: readonly string[]): Promise<AntennaMember[][]> {
    const rows = await this.members.findByAntennas(antennaIds);
    return antennaIds.map((id) => rows.filter((r) => r.antennaId === id).slice(0, 100).map(toMember));
  }
}
