/**
 * Street names folded for matching what people type: lower case, no accents or apostrophes, the
 * usual abbreviations written out ("v." → "via", "p.za" → "piazza"), the house number and anything
 * after a comma dropped ("Via Crocetta 12, Cinisello" → "via crocetta"). Pure.
 */
export function streetKey(text: string): string {
  return text
    .split(',')[0]
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/\bp\.?\s?z?za\b\.?/g, 'piazza')
    .replace(/\bv\.?\s?le\b\.?/g, 'viale')
    .replace(/\bc\.?\s?so\b\.?/g, 'corso')
    .replace(/\bv\.(?=\s)/g, 'via')
    .replace(/\s+\d+\s*(\/\s*)?[a-z]?(\/\d+)?\s*$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}
