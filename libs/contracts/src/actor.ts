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
export const TOKEN_AUDIENCE = 'prossimo';

export function actorFromClaims(c: ActorClaims): Actor {
  return {
    accountId: c.sub,
    role: c.role,
    municipality: c.mun,
    ...(c.ant ? { antennaId: c.ant } : {}),
    ...(c.org ? { organisationId: c.org } : {}),
  };
}
