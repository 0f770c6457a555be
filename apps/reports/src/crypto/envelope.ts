import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM primitives and the master keys. The key hierarchy (crypto/vault.ts):
 * master key (settings) → municipality key (wrapped, table municipality_keys) → subject data key
 * (wrapped, table subjects) → sealed values. Raw layout of seal(): iv (12) | tag (16) | ciphertext.
 */
const IV = 12;
const TAG = 16;
const VALUE_VERSION = 1;

export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]);
}

export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  const iv = sealed.subarray(0, IV);
  const tag = sealed.subarray(IV, IV + TAG);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV + TAG)), decipher.final()]);
}

/**
 * A stored value that names its own key: version (1) | key id length (1) | key id | seal(...).
 * The key id of a value sealed under a subject's data key is the subject id.
 */
export function sealValue(key: Buffer, keyId: string, plaintext: string, aad: string): Buffer {
  const id = Buffer.from(keyId, 'utf8');
  if (id.length > 255) throw new Error('key id too long');
  return Buffer.concat([Buffer.from([VALUE_VERSION, id.length]), id, seal(key, Buffer.from(plaintext, 'utf8'), aad)]);
}

export function keyIdOf(value: Buffer): string {
  if (value[0] !== VALUE_VERSION) throw new Error(`unknown sealed value version ${value[0]}`);
  return value.subarray(2, 2 + value[1]).toString('utf8');
}

export function openValue(key: Buffer, value: Buffer, aad: string): string {
  keyIdOf(value);
  return open(key, value.subarray(2 + value[1]), aad).toString('utf8');
}

/** Parses "id:base64,id:base64" (the retired master keys kept for reading during a rotation). */
export function parseKeyList(list: string): { id: string; key: string }[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      if (at < 1) throw new Error('REPORTS_OLD_MASTER_KEYS entries must be id:base64');
      return { id: entry.slice(0, at), key: entry.slice(at + 1) };
    });
}

/**
 * The master keys: the current one wraps new municipality keys; retired ones only unwrap what is
 * still wrapped by them until the rotation command has re-wrapped everything.
 */
export class MasterKeys {
  private readonly keys = new Map<string, Buffer>();

  constructor(
    readonly currentId: string,
    currentBase64: string,
    retired: { id: string; key: string }[] = [],
  ) {
    for (const { id, key } of [...retired, { id: currentId, key: currentBase64 }]) {
      const buf = Buffer.from(key, 'base64');
      if (buf.length !== 32) throw new Error(`master key ${id} must be 32 bytes`);
      this.keys.set(id, buf);
    }
  }

  wrap(key: Buffer, aad: string): { wrapped: Buffer; masterKeyId: string } {
    return { wrapped: seal(this.keys.get(this.currentId)!, key, aad), masterKeyId: this.currentId };
  }

  unwrap(wrapped: Buffer, masterKeyId: string, aad: string): Buffer {
    const master = this.keys.get(masterKeyId);
    if (!master) throw new Error(`unknown master key id ${masterKeyId}: keep it in REPORTS_OLD_MASTER_KEYS until rotation has finished`);
    return open(master, wrapped, aad);
  }
}
