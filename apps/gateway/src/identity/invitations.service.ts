import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AntennaStatus, AntennaV1, DomainError, ErrorCode, OrganisationV1, RPC, Role } from '@prossimo/contracts';
import { CLOCK, Clock } from '@prossimo/platform';
import type { Caller } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { AccountEntity } from './account.entity';
import { AccountTokenEntity } from './account-token.entity';
import { IdentityService, LoginResult, PASSWORD_MIN_LENGTH } from './identity.service';
import { hashPassword } from './passwords';
import { SessionsRepository } from './sessions.repository';

export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
const RESET_TTL_MS = 24 * 3600 * 1000;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) throw DomainError.badInput('password', `password: almeno ${PASSWORD_MIN_LENGTH} caratteri / at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > 1024) throw DomainError.badInput('password', 'password: too long');
}

/**
 * ADMIN-managed accounts: invitations (the person chooses their own password when accepting) and
 * password resets. The ADMIN hands the one-time token over (the web app makes it a link); it is
 * never stored in clear, works once, and expires (invitation 7 days, reset 24 hours).
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly rpc: RpcClient,
    private readonly identity: IdentityService,
    private readonly sessions: SessionsRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async invite(caller: Caller, input: { email: string; displayName: string; role: Role; antennaId?: string | null; organisationId?: string | null }): Promise<IssuedToken> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email)) throw DomainError.badInput('input.email', 'input.email: non è un indirizzo e-mail / not an e-mail address');
    const displayName = input.displayName.trim();
    if (displayName.length < 1 || displayName.length > 200) throw DomainError.badInput('input.displayName', 'input.displayName: 1–200 caratteri / 1–200 characters');
    // An id is an id whatever the role (one the role does not use is ignored, never stored).
    for (const field of ['antennaId', 'organisationId'] as const) {
      const id = input[field];
      if (id !== undefined && id !== null && !isUUID(id)) throw DomainError.badInput(`input.${field}`, `input.${field}: non è un id / not an id`);
    }
    const antennaId = input.role === Role.ANTENNA ? input.antennaId : null;
    const organisationId = input.role === Role.ORG_OPERATOR ? input.organisationId : null;
    if (input.role === Role.ANTENNA) {
      if (!antennaId) throw DomainError.badInput('input.antennaId', 'input.antennaId: required for an antenna member');
      const antenna = await this.rpc.call<AntennaV1>(RPC.antennas.get, { id: antennaId }, caller.actor);
      if (antenna.status === AntennaStatus.RETIRED) throw new DomainError(ErrorCode.CONFLICT, 'l’antenna è ritirata / the antenna is retired', 'input.antennaId');
    }
    if (input.role === Role.ORG_OPERATOR) {
      if (!organisationId) throw DomainError.badInput('input.organisationId', 'input.organisationId: required for an organisation operator');
      // Only an organisation of the ADMIN's own municipality (the public directory lists every city's).
      const own = await this.rpc.call<OrganisationV1[]>(RPC.referrals.listOrganisations, {}, caller.actor);
      if (!own.some((o) => o.id === organisationId)) throw DomainError.badInput('input.organisationId', 'input.organisationId: nessuna organizzazione con questo id nel tuo comune / no such organisation in your municipality');
    }
    if (await this.ds.getRepository(AccountEntity).exists({ where: { email } })) {
      throw new DomainError(ErrorCode.CONFLICT, 'questa e-mail ha già un accesso / this e-mail already has an account', 'input.email');
    }
    return this.issue({ purpose: 'invite', email, displayName, role: input.role, municipality: caller.actor.municipality, antennaId: antennaId ?? null, organisationId: organisationId ?? null, createdBy: caller.actor.accountId }, INVITE_TTL_MS);
  }

  /** Creates the invited account with the password the person chose, and signs them in. */
  async accept(token: string, password: string): Promise<LoginResult> {
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    await this.ds.transaction(async (em) => {
      const t = await this.claim(em.getRepository(AccountTokenEntity), token, 'invite');
      const created = await em
        .createQueryBuilder()
        .insert()
        .into(AccountEntity)
        .values({ id: randomUUID(), email: t.email, displayName: t.displayName!, passwordHash, role: t.role!, municipality: t.municipality, antennaId: t.antennaId, organisationId: t.organisationId, createdAt: this.now() })
        .orIgnore()
        .returning(['id'])
        .execute();
      if ((created.raw as unknown[]).length === 0) throw new DomainError(ErrorCode.CONFLICT, 'questa e-mail ha già un accesso / this e-mail already has an account');
    });
    return this.identity.login((await this.emailOf(token)) ?? '', password);
  }

  async issueReset(caller: Caller, email: string): Promise<IssuedToken> {
    const account = await this.ds.getRepository(AccountEntity).findOne({ where: { email: email.trim().toLowerCase() } });
    if (!account || account.municipality !== caller.actor.municipality) throw DomainError.notFound('account');
    return this.issue({ purpose: 'reset', email: account.email, displayName: null, role: null, municipality: account.municipality, antennaId: null, organisationId: null, createdBy: caller.actor.accountId }, RESET_TTL_MS);
  }

  /** Sets the new password and ends every session of the account. */
  async completeReset(token: string, password: string): Promise<boolean> {
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    await this.ds.transaction(async (em) => {
      const t = await this.claim(em.getRepository(AccountTokenEntity), token, 'reset');
      const account = await em.getRepository(AccountEntity).findOne({ where: { email: t.email } });
      if (!account) throw DomainError.notFound('account');
      await em.getRepository(AccountEntity).update({ id: account.id }, { passwordHash });
      await this.sessions.revokeAllOf(account.id, this.now());
    });
    return true;
  }

  private issue(t: AccountTokenFields, ttlMs: number): Promise<IssuedToken> {
    return issueAccountToken(this.ds, t, ttlMs, this.now());
  }

  /** Marks an unused, unexpired token of that purpose as used (once, even under concurrency). */
  private async claim(repo: Repository<AccountTokenEntity>, token: string, purpose: 'invite' | 'reset'): Promise<AccountTokenEntity> {
    const t = await repo.findOne({ where: { tokenHash: sha256(token), purpose, usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!t || t.expiresAt <= this.now()) throw DomainError.badInput('token', 'token: il link non è valido o è scaduto / the link is not valid or has expired');
    await repo.update({ id: t.id }, { usedAt: this.now() });
    return t;
  }

  private async emailOf(token: string): Promise<string | null> {
    const t = await this.ds.getRepository(AccountTokenEntity).findOne({ where: { tokenHash: sha256(token) } });
    return t?.email ?? null;
  }
}

type AccountTokenFields = Omit<AccountTokenEntity, 'id' | 'tokenHash' | 'createdAt' | 'expiresAt' | 'usedAt'>;

/** A one-time token (stored hashed only), valid for `ttlMs`: what an invitation or a reset link carries. */
export async function issueAccountToken(ds: DataSource, t: AccountTokenFields, ttlMs: number, at: Date): Promise<IssuedToken> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(at.getTime() + ttlMs);
  await ds.getRepository(AccountTokenEntity).insert({ ...t, id: randomUUID(), tokenHash: sha256(token), createdAt: at, expiresAt, usedAt: null });
  return { token, expiresAt };
}

/** Who issues the first ADMIN invitation of a municipality: the operators, from the command line. */
export const OPERATOR_ACCOUNT_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The first ADMIN of a new municipality (ADMINs write only their own municipality, so a new city
 * cannot be set up from another's): `node dist/scripts/prossimo.js invite-admin <istat> <email>`.
 */
export async function inviteFirstAdmin(ds: DataSource, input: { municipality: string; email: string; displayName: string }, now: Date): Promise<IssuedToken> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw DomainError.badInput('email', 'email: non è un indirizzo e-mail / not an e-mail address');
  if (await ds.getRepository(AccountEntity).exists({ where: { email } })) throw DomainError.conflict('questa e-mail ha già un accesso / this e-mail already has an account');
  return issueAccountToken(ds, { purpose: 'invite', email, displayName: input.displayName, role: Role.ADMIN, municipality: input.municipality, antennaId: null, organisationId: null, createdBy: OPERATOR_ACCOUNT_ID }, INVITE_TTL_MS, now);
}

