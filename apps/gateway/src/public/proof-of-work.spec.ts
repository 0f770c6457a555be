import { createHash } from 'node:crypto';
import { ProofOfWork, leadingZeroBits } from './proof-of-work';

/** What the browser does (apps/web/src/pages/public/proofOfWork.ts), in Node. */
function solve(id: string, bits: number): string {
  for (let n = 0; ; n++) if (leadingZeroBits(createHash('sha256').update(`${id}:${n}`).digest()) >= bits) return String(n);
}

describe('the application form’s proof of work', () => {
  let now = new Date('2026-03-01T10:00:00Z');
  const sut = new ProofOfWork(Buffer.from('k'.repeat(32)), 8, () => now);

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0x0f, 0xff]))).toBe(12);
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0, 0]))).toBe(16);
  });

  it('accepts a solved, signed, fresh challenge', () => {
    const c = sut.issue();
    expect(() => sut.verify(c.id, solve(c.id, c.bits))).not.toThrow();
  });

  it('refuses a wrong proof, a forged challenge, an easier one and an expired one, naming the field', () => {
    const c = sut.issue();
    const proof = solve(c.id, c.bits);
    const wrong = [...Array(50).keys()].map(String).find((p) => leadingZeroBits(createHash('sha256').update(`${c.id}:${p}`).digest()) < 8)!;
    expect(() => sut.verify(c.id, wrong)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.proof' }));
    const [issued, nonce, , mac] = c.id.split('.');
    const easier = `${issued}.${nonce}.0.${mac}`;
    expect(() => sut.verify(easier, '0')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    const other = new ProofOfWork(Buffer.from('x'.repeat(32)), 8, () => now).issue();
    expect(() => sut.verify(other.id, solve(other.id, 8))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    now = new Date(now.getTime() + 2 * 3600_000);
    expect(() => sut.verify(c.id, proof)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
