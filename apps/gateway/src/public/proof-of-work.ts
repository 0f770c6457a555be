import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@prossimo/contracts';

/** How long a challenge may be used: time enough to fill the form slowly. */
export const CHALLENGE_TTL_MS = 60 * 60 * 1000;

/** How many of the hash's first bits are zero. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export interface Challenge {
  /** `<issued ms>.<nonce>.<bits>.<hmac>`: whoever holds it can check where it came from and when. */
  id: string;
  bits: number;
  expiresAt: string;
}

/**
 * A small proof of work for the public application form, computed in the browser (no
 * third-party captcha): the gateway signs a challenge, the browser finds a `proof` such that
 * SHA-256(`<challenge>:<proof>`) starts with `bits` zero bits, and the gateway checks the
 * signature, the age and the hash. Stateless (any instance checks any challenge); each challenge
 * is accepted once (the antennas service keeps the ones used).
 */
export class ProofOfWork {
  constructor(
    private readonly key: Buffer,
    private readonly bits: number,
    private readonly now: () => Date,
  ) {}

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  issue(): Challenge {
    const issued = this.now().getTime();
    const body = `${issued}.${randomBytes(12).toString('base64url')}.${this.bits}`;
    return { id: `${body}.${this.sign(body)}`, bits: this.bits, expiresAt: new Date(issued + CHALLENGE_TTL_MS).toISOString() };
  }

  /** Throws BAD_USER_INPUT on `field` unless the challenge is ours, fresh, and the proof solves it. */
  verify(challenge: string, proof: string, field = 'input.proof'): void {
    const refuse = () => DomainError.badInput(field, `${field}: la verifica anti-abuso non è valida o è scaduta: ricarica la pagina e riprova / the anti-abuse check is invalid or expired: reload the page and try again`);
    const parts = challenge.split('.');
    if (parts.length !== 4 || proof.length === 0 || proof.length > 64) throw refuse();
    const [issued, , bitsText, mac] = parts;
    const expected = Buffer.from(this.sign(parts.slice(0, 3).join('.')));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse();
    const age = this.now().getTime() - Number(issued);
    const bits = Number(bitsText);
    if (!Number.isFinite(age) || age < -60_000 || age > CHALLENGE_TTL_MS || !Number.isInteger(bits) || bits < this.bits) throw refuse();
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${proof}`).digest()) < bits) throw refuse();
  }
}
