import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(private readonly ds: DataSource) {}

  async create(session: SessionEntity): Promise<void> {
    await this.ds.getRepository(SessionEntity).insert(session);
  }

  findByRefreshHash(hash: string): Promise<SessionEntity | null> {
    return this.ds.getRepository(SessionEntity).findOne({ where: { refreshHash: hash } });
  }

  findByPreviousHash(hash: string): Promise<SessionEntity | null> {
    return this.ds.getRepository(SessionEntity).findOne({ where: { previousHash: hash } });
  }

  /** Replaces the refresh token, only if it is still the one presented (two concurrent refreshes: one wins). */
  async rotate(id: string, fromHash: string, toHash: string, expiresAt: Date, at: Date): Promise<boolean> {
    const r = await this.ds
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ refreshHash: toHash, previousHash: fromHash, expiresAt, lastUsedAt: at })
      .where('id = :id AND refresh_hash = :fromHash AND revoked_at IS NULL', { id, fromHash })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.ds.getRepository(SessionEntity).update({ id, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Revokes every session of an account not yet revoked (but `except`); answers how many of them were still open. */
  async revokeAllOf(accountId: string, at: Date, except?: string): Promise<number> {
    const rows = await this.ds.query<[{ expires_at: Date }[], number]>(
      `UPDATE sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid) RETURNING expires_at`,
      [accountId, at, except ?? null],
    );
    return rows[0].filter((r) => new Date(r.expires_at) > at).length;
  }

  /** An account's sessions still open (at most 100, newest first). */
  openOf(accountId: string, now: Date): Promise<{ id: string; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date; trusted: boolean }[]> {
    return this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .select(['s.id', 's.createdAt', 's.lastUsedAt', 's.expiresAt', 's.trusted'])
      .where('s.account_id = :accountId AND s.revoked_at IS NULL AND s.expires_at > :now', { accountId, now })
      .orderBy('s.created_at', 'DESC')
      .take(100)
      .getMany();
  }

  /** Which of these sessions are still open (not revoked, not expired, their account still there). */
  async activeOf(ids: string[], now: Date): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT s.id FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > $2`,
      [ids, now],
    );
    return rows.map((r) => r.id);
  }

  async isActive(id: string, now: Date): Promise<boolean> {
    const rows = await this.ds.query<unknown[]>(`SELECT 1 FROM sessions WHERE id = $1 AND revoked_at IS NULL AND expires_at > $2`, [id, now]);
    return rows.length === 1;
  }
}
