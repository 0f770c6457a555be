import { GENERIC_REFERENCE_PREFIX, REFERENCE_ALPHABET, REFERENCE_PATTERN, normaliseReference, referencePrefix } from './reference';

describe('reference codes', () => {
  it('use no vowels and no look-alikes', () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[AEIOU015Z2SBLI]/);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
  });

  it('have a prefix per municipality, and a generic one', () => {
    expect(referencePrefix('015077')).toBe('CB');
    expect(referencePrefix('099999')).toBe(GENERIC_REFERENCE_PREFIX);
  });

  it.each([
    ['CB-7K4Q', 'CB-7K4Q'],
    ['cb-7k4q', 'CB-7K4Q'],
    ['  cb 7k4q ', 'CB-7K4Q'],
    ['CB7K4Q', 'CB-7K4Q'],
    ['cb–7k4q', 'CB-7K4Q'],
    ['CB-7K4QX', 'CB-7K4QX'],
    ['CB-7K4', null],
    ['CB-7K4O', null],
    ['7K4Q', null],
    ['', null],
    ['CB-7K4Q-7K4Q', null],
  ])('reads %j as %j', (typed, code) => {
    expect(normaliseReference(typed)).toBe(code);
    if (code) expect(code).toMatch(REFERENCE_PATTERN);
  });
});
