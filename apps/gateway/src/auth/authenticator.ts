import { Actor, ActorClaims, DomainError, ISTAT_CODE, Role } from '@prossimo/contracts';
import { TokenVerifier } from '@prossimo/platform';
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, JWTPayload } from 'jose';
import { GatewaySettings } from '../config/gateway.env';

/**
 * Who a bearer token stands for. The token itself never goes further than the gateway: each call
 * to a service carries an internal actor token minted for that call (RpcClient).
 */
export interface Authenticated {
  actor: Actor;
  sessionId?: string;
  /** When the bearer token stops being valid (epoch ms): a live socket ends then. */
  expiresAt: number;
}

/** Turns a bearer token into an actor. Chosen by AUTH_MODE: local accounts, or the city's OpenID Connect issuer. */
export abstract class Authenticator {
  abstract authenticate(token: string): Promise<Authenticated>;
}

/** Says whether a session is still open (logout revokes it). */
export abstract class SessionCheck {
  abstract sessionActive(sessionId: string | undefined): Promise<boolean>;
}

/** Local accounts: our own EdDSA access tokens, refused once their session is closed. */
export class LocalAuthenticator extends Authenticator {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly sessions: SessionCheck,
  ) {
    super();
  }

  async authenticate(token: string): Promise<Authenticated> {
    const verified = await this.verifier.verifyClaims(token);
    if (!(await this.sessions.sessionActive(verified.sid))) throw DomainError.unauthenticated('sessione chiusa, accedi di nuovo / session ended, sign in again');
    return { actor: verified.actor, sessionId: verified.sid, expiresAt: verified.exp * 1000 };
  }
}

/**
 * The city's identity provider (behind which SPID/CIE usually sit): its JWTs are verified against
 * its JWKS with pinned algorithms, issuer, audience and expiry; the claims are mapped to role,
 * municipality, organisation and antenna. The services never see the external token: like every
 * call, theirs carry an internal actor token the gateway signs for the same actor.
 */
export class OidcAuthenticator extends Authenticator {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly cache = new Map<string, { value: Authenticated; until: number }>();

  constructor(private readonly settings: GatewaySettings) {
    super();
    this.jwks = createRemoteJWKSet(new URL(settings.OIDC_JWKS_URL), { cooldownDuration: 30_000, timeoutDuration: 5000 });
  }

  async authenticate(token: string): Promise<Authenticated> {
    const hit = this.cache.get(token);
    if (hit && hit.until > Date.now()) return hit.value;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: this.settings.OIDC_ISSUER,
        audience: this.settings.OIDC_AUDIENCE,
        algorithms: this.settings.OIDC_ALGORITHMS.split(',').map((a) => a.trim()),
        clockTolerance: 30,
      }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw DomainError.unauthenticated('token expired');
      throw DomainError.unauthenticated('token is not valid');
    }
    const claims = this.map(payload);
    const expiresAt = Number(payload.exp) * 1000;
    const value: Authenticated = {
      actor: { accountId: claims.sub, role: claims.role, municipality: claims.mun, ...(claims.ant ? { antennaId: claims.ant } : {}), ...(claims.org ? { organisationId: claims.org } : {}) },
      expiresAt,
    };
    const until = Math.min(Date.now() + 120_000, expiresAt);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { value, until });
    return value;
  }

  private map(p: JWTPayload): ActorClaims {
    const s = this.settings;
    const claim = (name: string): unknown => (p as Record<string, unknown>)[name];
    const role = claim(s.OIDC_ROLE_CLAIM);
    const mun = claim(s.OIDC_MUNICIPALITY_CLAIM);
    const org = claim(s.OIDC_ORGANISATION_CLAIM);
    const ant = claim(s.OIDC_ANTENNA_CLAIM);
    if (typeof p.sub !== 'string' || !p.sub) throw DomainError.unauthenticated('token has no subject');
    if (typeof role !== 'string' || !(Object.values(Role) as string[]).includes(role)) throw DomainError.unauthenticated(`token has no valid ${s.OIDC_ROLE_CLAIM} claim`);
    if (typeof mun !== 'string' || !ISTAT_CODE.test(mun)) throw DomainError.unauthenticated(`token has no valid ${s.OIDC_MUNICIPALITY_CLAIM} claim`);
    if (role === Role.ANTENNA && typeof ant !== 'string') throw DomainError.unauthenticated(`an antenna member's token needs ${s.OIDC_ANTENNA_CLAIM}`);
    if (role === Role.ORG_OPERATOR && typeof org !== 'string') throw DomainError.unauthenticated(`an operator's token needs ${s.OIDC_ORGANISATION_CLAIM}`);
    // The external subject may not be a UUID: the internal account id is derived from issuer and subject.
    return {
      sub: uuidFrom(`${s.OIDC_ISSUER}|${p.sub}`),
      role: role as Role,
      mun,
      ...(typeof ant === 'string' ? { ant } : {}),
      ...(typeof org === 'string' ? { org } : {}),
    };
  }
}

/** A stable UUID (v5-like, SHA-256 based) for an external identity. */
function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
