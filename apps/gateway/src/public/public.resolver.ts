import { Inject, Logger } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { createHash } from 'node:crypto';
import {
  ApplicationReceiptV1, DomainError, ErrorCode, ProximityPointV1, PublicDeskV1, REQUEST_PATTERNS, StreetV1,
} from '@prossimo/contracts';
import { CLOCK, Clock } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { AuthedRequest, Public } from '../graphql/access';
import { RateLimiter } from '../ratelimit/rate-limiter.service';
import { RpcClient } from '../rpc/rpc-client.service';
import { ProximityPoint } from '../antennas/antennas.models';
import { ProofOfWork } from './proof-of-work';
import { ApplicationChallenge, ApplicationReceipt, ApplyAsProximityPointInput, PublicDesk, PublicInfo, Street } from './public.models';

const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

/**
 * What a resident reaches with no login: the deployment's municipalities and map settings, a
 * proximity point's page, the street gazetteer, the social desks' public fields, and the offer to
 * become a proximity point — with anti-abuse: a stricter limit per address, a honeypot field and
 * a proof of work computed in the browser (no third-party captcha).
 */
@Resolver()
export class PublicResolver {
  private readonly logger = new Logger('PublicPages');
  private readonly pow: ProofOfWork;

  constructor(
    private readonly rpc: RpcClient,
    private readonly limiter: RateLimiter,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {
    const key = createHash('sha256').update('prossimo-application-pow:').update(settings.AUTH_PRIVATE_KEY).digest();
    this.pow = new ProofOfWork(key, settings.APPLICATION_POW_BITS, now);
  }

  @Public()
  @Query(() => PublicInfo, { description: 'The municipalities served and the public map settings.' })
  async publicInfo(): Promise<PublicInfo> {
    const municipalities = await this.rpc.call(REQUEST_PATTERNS.antennas.municipalities, {});
    return { municipalities, mapTileUrl: this.settings.MAP_TILE_URL || null, mapTileAttribution: this.settings.MAP_TILE_ATTRIBUTION || null };
  }

  @Public()
  @Query(() => ProximityPoint, { description: "A proximity point's public page (ACTIVE and listed; anything else is NOT_FOUND)." })
  async proximityPoint(@Args('id', { type: () => ID }) id: string): Promise<ProximityPointV1> {
    return this.rpc.call(REQUEST_PATTERNS.antennas.proximityPoint, { id });
  }

  @Public()
  @Query(() => [Street], { description: "Streets of the municipality's gazetteer matching what was typed (to sort the proximity points by distance from it)." })
  async streets(
    @Args('municipality') municipality: string,
    @Args('search') search: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<StreetV1[]> {
    return this.rpc.call(REQUEST_PATTERNS.antennas.streets, defined({ municipality, search, first }));
  }

  @Public()
  @Query(() => [PublicDesk], { description: "The municipality's neighbourhood social desks: name, phone and hours." })
  async publicDesks(@Args('municipality') municipality: string): Promise<PublicDeskV1[]> {
    return this.rpc.call(REQUEST_PATTERNS.reports.publicDesks, { municipality });
  }

  @Public()
  @Query(() => ApplicationChallenge, { description: "The application form's anti-abuse check, to solve in the browser." })
  applicationChallenge(): ApplicationChallenge {
    return this.pow.issue();
  }

  @Public()
  @Mutation(() => ApplicationReceipt, {
    description: 'Offers a shop, a parish, an association or a citizen as a proximity point (no sign-in): a PROPOSED antenna with the applicant\'s contact for the administration. Limited per address; needs a solved applicationChallenge.',
  })
  async applyAsProximityPoint(@Args('input') input: ApplyAsProximityPointInput, @Context('req') req: AuthedRequest): Promise<ApplicationReceiptV1> {
    const address = createHash('sha256').update(String(req.ip ?? req.socket?.remoteAddress ?? 'unknown')).digest('hex').slice(0, 32);
    const hit = await this.limiter.hit(`apply:${address}`, { max: this.settings.APPLICATIONS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 });
    if (!hit.allowed) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `troppe candidature da questo indirizzo: riprova più tardi / too many applications from this address: try again later`, undefined, undefined, hit.retryAfterSeconds);
    }
    // The honeypot: a field people never see. A robot that fills it is answered as if it worked, and nothing is kept.
    if (input.website && input.website.trim() !== '') {
      this.logger.debug('application refused by the honeypot');
      return { id: input.id, name: input.name, neighbourhoodCode: input.neighbourhoodCode, receivedAt: this.now().toISOString() };
    }
    this.pow.verify(input.challenge ?? '', input.proof ?? '');
    const command = defined({
        id: input.id, municipality: input.municipality, name: input.name, kind: input.kind, address: input.address, neighbourhoodCode: input.neighbourhoodCode,
        position: input.position ? { lat: input.position.lat, lng: input.position.lng } : undefined, openingHours: input.openingHours || undefined,
        applicantName: input.applicantName, applicantPhone: input.applicantPhone || undefined, applicantEmail: input.applicantEmail || undefined,
        message: input.message || undefined, consent: input.consent, challengeId: input.challenge,
    });
    return this.rpc.call(REQUEST_PATTERNS.antennas.apply, command, undefined, { inputField: 'input' });
  }
}
