/**
 * A phone number as people write it, checked as the API checks it (libs/contracts
 * src/report-input.ts; the tests on both sides use the same examples): spaces, dots, slashes,
 * dashes and parentheses are fine, and so is a note in parentheses at the end ("333-1234567
 * (casa)"); 6 to 15 digits, not all the same ("000000" is not a number).
 */
export const PHONE_MAX_LENGTH = 40;

const TRAILING_NOTE = /\s*\(([^()]*\p{L}[^()]*)\)\s*$/u;
const NUMBER = /^\+?[0-9 ./()-]+$/;

export function splitPhone(text: string): { number: string; note: string | null } {
  const trimmed = text.trim();
  const match = TRAILING_NOTE.exec(trimmed);
  if (!match) return { number: trimmed, note: null };
  return { number: trimmed.slice(0, match.index).trim(), note: match[1].trim() };
}

export function isPlausiblePhone(text: string): boolean {
  if (text.length > PHONE_MAX_LENGTH) return false;
  const { number } = splitPhone(text);
  if (!NUMBER.test(number)) return false;
  const digits = number.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return false;
  return !/^(\d)\1*$/.test(digits);
}

/**
 * The form the API gets: dots and slashes in the number become spaces, runs of spaces one, the
 * note kept after one space ("02/612.3456  (casa)" → "02 612 3456 (casa)").
 */
export function normalisePhone(text: string): string {
  const { number, note } = splitPhone(text);
  const clean = number.replace(/[./]/g, ' ').replace(/\s+/g, ' ').trim();
  return note ? `${clean} (${note})` : clean;
}

/** What a tel: link dials: the number's digits and a leading +, never the note. */
export function dialable(text: string): string {
  const { number } = splitPhone(text);
  return (number.trim().startsWith('+') ? '+' : '') + number.replace(/\D/g, '');
}
