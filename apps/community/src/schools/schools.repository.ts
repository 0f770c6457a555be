import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { SchoolClassGroupEntity, SchoolProtocolEntity } from './school.entities';

/** The only place that speaks TypeORM for school protocols. */
@Injectable()
export class SchoolsRepository {
  constructor(private readonly ds: DataSource) {}

  /** The protocol, locked for the transaction. */
  lockProtocol(em: EntityManager, id: string): Promise<SchoolProtocolEntity | null> {
    return em.getRepository(SchoolProtocolEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Saves the protocol and replaces its class groups, in the caller's transaction. */
  async save(em: EntityManager, p: SchoolProtocolEntity, groups: SchoolClassGroupEntity[]): Promise<void> {
    await em.getRepository(SchoolProtocolEntity).save(p);
    await em.getRepository(SchoolClassGroupEntity).delete({ protocolId: p.id });
    if (groups.length > 0) await em.getRepository(SchoolClassGroupEntity).insert(groups);
  }

  /** A municipality's protocols by school year (newest first), then school, after a keyset cursor. */
  page(municipality: string, schoolYear: string | undefined, limit: number, after: { year: string; name: string; id: string } | null): Promise<SchoolProtocolEntity[]> {
    const qb = this.ds
      .getRepository(SchoolProtocolEntity)
      .createQueryBuilder('p')
      .where('p.municipality = :m', { m: municipality })
      .orderBy('p.school_year', 'DESC')
      .addOrderBy('p.school_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit);
    if (schoolYear) qb.andWhere('p.school_year = :y', { y: schoolYear });
    if (after) qb.andWhere('(p.school_year < :y2 OR (p.school_year = :y2 AND (p.school_name, p.id) > (:n, :i)))', { y2: after.year, n: after.name, i: after.id });
    return qb.getMany();
  }

  groupsOf(protocolIds: string[]): Promise<SchoolClassGroupEntity[]> {
    return protocolIds.length === 0 ? Promise.resolve([]) : this.ds.getRepository(SchoolClassGroupEntity).find({ where: { protocolId: In(protocolIds) }, order: { position: 'ASC' } });
  }

  /** Counts per school year: protocols, class groups, students, planned and done hours. */
  async totals(municipality: string): Promise<{ school_year: string; protocols: number; class_groups: number; students: number; planned_hours: number; done_hours: number }[]> {
    return (await this.ds.query<{ school_year: string; protocols: number; class_groups: number; students: number; planned_hours: number; done_hours: number }[]>(
      `SELECT p.school_year, count(DISTINCT p.id)::int AS protocols, count(g.id)::int AS class_groups, coalesce(sum(g.student_count), 0)::int AS students,
              coalesce(sum(g.planned_hours), 0)::int AS planned_hours, coalesce(sum(g.done_hours), 0)::int AS done_hours
         FROM school_protocols p LEFT JOIN school_class_groups g ON g.protocol_id = p.id
        WHERE p.municipality = $1
        GROUP BY p.school_year ORDER BY p.school_year DESC LIMIT 50`,
      [municipality],
    ));
  }
}
