import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET, referencePrefix } from '@prossimo/contracts';

/** A fresh random code for a municipality (`CB-7K4Q`): `length` characters of REFERENCE_ALPHABET, from the system's CSPRNG. */
export function randomReference(istat: string, length = 4, pick: (n: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < length; i++) body += REFERENCE_ALPHABET[pick(REFERENCE_ALPHABET.length)];
  return `${referencePrefix(istat)}-${body}`;
}

/**
 * A code not yet used in the municipality: random 4-character codes, a few tries, then longer
 * ones (a municipality with hundreds of thousands of reports still gets a code at once).
 */
export async function uniqueReference(istat: string, taken: (code: string) => Promise<boolean>, pick?: (n: number) => number): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = randomReference(istat, attempt < 8 ? 4 : attempt < 14 ? 5 : 6, pick);
    if (!(await taken(code))) return code;
  }
  throw new Error('no free reference code after 20 tries');
}
