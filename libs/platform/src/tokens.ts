import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors, JWTPayload } from 'jose';
import {
  Actor, ActorClaims, DomainError, ErrorCode, INTERNAL_TOKEN_TTL_SECONDS, ISTAT_CODE, Role, TOKEN_AUDIENCE, TOKEN_ISSUER, actorFromClaims, internalAudience,
} from '@prossimo/contracts';

/** What an internal actor token is bound to: the service that may accept it, the operation and the request. */
export interface RpcBinding {
  service: string;
  pattern: string;
  correlationId: string;
}

function claimsOf(payload: JWTPayload): ActorClaims {
  const claims = payload as unknown as ActorClaims;
  if (typeof claims.sub !== 'string' || !Object.values(Role).includes(claims.role) || typeof claims.mun !== 'string' || !ISTAT_CODE.test(claims.mun)) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'token claims are incomplete');
  }
  return claims;
}

function refusal(err: unknown): DomainError {
  if (err instanceof DomainError) return err;
  if (err instanceof joseErrors.JWTExpired) return DomainError.unauthenticated('token expired');
  return DomainError.unauthenticated('token is not valid');
}

/**
 * Verifies Prossimo tokens (EdDSA, pinned issuer, expiry checked):
 * - access tokens (audience `prossimo`), which people hold and the gateway accepts;
 * - internal actor tokens (audience `prossimo-svc:<service>`), which only the gateway mints, one
 *   per request-reply call, bound to the target service, the operation and the request's
 *   correlation id. A token seen on the bus is useless anywhere else.
 */
export class TokenVerifier {
  private readonly key: KeyObject;

  constructor(publicKeyPem: string) {
    this.key = createPublicKey(publicKeyPem);
  }

  async verify(token: string | undefined): Promise<Actor> {
    return (await this.verifyClaims(token)).actor;
  }

  /** An access token: the actor and the token's own claims (session id, expiry) for the gateway's revocation check. */
  async verifyClaims(token: string | undefined): Promise<{ actor: Actor; sid?: string; jti?: string; exp: number }> {
    if (!token) throw DomainError.unauthenticated('a token is required');
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['EdDSA'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
      const claims = claimsOf(payload);
      return { actor: actorFromClaims(claims), sid: claims.sid, jti: claims.jti, exp: Number(payload.exp) };
    } catch (err) {
      throw refusal(err);
    }
  }

  /** An internal actor token, for exactly this service, operation and request. */
  async verifyInternal(token: string | undefined, binding: RpcBinding): Promise<Actor> {
    if (!token) throw DomainError.unauthenticated('a token is required');
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['EdDSA'],
        issuer: TOKEN_ISSUER,
        audience: internalAudience(binding.service),
        maxTokenAge: `${INTERNAL_TOKEN_TTL_SECONDS + 5}s`,
      });
      const claims = claimsOf(payload);
      if (payload.rpc !== binding.pattern || payload.cid !== binding.correlationId) {
        throw DomainError.unauthenticated('token is bound to another request');
      }
      return actorFromClaims(claims);
    } catch (err) {
      throw refusal(err);
    }
  }
}

/** Signs tokens; only the gateway holds the private key. */
export class TokenSigner {
  private readonly key: KeyObject;

  constructor(
    privateKeyPem: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createPrivateKey(privateKeyPem);
  }

  private builder(claims: ActorClaims, extra: Record<string, string> = {}): SignJWT {
    return new SignJWT({
      role: claims.role,
      mun: claims.mun,
      ...(claims.ant ? { ant: claims.ant } : {}),
      ...(claims.org ? { org: claims.org } : {}),
      ...(claims.sid ? { sid: claims.sid } : {}),
      ...extra,
    })
      .setJti(claims.jti ?? randomUUID())
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(TOKEN_ISSUER);
  }

  /** An access token for a person (audience `prossimo`). */
  async sign(claims: ActorClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.ttlSeconds;
    const token = await this.builder(claims).setAudience(TOKEN_AUDIENCE).setIssuedAt(now).setExpirationTime(exp).sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** An internal actor token for one request-reply call (see TokenVerifier.verifyInternal). */
  async signInternal(actor: Actor, binding: RpcBinding): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: ActorClaims = {
      sub: actor.accountId,
      role: actor.role,
      mun: actor.municipality,
      ...(actor.antennaId ? { ant: actor.antennaId } : {}),
      ...(actor.organisationId ? { org: actor.organisationId } : {}),
    };
    return this.builder(claims, { rpc: binding.pattern, cid: binding.correlationId })
      .setAudience(internalAudience(binding.service))
      .setIssuedAt(now)
      .setExpirationTime(now + INTERNAL_TOKEN_TTL_SECONDS)
      .sign(this.key);
  }
}

/** A fresh Ed25519 key pair as PEM strings (the launcher makes one for a local run; tests make their own). */
export function generateTokenKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
