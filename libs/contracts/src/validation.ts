import { plainToInstance } from 'class-transformer';
import { registerDecorator, validate, ValidationArguments, ValidationError } from 'class-validator';
import { DomainError } from './errors';

type Ctor<T> = new () => T;

/** The dotted path and the first broken rule of the first invalid property, e.g. "subject.phone". */
function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length > 0) {
      return { field: path, message: Object.values(e.constraints)[0] };
    }
    if (e.children && e.children.length > 0) {
      const inner = firstViolation(e.children, path);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * Characters no text may hold: a NUL (PostgreSQL cannot store it, and no person types one) and
 * half of a UTF-16 surrogate pair (not a character at all: it cannot be written as UTF-8, some
 * validators throw on it, and the database driver would store U+FFFD in its place).
 */
const NOT_ALLOWED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The dotted path of the first string (value or key) in `plain` that holds a NUL character or a
 * lone surrogate, or null. Walked without recursion, so a deeply nested payload cannot overflow
 * the stack.
 */
export function findNulByte(plain: unknown, prefix = ''): string | null {
  const stack: { value: unknown; path: string }[] = [{ value: plain, path: prefix }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (NOT_ALLOWED.test(value)) return path || 'payload';
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: path ? `${path}.${i}` : String(i) });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, inner] = entries[i];
        const at = path ? `${path}.${key}` : key;
        if (NOT_ALLOWED.test(key)) return path || 'payload';
        stack.push({ value: inner, path: at });
      }
    }
  }
  return null;
}

/** BAD_USER_INPUT naming the field when any string in `plain` holds a NUL character or a lone surrogate. */
export function assertNoNulBytes(plain: unknown, prefix = ''): void {
  const field = findNulByte(plain, prefix);
  if (field !== null) throw DomainError.badInput(field, `${field}: contiene un carattere non ammesso (NUL o surrogato isolato) / contains a character that is not allowed (NUL or a lone surrogate)`);
}

/**
 * Turns an untrusted plain object into a validated contract instance, or throws
 * BAD_USER_INPUT naming the field at fault. Unknown properties are refused, and so is any string
 * holding a NUL character (PostgreSQL would fail on it as an internal error) or a lone surrogate
 * (class-validator's IsEmail threw on it: an internal error too).
 */
export async function parseContract<T extends object>(cls: Ctor<T>, plain: unknown, fieldPrefix = ''): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw DomainError.badInput(fieldPrefix || 'payload', 'must be an object');
  }
  assertNoNulBytes(plain, fieldPrefix);
  const instance = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const v = firstViolation(errors, fieldPrefix) ?? { field: fieldPrefix || 'payload', message: 'invalid' };
    throw DomainError.badInput(v.field, `${v.field}: ${v.message}`);
  }
  return instance;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Refuses the nil UUID where a client makes the id: a client that always sends it would see every
 * later report answered as the first one (a retry), and lose them.
 */
export function NotNilUuid(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'notNilUuid',
      target: target.constructor,
      propertyName: property as string,
      validator: {
        validate: (value: unknown) => value !== NIL_UUID,
        defaultMessage: (args: ValidationArguments) => `${args.property} must be a new UUID made by the client, not the nil UUID`,
      },
    });
}
