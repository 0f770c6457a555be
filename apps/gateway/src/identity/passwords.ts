import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3): slow enough for attackers, fine for people. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** Verifying against this when the account does not exist keeps the answer's timing the same. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-at-all');
  return dummyHash;
}
