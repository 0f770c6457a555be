import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Role } from '@prossimo/contracts';
import { TokenSigner } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { emailKey } from '../ratelimit/rate-limit.middleware';
import { RateLimiter } from '../ratelimit/rate-limiter.service';
import { AccountsRepository } from './accounts.repository';
import { dummyPasswordHash, verifyPassword } from './passwords';

export const TOKEN_SIGNER = Symbol('TOKEN_SIGNER');

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: { id: string; email: string; displayName: string; role: Role; municipality: string; antennaId: string | null; organisationId: string | null };
}

@Injectable()
export class IdentityService {
  constructor(
    private readonly accounts: AccountsRepository,
    @Inject(TOKEN_SIGNER) private readonly signer: TokenSigner,
    private readonly limiter: RateLimiter,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
  ) {}

  /**
   * Checks the password and signs an access token. One answer for every failure (no account
   * enumeration); after LOGIN_MAX_FAILURES failures for an email, that email is locked out until
   * the window ends, whether or not the account exists, on every gateway instance.
   */
  async login(email: string, password: string): Promise<LoginResult> {
    const failures = `login-fail:${emailKey(email)}`;
    const limit = { max: this.settings.LOGIN_MAX_FAILURES, windowSeconds: this.settings.LOGIN_LOCKOUT_SECONDS };
    const state = await this.limiter.peek(failures, limit);
    if (!state.allowed) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `troppi tentativi: riprova tra ${Math.ceil(state.retryAfterSeconds / 60)} minuti / too many attempts: retry in ${Math.ceil(state.retryAfterSeconds / 60)} minutes`);
    }
    const account = await this.accounts.findByEmail(email);
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !ok) {
      await this.limiter.hit(failures, limit);
      throw DomainError.unauthenticated('email o password non corretti / wrong email or password');
    }
    await this.limiter.clear(failures);
    const { token, expiresAt } = await this.signer.sign({
      sub: account.id,
      role: account.role as Role,
      mun: account.municipality,
      ...(account.antennaId ? { ant: account.antennaId } : {}),
      ...(account.organisationId ? { org: account.organisationId } : {}),
    });
    return {
      token,
      expiresAt,
      account: {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        role: account.role as Role,
        municipality: account.municipality,
        antennaId: account.antennaId,
        organisationId: account.organisationId,
      },
    };
  }
}
