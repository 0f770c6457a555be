import { randomUUID } from 'node:crypto';
import { Actor } from '@prossimo/contracts';
import { TokenSigner, generateTokenKeys } from '@prossimo/platform';

/** One key pair per test process, and a way to mint a token for any actor. */
export const TEST_KEYS = generateTokenKeys();
const signer = new TokenSigner(TEST_KEYS.privateKey, 3600);

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
