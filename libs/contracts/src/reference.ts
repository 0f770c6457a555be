/**
 * The report's reference code («codice della segnalazione», e.g. `CB-7K4Q`): short enough to say
 * on the phone, the same for every role that may see the report, with no personal data in it. A
 * municipality prefix, a dash, and 4 (up to 6, should a municipality ever fill the space) characters
 * drawn at random from an alphabet with no vowels (no words) and no look-alikes (0/O, 1/I/L, 2/Z,
 * 5/S, 8/B): unique per municipality, not guessable from another one.
 */
export const REFERENCE_ALPHABET = '346789CDFGHJKMNPQRTVWXY';
export const REFERENCE_PATTERN = /^[A-Z]{2}-[346789CDFGHJKMNPQRTVWXY]{4,6}$/;

/** The prefix of each municipality's codes, by ISTAT code (two letters from its name). */
export const REFERENCE_PREFIXES: Readonly<Record<string, string>> = {
  '015077': 'CB', // Cinisello Balsamo
  '015146': 'MI', // Milano
  '015209': 'SG', // Sesto San Giovanni
};

/** Where a municipality has no prefix of its own (codes stay unique per municipality all the same). */
export const GENERIC_REFERENCE_PREFIX = 'PR';

export function referencePrefix(istat: string): string {
  return REFERENCE_PREFIXES[istat] ?? GENERIC_REFERENCE_PREFIX;
}

/**
 * A code as a person types or reads it ("cb 7k4q", "CB7K4Q", " Cb-7k4Q ") in its one written form
 * (`CB-7K4Q`), or null when it cannot be a reference code.
 */
export function normaliseReference(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/[\s\-–—_.]/g, '');
  const code = `${compact.slice(0, 2)}-${compact.slice(2)}`;
  return REFERENCE_PATTERN.test(code) ? code : null;
}
