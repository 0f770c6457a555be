import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SubjectInputV1, phoneDigits } from '@prossimo/contracts';
import { MasterKeys, keyIdOf, open as openRaw, openValue, seal as sealRaw, sealValue } from '../crypto/envelope';
import { MunicipalityKeyEntity, SubjectEntity } from './vault.entities';
import { VaultRepository } from './vault.repository';

export const MASTER_KEYS = Symbol('MASTER_KEYS');

export type KeyPurpose = 'DATA' | 'DEDUP';

/** The identifying data of a subject, as stored (sealed) and shown. */
export interface Identity {
  name: string | null;
  address: string | null;
  phone: string | null;
}

/** A subject's data key, unwrapped for the length of one operation. */
export interface SubjectKey {
  subjectId: string;
  key: Buffer;
}

/**
 * Lowercase, accents and punctuation removed, whitespace collapsed; phone numbers digits only,
 * without a trailing note such as "(casa)" and without the Italian prefix.
 */
export function normaliseIdentity(i: Identity): string | null {
  const text = (s: string | null) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const phone = phoneDigits(i.phone ?? '').replace(/^(0039|39)(?=3|0)/, '');
  const parts = [text(i.name), text(i.address), phone];
  if (!parts[0] && !parts[2]) return null; // an address alone does not name a person
  return parts.join('|');
}

export function identityOf(s: SubjectInputV1 | undefined | null): Identity | null {
  if (!s || (!s.name && !s.address && !s.phone)) return null;
  return { name: s.name ?? null, address: s.address ?? null, phone: s.phone ?? null };
}

/**
 * The key hierarchy: master key (settings) → municipality key → subject data key → values.
 * Each subject (one person, or one report without identifying data) has its own data key;
 * destroying it (erasure, purge) makes every value sealed under it unreadable.
 */
@Injectable()
export class Vault {
  /** Unwrapped municipality keys by "id@masterKeyId" (they change only by rotation). */
  private readonly cache = new Map<string, Buffer>();

  constructor(
    private readonly repo: VaultRepository,
    @Inject(MASTER_KEYS) readonly masters: MasterKeys,
  ) {}

  private unwrapMunicipal(k: MunicipalityKeyEntity): Buffer {
    const cacheKey = `${k.id}@${k.masterKeyId}`;
    let key = this.cache.get(cacheKey);
    if (!key) {
      key = this.masters.unwrap(k.wrapped, k.masterKeyId, `mk:${k.id}:${k.municipality}:${k.purpose}`);
      this.cache.set(cacheKey, key);
    }
    return key;
  }

  /** The current municipality key of a purpose, created at first use. */
  async municipalityKey(em: EntityManager, municipality: string, purpose: KeyPurpose, now: Date): Promise<{ id: string; key: Buffer }> {
    let row = await this.repo.currentKey(em, municipality, purpose);
    if (!row) {
      await this.repo.lockKeyCreation(em, municipality, purpose);
      row = (await this.repo.currentKey(em, municipality, purpose)) ?? (await this.createMunicipalityKey(em, municipality, purpose, now));
    }
    return { id: row.id, key: this.unwrapMunicipal(row) };
  }

  /** A new version of a municipality key (rotation): new data keys are wrapped by it from now on. */
  async createMunicipalityKey(em: EntityManager, municipality: string, purpose: KeyPurpose, now: Date): Promise<MunicipalityKeyEntity> {
    const id = `mk-${municipality}-${purpose.toLowerCase()}-${randomUUID().slice(0, 8)}`;
    const raw = randomBytes(32);
    const { wrapped, masterKeyId } = this.masters.wrap(raw, `mk:${id}:${municipality}:${purpose}`);
    raw.fill(0);
    const row = Object.assign(new MunicipalityKeyEntity(), { id, municipality, purpose, wrapped, masterKeyId, createdAt: now });
    await this.repo.insertKey(em, row);
    return row;
  }

  async dedupHash(em: EntityManager, municipality: string, identity: Identity, now: Date): Promise<Buffer | null> {
    const normal = normaliseIdentity(identity);
    if (!normal) return null;
    const { key } = await this.municipalityKey(em, municipality, 'DEDUP', now);
    return createHmac('sha256', key).update(normal, 'utf8').digest();
  }

  /** Finds the live subject with the same identifying data (duplicates), or makes a new one. */
  async subjectFor(em: EntityManager, municipality: string, identity: Identity | null, now: Date): Promise<SubjectKey & { existing: boolean }> {
    const hash = identity ? await this.dedupHash(em, municipality, identity, now) : null;
    if (hash) {
      const found = await this.repo.findSubjectByDedup(em, municipality, hash);
      if (found) {
        const key = await this.subjectKeyOf(em, found);
        if (key) return { ...key, existing: true };
      }
    }
    const mk = await this.municipalityKey(em, municipality, 'DATA', now);
    const id = randomUUID();
    const dek = randomBytes(32);
    const subject = Object.assign(new SubjectEntity(), {
      id,
      municipality,
      keyId: mk.id,
      wrappedKey: sealRaw(mk.key, dek, `dek:${id}`),
      identitySealed: identity ? sealValue(dek, id, JSON.stringify(identity), `identity:${id}`) : null,
      dedupHash: hash,
      objectionAt: null,
      objectionSealed: null,
      createdAt: now,
      destroyedAt: null,
    });
    await this.repo.insertSubject(em, subject);
    return { subjectId: id, key: dek, existing: false };
  }

