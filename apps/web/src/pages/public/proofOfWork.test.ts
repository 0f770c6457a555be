import { createHash } from 'node:crypto';
import { leadingZeroBits, sha256, solve } from './proofOfWork';

describe("the application form's proof of work in the browser", () => {
  it('computes SHA-256 as Node does', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(200), 'à€ 12']) {
      const bytes = new TextEncoder().encode(text);
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(createHash('sha256').update(Buffer.from(bytes)).digest('hex'));
    }
  });

  it('finds a proof the gateway accepts', async () => {
    const challenge = '1760000000000.abc.10.sig';
    const proof = await solve(challenge, 10);
    expect(leadingZeroBits(createHash('sha256').update(`${challenge}:${proof}`).digest())).toBeGreaterThanOrEqual(10);
  });
});
