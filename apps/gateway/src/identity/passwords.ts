import { randomBytes } from 'node:crypto';
import { argon2Verify, argon2id } from 'hash-wasm';

/**
 * argon2id, as OWASP recommends it (19 MiB, 2 iterations, 1 lane), in WebAssembly (hash-wasm):
 * no native addon, so nothing to compile at install and no prebuilt binary that may not suit the
 * machine (the native `argon2` package's prebuild crashed on this project's CI machine).
 * Hashes are PHC strings ($argon2id$v=19$m=19456,t=2,p=1$…), readable by any argon2 library.
 */
const PARAMS = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMS, password, salt: randomBytes(16), outputType: 'encoded' });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2Verify({ password, hash }).catch(() => false);
}

/** Verifying against this when the account does not exist keeps the answer's timing the same. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-at-all');
  return dummyHash;
}
