import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { Actor, ActorClaims, DomainError, ErrorCode, ISTAT_CODE, Role, TOKEN_AUDIENCE, TOKEN_ISSUER, actorFromClaims } from '@prossimo/contracts';


/** Verifies Prossimo access tokens (EdDSA, pinned issuer and audience, expiry checked). */
export class TokenVerifier {
  private readonly key: KeyObject;

  constructor(publicKeyPem: string) {
    this.key = createPublicKey(publicKeyPem);
  }

  async verify(token: string | undefined): Promise<Actor> {
    return (await this.verifyClaims(token)).actor;
  }

  /** The actor and the token's own claims (session id, expiry) for the gateway's revocation check. */
  async verifyClaims(token: string | undefined): Promise<{ actor: Actor; sid?: string; jti?: string; exp: number }> {
    if (!token) throw DomainError.unauthenticated('a token is required');
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['EdDSA'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
      const claims = payload as unknown as ActorClaims;
      if (typeof claims.sub !== 'string' || !Object.values(Role).includes(claims.role) || typeof claims.mun !== 'string' || !ISTAT_CODE.test(claims.mun)) {
        throw new DomainError(ErrorCode.UNAUTHENTICATED, 'token claims are incomplete');
      }
      return { actor: actorFromClaims(claims), sid: claims.sid, jti: claims.jti, exp: Number(payload.exp) };
    } catch (err) {
      if (err instanceof DomainError) throw err;
      if (err instanceof joseErrors.JWTExpired) throw DomainError.unauthenticated('token expired');
      throw DomainError.unauthenticated('token is not valid');
    }
  }
}

/** Signs access tokens; only the gateway holds the private key. */
export class TokenSigner {
  private readonly key: KeyObject;

  constructor(
    privateKeyPem: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createPrivateKey(privateKeyPem);
  }

  async sign(claims: ActorClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.ttlSeconds;
    const token = await new SignJWT({
      role: claims.role,
      mun: claims.mun,
      ...(claims.ant ? { ant: claims.ant } : {}),
      ...(claims.org ? { org: claims.org } : {}),
      ...(claims.sid ? { sid: claims.sid } : {}),
    })
      .setJti(claims.jti ?? randomUUID())
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
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
