import { randomUUID } from 'node:crypto';
import { Actor } from '@prossimo/contracts';
import { RpcBinding, TokenSigner, TokenVerifier, generateTokenKeys } from '@prossimo/platform';

/** One key pair per test process, and a way to mint a token for any actor. */
export const TEST_KEYS = generateTokenKeys();
const signer = new TokenSigner(TEST_KEYS.privateKey, 3600);
const verifier = new TokenVerifier(TEST_KEYS.publicKey);

/** An access token for `actor`, as the gateway's login gives one to a person. */
export async function tokenFor(actor: Partial<Actor> & Pick<Actor, 'role'>): Promise<string> {
  const { token } = await signer.sign({
    sub: actor.accountId ?? randomUUID(),
    role: actor.role,
    mun: actor.municipality ?? '015077',
    ...(actor.antennaId ? { ant: actor.antennaId } : {}),
    ...(actor.organisationId ? { org: actor.organisationId } : {}),
  });
  return token;
}

/**
 * What the gateway does before each call: an access token it accepts becomes an internal actor
 * token for this one call. Anything else (a forged or foreign token) is passed on untouched, so
 * tests see the services refuse it.
 */
export async function internalTokenFor(accessToken: string | undefined, binding: RpcBinding): Promise<string | undefined> {
  if (!accessToken) return undefined;
  const actor = await verifier.verify(accessToken).catch(() => null);
  return actor ? signer.signInternal(actor, binding) : accessToken;
}
