import { createHash } from 'node:crypto';

/** What the public application form does in the browser: a proof such that SHA-256("<id>:<proof>") starts with `bits` zero bits. */
export function solveProofOfWork(id: string, bits: number): string {
  for (let n = 0; ; n++) {
    const h = createHash('sha256').update(`${id}:${n}`).digest();
    let zeros = 0;
    for (const byte of h) {
      if (byte === 0) {
        zeros += 8;
        continue;
      }
      zeros += Math.clz32(byte) - 24;
      break;
    }
    if (zeros >= bits) return String(n);
  }
}
