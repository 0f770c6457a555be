import { IsEmail, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DomainError, ErrorCode } from './errors';
import { findNulByte, parseContract } from './validation';

class Inner {
  @IsString()
  @MaxLength(100)
  name!: string;
}

class Outer {
  @IsString()
  @MaxLength(100)
  reason!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => Inner)
  subject?: Inner;
}

class WithEmail {
  @IsEmail()
  email!: string;
}

async function errorOf(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a failure');
}

describe('parseContract refuses NUL characters and lone surrogates, naming the field', () => {
  it('in a top-level string', async () => {
    const err = await errorOf(parseContract(Outer, { reason: 'fuori zona\u0000' }));
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reason' });
    expect(err.message).not.toContain('\u0000');
  });

  it('in a nested string, with the prefix', async () => {
    await expect(errorOf(parseContract(Outer, { reason: 'ok', subject: { name: 'Ma\u0000rio' } }, 'input'))).resolves.toMatchObject({ field: 'input.subject.name' });
  });

  it('lets ordinary text through, accents and emoji included', async () => {
    await expect(parseContract(Outer, { reason: 'è già seguito 👍', subject: { name: 'Niccolò' } })).resolves.toBeInstanceOf(Outer);
  });

  it('refuses half of a surrogate pair too (IsEmail threw on one: a 500), and keeps whole pairs', async () => {
    for (const text of ['Ma\uD800rio', 'x\uDFFF', '\uDBFF']) {
      await expect(errorOf(parseContract(Outer, { reason: 'ok', subject: { name: text } }, 'input'))).resolves.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.subject.name' });
    }
    await expect(errorOf(parseContract(WithEmail, { email: 'a\uDFFF@example.org' }))).resolves.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'email' });
    expect(findNulByte({ a: ['👍', '\uD83D\uDC4D'] })).toBeNull();
  });

  it('finds it in arrays and keys too', () => {
    expect(findNulByte({ a: ['x', 'y\u0000'] })).toBe('a.1');
    expect(findNulByte({ a: { 'k\u0000': 1 } })).toBe('a');
    expect(findNulByte({ a: 1, b: [true, null] })).toBeNull();
  });
});
