import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
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
 * Turns an untrusted plain object into a validated contract instance, or throws
 * BAD_USER_INPUT naming the field at fault. Unknown properties are refused.
 */
export async function parseContract<T extends object>(cls: Ctor<T>, plain: unknown, fieldPrefix = ''): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw DomainError.badInput(fieldPrefix || 'payload', 'must be an object');
  }
  const instance = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const v = firstViolation(errors, fieldPrefix) ?? { field: fieldPrefix || 'payload', message: 'invalid' };
    throw DomainError.badInput(v.field, `${v.field}: ${v.message}`);
  }
  return instance;
}