  /** The subject's data key, or null when it was destroyed (or never existed). */
  async subjectKey(em: EntityManager, subjectId: string): Promise<SubjectKey | null> {
    const s = await this.repo.findSubject(em, subjectId);
    return s ? this.subjectKeyOf(em, s) : null;
  }

  private async subjectKeyOf(em: EntityManager, s: SubjectEntity): Promise<SubjectKey | null> {
    if (!s.wrappedKey) return null;
    const mk = await this.repo.findKey(em, s.keyId);
    if (!mk) throw new Error(`municipality key ${s.keyId} is missing`);
    return { subjectId: s.id, key: openRaw(this.unwrapMunicipal(mk), s.wrappedKey, `dek:${s.id}`) };
  }

  seal(k: SubjectKey, plaintext: string, aad: string): Buffer {
    return sealValue(k.key, k.subjectId, plaintext, aad);
  }

  /**
   * The descriptions of several reports, opened with one key lookup per subject (a list page):
   * null for a purged or erased one. The caller audits the read.
   */
  async openDescriptions(em: EntityManager, reports: { id: string; subjectId: string; descriptionSealed: Buffer | null }[]): Promise<Map<string, string | null>> {
    const keys = new Map<string, SubjectKey | null>();
    const out = new Map<string, string | null>();
    for (const r of reports) {
      if (!r.descriptionSealed) {
        out.set(r.id, null);
        continue;
      }
      if (!keys.has(r.subjectId)) keys.set(r.subjectId, await this.subjectKey(em, r.subjectId));
      out.set(r.id, this.open(keys.get(r.subjectId) ?? null, r.descriptionSealed, `description:${r.id}`));
    }
    for (const k of keys.values()) k?.key.fill(0);
    return out;
  }

  /** Opens a value; null when there is no value or no key (erased). */
  open(k: SubjectKey | null, value: Buffer | null, aad: string): string | null {
    if (!value || !k) return null;
    if (keyIdOf(value) !== k.subjectId) throw new Error('value sealed under another key');
    return openValue(k.key, value, aad);
  }

  async identity(em: EntityManager, subjectId: string): Promise<{ key: SubjectKey | null; identity: Identity | null; subject: SubjectEntity | null }> {
    const subject = await this.repo.findSubject(em, subjectId);
    const key = subject ? await this.subjectKeyOf(em, subject) : null;
    const json = subject ? this.open(key, subject.identitySealed, `identity:${subjectId}`) : null;
    return { key, identity: json ? (JSON.parse(json) as Identity) : null, subject };
  }

  /** Crypto-shredding: the data key and every sealed value of the subject row are gone for good. */
  async destroySubject(em: EntityManager, subjectId: string, now: Date): Promise<void> {
    await this.repo.updateSubject(em, subjectId, { wrappedKey: null, identitySealed: null, dedupHash: null, objectionSealed: null, destroyedAt: now });
  }

  /**
   * Rotation, in batches (each its own short transaction; safe with several replicas; readers
   * never stop: old master keys stay in the settings until this reports 0 left).
   * 1. every municipality key wrapped by a retired master key is re-wrapped by the current one;
   * 2. with `newMunicipalityKeys`, each municipality gets a new DATA key and every live subject's
   *    data key is re-wrapped by it (values themselves need no re-encryption: their key is unchanged).
   */
  async rotate(
    run: <T>(fn: (em: EntityManager) => Promise<T>) => Promise<T>,
    opts: { newMunicipalityKeys: boolean; batchSize?: number; now: () => Date },
  ): Promise<{ rewrappedMunicipalityKeys: number; newMunicipalityKeys: number; rewrappedSubjectKeys: number }> {
    const batch = opts.batchSize ?? 200;
    const out = { rewrappedMunicipalityKeys: 0, newMunicipalityKeys: 0, rewrappedSubjectKeys: 0 };
    for (;;) {
      const n = await run(async (em) => {
        const rows = await this.repo.claimKeysNotWrappedBy(em, this.masters.currentId, batch);
        for (const k of rows) {
          const raw = this.masters.unwrap(k.wrapped, k.masterKeyId, `mk:${k.id}:${k.municipality}:${k.purpose}`);
          const { wrapped, masterKeyId } = this.masters.wrap(raw, `mk:${k.id}:${k.municipality}:${k.purpose}`);
          await this.repo.rewrapKey(em, k.id, wrapped, masterKeyId);
        }
        return rows.length;
      });
      out.rewrappedMunicipalityKeys += n;
      if (n < batch) break;
    }
    if (!opts.newMunicipalityKeys) return out;
    const municipalities = await run((em) => this.repo.municipalitiesWithKeys(em));
    for (const municipality of municipalities) {
      const fresh = await run(async (em) => {
        await this.repo.lockKeyCreation(em, municipality, 'DATA');
        return this.createMunicipalityKey(em, municipality, 'DATA', opts.now());
      });
      out.newMunicipalityKeys++;
      const freshKey = this.unwrapMunicipal(fresh);
      for (;;) {
        const n = await run(async (em) => {
          const subjects = await this.repo.claimSubjectsNotWrappedBy(em, municipality, fresh.id, batch);
          for (const s of subjects) {
            const key = await this.subjectKeyOf(em, s);
            if (!key) continue;
            await this.repo.rewrapSubject(em, s.id, fresh.id, sealRaw(freshKey, key.key, `dek:${s.id}`));
            key.key.fill(0);
          }
          return subjects.length;
        });
        out.rewrappedSubjectKeys += n;
        if (n < batch) break;
      }
    }
    return out;
  }
}
