import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@prossimo/contracts';
import { AccountEntity } from './account.entity';

/** The accounts of antenna members: the only place that speaks TypeORM for them. */
@Injectable()
export class MembersRepository {
  constructor(private readonly ds: DataSource) {}

  /** Inserts a new account; false when the e-mail is taken. */
  async insertIfEmailFree(account: AccountEntity): Promise<boolean> {
    const result = await this.ds.createQueryBuilder().insert().into(AccountEntity).values(account).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** An antenna's members by name (bounded: an antenna has a handful of people). */
  findByAntenna(antennaId: string, limit = 100): Promise<AccountEntity[]> {
    return this.ds.getRepository(AccountEntity).find({ where: { antennaId, role: Role.ANTENNA }, order: { displayName: 'ASC', id: 'ASC' }, take: limit });
  }

  /** The members of several antennas in one query (at most `limit` each), for the DataLoader. */
  async findByAntennas(antennaIds: readonly string[], limit = 100): Promise<AccountEntity[]> {
    if (antennaIds.length === 0) return [];
    return this.ds
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .where('a.antenna_id IN (:...ids) AND a.role = :role', { ids: [...antennaIds], role: Role.ANTENNA })
      .orderBy('a.display_name', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit * antennaIds.length)
      .getMany();
  }

  /** Deletes an ANTENNA account of the municipality; false when there is none. */
  async deleteMember(id: string, municipality: string): Promise<AccountEntity | null> {
    return this.ds.transaction(async (em) => {
      const row = await em.getRepository(AccountEntity).findOne({ where: { id, role: Role.ANTENNA, municipality } });
      if (!row) return null;
      await em.getRepository(AccountEntity).delete({ id });
      return row;
    });
  }
}
