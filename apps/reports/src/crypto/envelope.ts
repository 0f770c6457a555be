import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope encryption with AES-256-GCM. Each report has its own data key, stored only wrapped by
 * the master key (which lives in the settings or a KMS); each wrapped key records the master key
 * id it was wrapped with. Layout of a sealed value: iv (12) | tag (16) | ciphertext.
 */
const IV = 12;
const TAG = 16;

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

export class KeyRing {
  private readonly master: Buffer;

  constructor(
    masterKeyBase64: string,
    readonly masterKeyId: string,
  ) {
    this.master = Buffer.from(masterKeyBase64, 'base64');
    if (this.master.length !== 32) throw new Error('master key must be 32 bytes');
  }

  /** A fresh data key, and that key wrapped by the master key (bound to the record it protects). */
  newDataKey(recordId: string): { key: Buffer; wrapped: Buffer; keyId: string } {
    const key = randomBytes(32);
    return { key, wrapped: seal(this.master, key, `dek:${recordId}`), keyId: this.masterKeyId };
  }

  unwrap(recordId: string, wrapped: Buffer, keyId: string): Buffer {
    if (keyId !== this.masterKeyId) throw new Error(`unknown master key id ${keyId}`);
    return open(this.master, wrapped, `dek:${recordId}`);
  }
}
