import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AntennaStatus, AntennaV1, DomainError, ErrorCode, OrganisationV1, REQUEST_PATTERNS, Role } from '@prossimo/contracts';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { emailKey } from '../ratelimit/rate-limit.middleware';
import { RateLimiter } from '../ratelimit/rate-limiter.service';
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
  /** The short code to read out (e.g. "K7MX-3QAT"), with the e-mail; null when none was made (the operators' first-admin link). */
  code: string | null;
  email: string;
  expiresAt: Date;
}

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read out over the phone or off a card is typed right. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 8;

/** "k7mx 3qat", "K7MX-3QAT" → "K7MX3QAT"; null when it cannot be a code. */
export function normaliseCode(text: string): string | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '');
  if (clean.length !== CODE_LENGTH) return null;
  return [...clean].every((c) => CODE_ALPHABET.includes(c)) ? clean : null;
}

export function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** "K7MX3QAT" → "K7MX-3QAT" (how it is shown and printed). */
export const formatCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * A code is short (25^8 ≈ 1.5·10^11): stored as an HMAC keyed by a secret the database does not
 * hold (derived from the gateway's signing key) and bound to the e-mail, so a copy of the identity
 * database does not let anyone work the codes out.
 */
export function codeHasher(signingKeyPem: string): (email: string, code: string) => string {
  const key = createHash('sha256').update(`prossimo-account-code\n${signingKeyPem}`).digest();
  return (email, code) => createHmac('sha256', key).update(`${email.trim().toLowerCase()}\n${code}`).digest('hex');
}

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
    private readonly tx: Transactions,
    private readonly ds: DataSource,
    private readonly rpc: RpcClient,
    private readonly identity: IdentityService,
    private readonly sessions: SessionsRepository,
    private readonly limiter: RateLimiter,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {
    this.hashCode = codeHasher(settings.AUTH_PRIVATE_KEY);
  }

  private readonly hashCode: (email: string, code: string) => string;

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
      const antenna = await this.rpc.call(REQUEST_PATTERNS.antennas.get, { id: antennaId }, caller.actor);
      if (antenna.status === AntennaStatus.RETIRED) throw new DomainError(ErrorCode.CONFLICT, 'l’antenna è ritirata / the antenna is retired', 'input.antennaId');
    }
    if (input.role === Role.ORG_OPERATOR) {
      if (!organisationId) throw DomainError.badInput('input.organisationId', 'input.organisationId: required for an organisation operator');
      // Only an organisation of the ADMIN's own municipality (the public directory lists every city's).
      const own = await this.rpc.call(REQUEST_PATTERNS.referrals.listOrganisations, {}, caller.actor);
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
    await this.tx.run(async (em) => {
      const t = await this.claim(em.getRepository(AccountTokenEntity), token, 'invite');
      await this.createAccount(em.getRepository(AccountEntity), t, passwordHash);
    });
    return this.identity.login((await this.emailOf(token)) ?? '', password);
  }

  async issueReset(caller: Caller, email: string): Promise<IssuedToken> {
    const account = await this.ds.getRepository(AccountEntity).findOne({ where: { email: email.trim().toLowerCase() } });
    if (!account || account.municipality !== caller.actor.municipality) throw DomainError.notFound('account');
    return this.issueResetFor(account, caller.actor.accountId);
  }

  /** A reset for an account (the «password dimenticata» e-mail asks for one on the person's behalf). */
  issueResetFor(account: AccountEntity, createdBy: string): Promise<IssuedToken> {
    return this.issue({ purpose: 'reset', email: account.email, displayName: null, role: null, municipality: account.municipality, antennaId: null, organisationId: null, createdBy }, RESET_TTL_MS);
  }

  /**
   * «Ho un codice»: the e-mail and the short code of an invitation or a reset (the link's twin:
   * using either uses both), with the password the person chooses; signs them in. A wrong or
   * expired code is one answer, and counts toward a lock-out of that e-mail (LOGIN_MAX_FAILURES in
   * LOGIN_LOCKOUT_SECONDS, shared by every instance), kept apart from the login's.
   */
  async redeemCode(emailText: string, codeText: string, password: string, trustDevice = false): Promise<LoginResult> {
    const email = emailText.trim().toLowerCase();
    if (!EMAIL.test(email)) throw DomainError.badInput('email', 'email: non è un indirizzo e-mail / not an e-mail address');
    const lockout = { max: this.settings.LOGIN_MAX_FAILURES, windowSeconds: this.settings.LOGIN_LOCKOUT_SECONDS };
    const failures = `code-fail:${emailKey(email)}`;
    const state = await this.limiter.peek(failures, lockout);
    if (!state.allowed) {
      const minutes = Math.ceil(state.retryAfterSeconds / 60);
      throw new DomainError(ErrorCode.RATE_LIMITED, `troppi tentativi: riprova tra ${minutes} minuti / too many attempts: retry in ${minutes} minutes`);
    }
    checkPassword(password);
    const code = normaliseCode(codeText);
    const wrong = async () => {
      await this.limiter.hit(failures, lockout);
      return DomainError.badInput('code', 'code: il codice non è valido o è scaduto / the code is not valid or has expired');
    };
    if (!code) throw await wrong();
    const passwordHash = await hashPassword(password);
    const claimed = await this.tx.run(async (em) => {
      const repo = em.getRepository(AccountTokenEntity);
      const t = await repo.findOne({ where: { email, codeHash: this.hashCode(email, code), usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!t || t.expiresAt <= this.now()) return null;
      await repo.update({ id: t.id }, { usedAt: this.now() });
      if (t.purpose === 'invite') await this.createAccount(em.getRepository(AccountEntity), t, passwordHash);
      else await this.setPassword(em.getRepository(AccountEntity), t.email, passwordHash);
      return t;
    });
    if (!claimed) throw await wrong();
    await this.limiter.clear(failures);
    // Whoever holds the code may set the password anyway: a login lock-out from before ends with it.
    await this.limiter.clear(`login-fail:${emailKey(email)}`);
    return this.identity.login(email, password, trustDevice);
  }

  /** Sets the new password and ends every session of the account. */
  async completeReset(token: string, password: string): Promise<boolean> {
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    await this.tx.run(async (em): Promise<string> => {
      const t = await this.claim(em.getRepository(AccountTokenEntity), token, 'reset');
      await this.setPassword(em.getRepository(AccountEntity), t.email, passwordHash);
      return t.email;
    }).then((email) => this.limiter.clear(`login-fail:${emailKey(email)}`));
    return true;
  }

  private async createAccount(accounts: Repository<AccountEntity>, t: AccountTokenEntity, passwordHash: string): Promise<void> {
    const created = await accounts
      .createQueryBuilder()
      .insert()
      .into(AccountEntity)
      .values({ id: randomUUID(), email: t.email, displayName: t.displayName!, passwordHash, role: t.role!, municipality: t.municipality, antennaId: t.antennaId, organisationId: t.organisationId, createdAt: this.now() })
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((created.raw as unknown[]).length === 0) throw new DomainError(ErrorCode.CONFLICT, 'questa e-mail ha già un accesso / this e-mail already has an account');
  }

  /** Sets the new password and ends every session of the account (trusted devices too). */
  private async setPassword(accounts: Repository<AccountEntity>, email: string, passwordHash: string): Promise<void> {
    const account = await accounts.findOne({ where: { email } });
    if (!account) throw DomainError.notFound('account');
    await accounts.update({ id: account.id }, { passwordHash });
    await this.sessions.revokeAllOf(account.id, this.now());
  }

  private issue(t: AccountTokenFields, ttlMs: number): Promise<IssuedToken> {
    return issueAccountToken(this.ds, t, ttlMs, this.now(), this.hashCode);
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

type AccountTokenFields = Omit<AccountTokenEntity, 'id' | 'tokenHash' | 'codeHash' | 'createdAt' | 'expiresAt' | 'usedAt'>;

/**
 * A one-time token (stored hashed only), valid for `ttlMs`: what an invitation or a reset link
 * carries; with `hashCode`, also its short code (the same invitation, read out or printed).
 */
export async function issueAccountToken(ds: DataSource, t: AccountTokenFields, ttlMs: number, at: Date, hashCode?: (email: string, code: string) => string): Promise<IssuedToken> {
  const token = randomBytes(24).toString('base64url');
  const code = hashCode ? newCode() : null;
  const expiresAt = new Date(at.getTime() + ttlMs);
  await ds.getRepository(AccountTokenEntity).insert({ ...t, id: randomUUID(), tokenHash: sha256(token), codeHash: code && hashCode ? hashCode(t.email, code) : null, createdAt: at, expiresAt, usedAt: null });
  return { token, code: code ? formatCode(code) : null, email: t.email, expiresAt };
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

