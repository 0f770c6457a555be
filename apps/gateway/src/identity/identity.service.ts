import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Actor, DomainError, ErrorCode, Role } from '@prossimo/contracts';
import { CLOCK, Clock, TokenSigner } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { emailKey } from '../ratelimit/rate-limit.middleware';
import { RateLimiter } from '../ratelimit/rate-limiter.service';
import { AccountEntity } from './account.entity';
import { AccountsRepository } from './accounts.repository';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionSignals } from './session-signals';
import { SessionCheck } from '../auth/authenticator';

export const TOKEN_SIGNER = Symbol('TOKEN_SIGNER');

export const PASSWORD_MIN_LENGTH = 10;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  refreshToken: string;
  /** The session was opened on a device the person marked as trusted (it lasts TRUSTED_REFRESH_TTL_SECONDS). */
  trustedDevice: boolean;
  account: { id: string; email: string; displayName: string; role: Role; municipality: string; antennaId: string | null; organisationId: string | null };
}

/** An open session of an account, as the administrator sees it (never its tokens). */
export interface OpenSession {
  id: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  trusted: boolean;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Local accounts: login (short-lived access token + rotating refresh token), refresh, logout,
 * password change. Sessions live in the identity database, so every gateway instance sees a
 * logout at once.
 */
@Injectable()
export class IdentityService implements SessionCheck {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    @Inject(TOKEN_SIGNER) private readonly signer: TokenSigner,
    private readonly limiter: RateLimiter,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(CLOCK) private readonly now: Clock,
    private readonly signals: SessionSignals,
  ) {}

