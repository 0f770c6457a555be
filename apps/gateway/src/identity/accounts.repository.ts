import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccountEntity } from './account.entity';

@Injectable()
export class AccountsRepository {
  constructor(private readonly ds: DataSource) {}

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.ds.getRepository(AccountEntity).findOne({ where: { email: email.trim().toLowerCase() } });
  }

  /** A municipality's accounts, by name, at most 1,000 (the password hash is not even read). */
  listByMunicipality(municipality: string): Promise<Omit<AccountEntity, 'passwordHash' | 'createdAt'>[]> {
    return this.ds.getRepository(AccountEntity).find({
      where: { municipality },
      select: { id: true, email: true, displayName: true, role: true, municipality: true, antennaId: true, organisationId: true },
      order: { displayName: 'ASC', id: 'ASC' },
      take: 1000,
    });
  }

  /** The names of some accounts of one municipality (who acknowledged an alert), by id; unknown ids are left out. */
  async displayNames(municipality: string, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)].slice(0, 100);
    if (unique.length === 0) return new Map();
    const rows = await this.ds.getRepository(AccountEntity).find({ where: { municipality, id: In(unique) }, select: { id: true, displayName: true } });
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.ds.getRepository(AccountEntity).findOne({ where: { id } });
  }

  async updatePassword(id: string, passwordHash: string): Promise<void> {
    await this.ds.getRepository(AccountEntity).update({ id }, { passwordHash });
  }

  /** Creates or updates an account by email (the demo seed and admin tools use this). */
  /** Inserts an account unless its e-mail (or id) is taken; true when inserted. */
  async insertIfAbsent(account: AccountEntity): Promise<boolean> {
    const created = await this.ds.createQueryBuilder().insert().into(AccountEntity).values(account).orIgnore().returning(['id']).execute();
    return (created.raw as unknown[]).length > 0;
  }

  async upsert(account: AccountEntity): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(AccountEntity)
      .values({ ...account, email: account.email.trim().toLowerCase() })
      .orUpdate(['display_name', 'password_hash', 'role', 'municipality', 'antenna_id', 'organisation_id'], ['email'])
      .execute();
  }
}
