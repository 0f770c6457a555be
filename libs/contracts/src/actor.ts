import { Role } from './domain';

/**
 * Who is asking: taken from a verified token, never from a request's payload. Passed explicitly
 * to every service method, which checks scope again (municipality, antenna, organisation).
 */
export interface Actor {
  accountId: string;
  role: Role;
  /** ISTAT code of the actor's municipality. */
  municipality: string;
  /** For ANTENNA members: the antenna they report for. */
  antennaId?: string;
  /** For ORG_OPERATOR: their organisation. */
  organisationId?: string;
}

/** The claims of a Prossimo access token (signed by the gateway with EdDSA). */
export interface ActorClaims {
  sub: string;
  role: Role;
  mun: string;
  ant?: string;
  org?: string;
  /** The gateway session the token belongs to: logout revokes it. */
  sid?: string;
  /** Token id. */
  jti?: string;
}

export const TOKEN_ISSUER = 'prossimo-gateway';
/** The audience of access tokens: what people hold and the gateway accepts. */
export const TOKEN_AUDIENCE = 'prossimo';

/**
 * The audience of an internal actor token: the one service it may be presented to. The gateway
 * mints one per request-reply call, bound to the operation and the request (claims `rpc`, `cid`).
 */
export function internalAudience(service: string): string {
  return `prossimo-svc:${service}`;
}

/** Internal actor tokens live just longer than the longest RPC timeout. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

export function actorFromClaims(c: ActorClaims): Actor {
  return {
    accountId: c.sub,
    role: c.role,
    municipality: c.mun,
    ...(c.ant ? { antennaId: c.ant } : {}),
    ...(c.org ? { organisationId: c.org } : {}),
  };
}
