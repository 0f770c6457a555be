import { REFERENCE_PATTERN } from '@prossimo/contracts';
import { randomReference, uniqueReference } from './reference-code';

describe('report reference codes', () => {
  it('are the municipality prefix and four unambiguous random characters', () => {
    for (let i = 0; i < 200; i++) {
      const code = randomReference('015077');
      expect(code).toMatch(/^CB-[346789CDFGHJKMNPQRTVWXY]{4}$/);
      expect(code).toMatch(REFERENCE_PATTERN);
    }
    expect(randomReference('099999')).toMatch(/^PR-/);
  });

  it('are spread over the alphabet (not guessable from one another)', () => {
    const seen = new Set(Array.from({ length: 500 }, () => randomReference('015077')));
    expect(seen.size).toBeGreaterThan(480);
  });

  it('retry on a collision, and grow longer when the short ones keep colliding', async () => {
    const used = new Set(['CB-3333']);
    let calls = 0;
    // A picker that gives "3333" first, then other characters.
    const pick = () => (calls++ < 4 ? 0 : 1);
    await expect(uniqueReference('015077', async (c) => used.has(c), pick)).resolves.toBe('CB-4444');
    const always = await uniqueReference('015077', async (c) => c.length < 8, () => 0);
    expect(always).toBe('CB-33333');
    await expect(uniqueReference('015077', async () => true)).rejects.toThrow(/no free reference/);
  });
});
