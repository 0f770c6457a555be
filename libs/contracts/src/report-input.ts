import { ValidationArguments, registerDecorator } from 'class-validator';
import { Urgency } from './domain';

/**
 * Rules on what a shop types into a report, shared by the contract (the API's validation) and the
 * reports service (normalisation for duplicate detection). The web form repeats them in
 * apps/web/src/pages/antenna/phone.ts (a unit test on each side keeps the two in step).
 */

/** The longest phone text the API takes, note included ("333-1234567 (casa, dopo le 18)"). */
export const PHONE_MAX_LENGTH = 40;
export const PHONE_MIN_DIGITS = 6;
export const PHONE_MAX_DIGITS = 15;

/** A trailing note in parentheses with at least one letter: "(casa)", "(figlia Anna)". */
const TRAILING_NOTE = /\s*\(([^()]*\p{L}[^()]*)\)\s*$/u;
/** The number as people write it: an optional +, digits, spaces, dots, slashes, dashes, parentheses. */
const NUMBER = /^\+?[0-9 ./()-]+$/;

/** The number and its note ("333-1234567 (casa)" → "333-1234567", "casa"); the note is null when there is none. */
export function splitPhone(text: string): { number: string; note: string | null } {
  const trimmed = text.trim();
  const match = TRAILING_NOTE.exec(trimmed);
  if (!match) return { number: trimmed, note: null };
  return { number: trimmed.slice(0, match.index).trim(), note: match[1].trim() };
}

/** Only the digits of the number part (the note's digits, if any, are not the number). */
export function phoneDigits(text: string): string {
  return splitPhone(text).number.replace(/\D/g, '');
}

/**
 * Whether a text is a phone number as a person writes one: separators, parentheses and a
 * trailing note in parentheses are fine; 6 to 15 digits, not all the same ("000000" is not a number).
 */
export function isPlausiblePhone(text: unknown): boolean {
  if (typeof text !== 'string' || text.length > PHONE_MAX_LENGTH) return false;
  const { number } = splitPhone(text);
  if (!NUMBER.test(number)) return false;
  const digits = number.replace(/\D/g, '');
  if (digits.length < PHONE_MIN_DIGITS || digits.length > PHONE_MAX_DIGITS) return false;
  return !/^(\d)\1*$/.test(digits);
}

export const PHONE_RULE = `phone must be a phone number: ${PHONE_MIN_DIGITS} to ${PHONE_MAX_DIGITS} digits, not all the same, with spaces, dashes, dots, slashes or parentheses if you like, and a note in parentheses at the end (e.g. "333-1234567 (casa)")`;

/** Class-validator decorator for `isPlausiblePhone`. */
export function IsPlausiblePhone(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPlausiblePhone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: PHONE_RULE },
      validator: { validate: (value: unknown) => isPlausiblePhone(value) },
    });
}

/**
 * At least one need, except for an EMERGENCY: a shop that must call 112 may send only the
 * urgency, the neighbourhood and a line of what it saw (the desk learns the rest).
 */
export function NeedsUnlessEmergency(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'needsUnlessEmergency',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'needs must name at least one need (only an EMERGENCY may leave them out)' },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          (args.object as { urgency?: unknown }).urgency === Urgency.EMERGENCY || (Array.isArray(value) && value.length > 0),
      },
    });
}
