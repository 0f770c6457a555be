import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountEntity } from './account.entity';

@Injectable()
export class AccountsRepository {
  constructor(private readonly ds: DataSource) {}

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.ds.getRepository(AccountEntity).findOne({ where: { email: email.trim().toLowerCase() } });
  }

  /** A municipality's accounts, by name (no password hashes leave this method's callers). */
  listByMunicipality(municipality: string): Promise<AccountEntity[]> {
    return this.ds.getRepository(AccountEntity).find({ where: { municipality }, order: { displayName: 'ASC', id: 'ASC' }, take: 1000 });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.ds.getRepository(AccountEntity).findOne({ where: { id } });
  }

  async updatePassword(id: string, passwordHash: string): Promise<void> {
    await this.ds.getRepository(AccountEntity).update({ id }, { passwordHash });
  }

  /** Creates or updates an account by email (the demo seed and admin tools use this). */
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
