import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { MunicipalityKeyEntity, SubjectEntity } from './vault.entities';

/** Key and subject rows. Methods take the transaction they run in. */
@Injectable()
export class VaultRepository {
  /** Serialises key creation for one municipality and purpose (safe with several replicas). */
  async lockKeyCreation(em: EntityManager, municipality: string, purpose: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`reports-key:${municipality}:${purpose}`]);
  }

  currentKey(em: EntityManager, municipality: string, purpose: string): Promise<MunicipalityKeyEntity | null> {
    return em.findOne(MunicipalityKeyEntity, { where: { municipality, purpose }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  findKey(em: EntityManager, id: string): Promise<MunicipalityKeyEntity | null> {
    return em.findOne(MunicipalityKeyEntity, { where: { id } });
  }

  async insertKey(em: EntityManager, k: MunicipalityKeyEntity): Promise<void> {
    await em.insert(MunicipalityKeyEntity, k);
  }

  /** Municipality keys wrapped by another master key than `currentMasterId`, locked for re-wrapping. */
  claimKeysNotWrappedBy(em: EntityManager, currentMasterId: string, limit: number): Promise<MunicipalityKeyEntity[]> {
    return em
      .createQueryBuilder(MunicipalityKeyEntity, 'k')
      .where('k.master_key_id <> :m', { m: currentMasterId })
      .orderBy('k.id')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async rewrapKey(em: EntityManager, id: string, wrapped: Buffer, masterKeyId: string): Promise<void> {
    await em.update(MunicipalityKeyEntity, { id }, { wrapped, masterKeyId });
  }

  async municipalitiesWithKeys(em: EntityManager): Promise<string[]> {
    const rows: { municipality: string }[] = await em.query(`SELECT DISTINCT municipality FROM municipality_keys ORDER BY municipality`);
    return rows.map((r) => r.municipality);
  }

  /** Live subjects whose data key is wrapped by an older DATA key of their municipality, locked. */
  claimSubjectsNotWrappedBy(em: EntityManager, municipality: string, keyId: string, limit: number): Promise<SubjectEntity[]> {
    return em
      .createQueryBuilder(SubjectEntity, 's')
      .where('s.municipality = :municipality AND s.key_id <> :keyId AND s.wrapped_key IS NOT NULL', { municipality, keyId })
      .orderBy('s.id')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async rewrapSubject(em: EntityManager, id: string, keyId: string, wrappedKey: Buffer): Promise<void> {
    await em.update(SubjectEntity, { id }, { keyId, wrappedKey });
  }

  findSubject(em: EntityManager, id: string): Promise<SubjectEntity | null> {
    return em.findOne(SubjectEntity, { where: { id } });
  }

  lockSubject(em: EntityManager, id: string): Promise<SubjectEntity | null> {
    return em.findOne(SubjectEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A live subject of the municipality with this duplicate hash (the oldest). */
  findSubjectByDedup(em: EntityManager, municipality: string, dedupHash: Buffer): Promise<SubjectEntity | null> {
    return em.findOne(SubjectEntity, { where: { municipality, dedupHash, destroyedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  async insertSubject(em: EntityManager, s: SubjectEntity): Promise<void> {
    await em.insert(SubjectEntity, s);
  }

  async updateSubject(em: EntityManager, id: string, patch: Partial<SubjectEntity>): Promise<void> {
    await em.update(SubjectEntity, { id }, patch);
  }

  /** Live subjects (key not destroyed) that no report refers to, created before `before`, claimed for this transaction. */
  async claimOrphanSubjects(em: EntityManager, before: Date, limit: number): Promise<{ id: string; municipality: string }[]> {
    return em.query(
      `SELECT s.id, s.municipality FROM subjects s
        WHERE s.destroyed_at IS NULL AND s.created_at < $1 AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.subject_id = s.id)
        ORDER BY s.created_at LIMIT $2 FOR UPDATE OF s SKIP LOCKED`,
      [before, limit],
    );
  }
}
