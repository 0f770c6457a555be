import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
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

async function errorOf(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a failure');
}

describe('parseContract refuses NUL characters, naming the field', () => {
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

  it('finds it in arrays and keys too', () => {
    expect(findNulByte({ a: ['x', 'y\u0000'] })).toBe('a.1');
    expect(findNulByte({ a: { 'k\u0000': 1 } })).toBe('a');
    expect(findNulByte({ a: 1, b: [true, null] })).toBeNull();
  });
});