  /**
   * Checks the password and opens a session. One answer for every failure (no account
   * enumeration); after LOGIN_MAX_FAILURES failures for an email, that email is locked out until
   * the window ends, whether or not the account exists, on every gateway instance.
   */
  async login(email: string, password: string, trustDevice = false): Promise<LoginResult> {
    this.assertLocal();
    await this.assertNotLockedOut(email);
    const account = await this.accounts.findByEmail(email);
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !ok) {
      await this.countFailure(email);
      throw DomainError.unauthenticated('email o password non corretti / wrong email or password');
    }
    await this.limiter.clear(this.failuresKey(email));
    return this.startSession(account, trustDevice);
  }

  /** Opens a session for an account whose credentials were just checked (login, a new volunteer's sign-up). */
  async startSession(account: AccountEntity, trustDevice = false): Promise<LoginResult> {
    const refreshToken = randomBytes(32).toString('base64url');
    const at = this.now();
    const session = Object.assign(new SessionEntity(), {
      id: randomUUID(),
      accountId: account.id,
      refreshHash: sha256(refreshToken),
      previousHash: null,
      createdAt: at,
      expiresAt: new Date(at.getTime() + this.refreshTtlSeconds(trustDevice) * 1000),
      revokedAt: null,
      trusted: trustDevice,
      lastUsedAt: null,
    });
    await this.sessions.create(session);
    return this.issue(account, session.id, refreshToken, trustDevice);
  }

  /** A new access token and a new refresh token for a valid refresh token; the old one stops working. */
  async refresh(refreshToken: string): Promise<LoginResult> {
    this.assertLocal();
    const hash = sha256(refreshToken);
    const at = this.now();
    const session = await this.sessions.findByRefreshHash(hash);
    if (!session) {
      // A refresh token used twice was copied: end that session for everyone holding it.
      const stolen = await this.sessions.findByPreviousHash(hash);
      if (stolen) await this.sessions.revoke(stolen.id, at);
      throw DomainError.unauthenticated('sessione non valida, accedi di nuovo / session not valid, sign in again');
    }
    if (session.revokedAt || session.expiresAt <= at) throw DomainError.unauthenticated('sessione scaduta, accedi di nuovo / session expired, sign in again');
    const account = await this.accounts.findById(session.accountId);
    if (!account) throw DomainError.unauthenticated('account non più attivo / account no longer active');
    const next = randomBytes(32).toString('base64url');
    const rotated = await this.sessions.rotate(session.id, hash, sha256(next), new Date(at.getTime() + this.refreshTtlSeconds(session.trusted) * 1000), at);
    if (!rotated) throw DomainError.unauthenticated('sessione non valida, accedi di nuovo / session not valid, sign in again');
    return this.issue(account, session.id, next, session.trusted);
  }

  /** Ends the session of the token in hand: its access and refresh tokens stop working at once. */
  async logout(sessionId: string | undefined): Promise<boolean> {
    if (sessionId) {
      await this.sessions.revoke(sessionId, this.now());
      this.signals.emit('session-ended', sessionId);
    }
    return true;
  }

  /**
   * Changes the password; every other session of the account is ended. A wrong current password
   * counts toward the same lock-out as a failed login (a stolen token must not become an
   * unlimited password oracle), and a locked-out account cannot change its password either.
   */
  async changePassword(actor: Actor, sessionId: string | undefined, current: string, next: string): Promise<boolean> {
    if (next.length < PASSWORD_MIN_LENGTH) throw DomainError.badInput('newPassword', `newPassword: almeno ${PASSWORD_MIN_LENGTH} caratteri / at least ${PASSWORD_MIN_LENGTH} characters`);
    if (next.length > 1024) throw DomainError.badInput('newPassword', 'newPassword: too long');
    if (current.length > 1024) throw DomainError.badInput('currentPassword', 'currentPassword: too long');
    const account = await this.accounts.findById(actor.accountId);
    if (!account) throw DomainError.badInput('currentPassword', 'currentPassword: la password attuale non è corretta / the current password is wrong');
    await this.assertNotLockedOut(account.email);
    if (!(await verifyPassword(account.passwordHash, current))) {
      await this.countFailure(account.email);
      throw DomainError.badInput('currentPassword', 'currentPassword: la password attuale non è corretta / the current password is wrong');
    }
    await this.limiter.clear(this.failuresKey(account.email));
    await this.accounts.updatePassword(account.id, await hashPassword(next));
    await this.sessions.revokeAllOf(account.id, this.now(), sessionId);
    this.signals.emit('account-sessions-ended', account.id, sessionId);
    return true;
  }

  /** Ends every session of the caller's account, this one included, on every device (trusted ones too). */
  async logoutEverywhere(actor: Actor): Promise<boolean> {
    await this.endAllSessionsOf(actor.accountId);
    return true;
  }

  /** ADMIN: the open sessions of an account of their municipality (another's looks like none). */
  async openSessionsOf(actor: Actor, accountId: string): Promise<OpenSession[]> {
    await this.accountOfMunicipality(actor, accountId);
    return this.sessions.openOf(accountId, this.now());
  }

  /** ADMIN: «esci da tutti i dispositivi» for a person of their municipality; answers how many sessions ended. */
  async endSessionsOf(actor: Actor, accountId: string): Promise<number> {
    await this.accountOfMunicipality(actor, accountId);
    return this.endAllSessionsOf(accountId);
  }

  private async endAllSessionsOf(accountId: string): Promise<number> {
    const ended = await this.sessions.revokeAllOf(accountId, this.now());
    this.signals.emit('account-sessions-ended', accountId);
    return ended;
  }

  private async accountOfMunicipality(actor: Actor, accountId: string): Promise<AccountEntity> {
    if (!isUUID(accountId)) throw DomainError.badInput('accountId', 'accountId: non è un id / not an id');
    const account = await this.accounts.findById(accountId);
    if (!account || account.municipality !== actor.municipality) throw DomainError.notFound('account');
    return account;
  }

  private refreshTtlSeconds(trusted: boolean): number {
    return trusted ? this.settings.TRUSTED_REFRESH_TTL_SECONDS : this.settings.REFRESH_TTL_SECONDS;
  }

  /** Whether the session a token names is still open (tokens without a session are the services' own tests' business). */
  async sessionActive(sessionId: string | undefined): Promise<boolean> {
    return sessionId ? this.sessions.isActive(sessionId, this.now()) : true;
  }

  /** Failed logins and wrong current passwords, per email (hashed), in the identity database: shared by every instance. */
  private failuresKey(email: string): string {
    return `login-fail:${emailKey(email)}`;
  }

  private get lockout() {
    return { max: this.settings.LOGIN_MAX_FAILURES, windowSeconds: this.settings.LOGIN_LOCKOUT_SECONDS };
  }

  private async assertNotLockedOut(email: string): Promise<void> {
    const state = await this.limiter.peek(this.failuresKey(email), this.lockout);
    if (!state.allowed) {
      const minutes = Math.ceil(state.retryAfterSeconds / 60);
      throw new DomainError(ErrorCode.RATE_LIMITED, `troppi tentativi: riprova tra ${minutes} minuti / too many attempts: retry in ${minutes} minutes`);
    }
  }

  private async countFailure(email: string): Promise<void> {
    await this.limiter.hit(this.failuresKey(email), this.lockout);
  }

  get local(): boolean {
    return this.settings.AUTH_MODE === 'local';
  }

  private assertLocal(): void {
    if (this.settings.AUTH_MODE !== 'local') throw DomainError.forbidden("accedi con l'identità digitale del Comune / sign in with the city's identity provider");
  }

  private async issue(account: AccountEntity, sessionId: string, refreshToken: string, trustedDevice: boolean): Promise<LoginResult> {
    const { token, expiresAt } = await this.signer.sign({
      sub: account.id,
      role: account.role,
      mun: account.municipality,
      sid: sessionId,
      ...(account.antennaId ? { ant: account.antennaId } : {}),
      ...(account.organisationId ? { org: account.organisationId } : {}),
    });
    return {
      token,
      expiresAt,
      refreshToken,
      trustedDevice,
      account: {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        municipality: account.municipality,
        antennaId: account.antennaId,
        organisationId: account.organisationId,
      },
    };
  }
}
