import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { isEmail } from 'class-validator';
import { DomainError, ErrorCode, ISTAT_CODE, REQUEST_PATTERNS, Role } from '@prossimo/contracts';
import { CLOCK, Clock } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { ProofOfWork } from '../public/proof-of-work';
import { RateLimiter } from '../ratelimit/rate-limiter.service';
import { RpcClient } from '../rpc/rpc-client.service';
import { AccountEntity } from './account.entity';
import { AccountsRepository } from './accounts.repository';
import { IdentityService, LoginResult, PASSWORD_MIN_LENGTH } from './identity.service';
import { hashPassword } from './passwords';

export interface CitizenSignUp {
  municipality: string;
  displayName: string;
  email: string;
  password: string;
  challenge: string;
  proof: string;
  /** The honeypot: people never see it. */
  website?: string | null;
  trustDevice?: boolean | null;
}

/**
 * A resident signs up as a volunteer with a local account (issue 17): name, e-mail and a
 * password, no invitation. Local accounts only: with the city's identity provider (AUTH_MODE=oidc)
 * residents sign in through it, as CITIZEN (docs/security.md). Against abuse, as on the public
 * application form: a limit per client address, a honeypot, and the same proof of work, each
 * challenge accepted once. An e-mail that already has an account is CONFLICT (sign in or reset the
 * password instead): the one answer that tells whether an address is known, as the invitation
 * form's, under the same limit.
 */
@Injectable()
export class CitizenSignUpService {
  private readonly logger = new Logger('CitizenSignUp');
  private readonly pow: ProofOfWork;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly identity: IdentityService,
    private readonly limiter: RateLimiter,
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {
    // The same key as the application form's (PublicResolver): one applicationChallenge serves both forms.
    const key = createHash('sha256').update('prossimo-application-pow:').update(settings.AUTH_PRIVATE_KEY).digest();
    this.pow = new ProofOfWork(key, settings.APPLICATION_POW_BITS, now);
  }

  async signUp(input: CitizenSignUp, clientAddress: string): Promise<LoginResult> {
    if (this.settings.AUTH_MODE !== 'local') throw DomainError.forbidden("accedi con l'identità digitale del Comune / sign in with the city's identity provider");
    const address = createHash('sha256').update(clientAddress).digest('hex').slice(0, 32);
    const hit = await this.limiter.hit(`citizen-sign-up:${address}`, { max: this.settings.CITIZEN_SIGN_UPS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 });
    if (!hit.allowed) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'troppe iscrizioni da questo indirizzo: riprova più tardi / too many sign-ups from this address: try again later', undefined, undefined, hit.retryAfterSeconds);
    }
    if (input.website && input.website.trim() !== '') {
      // A robot filled the field people never see: it reads as a failed anti-abuse check, and nothing is kept.
      this.logger.debug('sign-up refused by the honeypot');
      this.pow.verify('', '');
    }
    const displayName = input.displayName.trim();
    const email = input.email.trim().toLowerCase();
    if (!ISTAT_CODE.test(input.municipality)) throw DomainError.badInput('input.municipality', 'input.municipality: un codice ISTAT di sei cifre / a six-digit ISTAT code');
    if (displayName.length < 2 || displayName.length > 120) throw DomainError.badInput('input.displayName', 'input.displayName: da 2 a 120 caratteri / 2 to 120 characters');
    if (email.length > 320 || !isEmail(email)) throw DomainError.badInput('input.email', 'input.email: non è un indirizzo e-mail / not an e-mail address');
    if (input.password.length < PASSWORD_MIN_LENGTH) throw DomainError.badInput('input.password', `input.password: almeno ${PASSWORD_MIN_LENGTH} caratteri / at least ${PASSWORD_MIN_LENGTH} characters`);
    if (input.password.length > 1024) throw DomainError.badInput('input.password', 'input.password: too long');
    this.pow.verify(input.challenge, input.proof);
    // Each challenge once: the identity database remembers it for as long as it could be used.
    const once = await this.limiter.hit(`pow-used:${createHash('sha256').update(input.challenge).digest('hex').slice(0, 32)}`, { max: 1, windowSeconds: 2 * 3600 });
    if (!once.allowed) throw DomainError.badInput('input.proof', 'input.proof: la verifica anti-abuso è già stata usata: ricarica la pagina / the anti-abuse check was already used: reload the page');
    const served = await this.rpc.call(REQUEST_PATTERNS.antennas.municipalities, {});
    if (!served.includes(input.municipality)) throw DomainError.badInput('input.municipality', 'input.municipality: il Comune non è servito qui / this municipality is not served here');
    const passwordHash = await hashPassword(input.password);
    const account = Object.assign(new AccountEntity(), {
      id: randomUUID(),
      email,
      displayName,
      passwordHash,
      role: Role.CITIZEN,
      municipality: input.municipality,
      antennaId: null,
      organisationId: null,
      createdAt: this.now(),
    });
    if (!(await this.accounts.insertIfAbsent(account))) {
      throw new DomainError(ErrorCode.CONFLICT, "questa e-mail ha già un accesso: accedi, o usa «password dimenticata» / this e-mail already has an account: sign in, or use «forgot password»", 'input.email');
    }
    return this.identity.startSession(account, input.trustDevice === true);
  }
}
