import { Inject, Injectable } from '@nestjs/common';
import { DomainError, Role } from '@prossimo/contracts';
import { TokenSigner } from '@prossimo/platform';
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
  ) {}

  /** Checks the password and signs an access token. One answer for every failure: no account enumeration. */
  async login(email: string, password: string): Promise<LoginResult> {
    const account = await this.accounts.findByEmail(email);
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !ok) throw DomainError.unauthenticated('email o password non corretti / wrong email or password');
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
