import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Actor, DEFAULT_PAGE_SIZE, DomainError, ListSchoolProtocolsV1, MAX_PAGE_SIZE, Page, Role, SaveSchoolProtocolV1, SchoolProtocolV1, SchoolTotalsV1, decodeCursor, encodeCursor } from '@prossimo/contracts';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { SchoolClassGroupEntity, SchoolProtocolEntity } from './school.entities';
import { SchoolsRepository } from './schools.repository';

/**
 * School protocols (issue 17): the ADMIN keeps each protocol between a school and the
 * municipality, with class groups as counts only; the totals are ready for the dashboard.
 */
@Injectable()
export class SchoolsService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: SchoolsRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /** Creates or replaces a protocol of the ADMIN's municipality (another municipality's id is CONFLICT). */
  async save(actor: Actor, input: SaveSchoolProtocolV1): Promise<SchoolProtocolV1> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('solo l\u2019amministrazione / the administration only');
    const labels = input.classGroups.map((g) => g.label.trim().toLowerCase());
    if (new Set(labels).size !== labels.length) throw DomainError.badInput('classGroups', 'classGroups: ogni classe una volta sola / each class group once');
    if (input.validUntil && input.validUntil < input.signedOn) throw DomainError.badInput('validUntil', 'validUntil: dopo la firma / after the signing');
    for (const [i, g] of input.classGroups.entries()) {
      if (g.doneHours > g.plannedHours * 2) throw DomainError.badInput(`classGroups.${i}.doneHours`, `classGroups.${i}.doneHours: più del doppio delle ore previste? / more than twice the planned hours?`);
    }
    const at = this.now();
    const saved = await this.tx.run(async (em) => {
      const existing = await this.repo.lockProtocol(em, input.id);
      if (existing && existing.municipality !== actor.municipality) throw DomainError.conflict('questo id è già usato / this id is already used');
      const p = Object.assign(existing ?? new SchoolProtocolEntity(), {
        id: input.id, municipality: actor.municipality, schoolName: input.schoolName.trim(), schoolCode: input.schoolCode ?? null, neighbourhoodCode: input.neighbourhoodCode ?? null,
        schoolYear: input.schoolYear, tutorName: input.tutorName.trim(), activities: input.activities.map((a) => a.trim()), signedOn: input.signedOn, validUntil: input.validUntil ?? null,
        updatedBy: actor.accountId, createdAt: existing?.createdAt ?? at, updatedAt: at,
      });
      const groups = input.classGroups.map((g, position) =>
        Object.assign(new SchoolClassGroupEntity(), { id: randomUUID(), protocolId: p.id, label: g.label.trim(), studentCount: g.studentCount, plannedHours: g.plannedHours, doneHours: g.doneHours, position }),
      );
      await this.repo.save(em, p, groups);
      return { p, groups };
    });
    return toProtocol(saved.p, saved.groups);
  }

  async list(actor: Actor, q: ListSchoolProtocolsV1): Promise<Page<SchoolProtocolV1>> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('solo l\u2019amministrazione / the administration only');
    const first = Math.min(q.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const cursor = decodeCursor(q.after, ['text', 'text', 'uuid']);
    const rows = await this.repo.page(actor.municipality, q.schoolYear, first + 1, cursor ? { year: cursor[0], name: cursor[1], id: cursor[2] } : null);
    const page = rows.slice(0, first);
    const groups = await this.repo.groupsOf(page.map((p) => p.id));
    const last = page[page.length - 1];
    return {
      nodes: page.map((p) => toProtocol(p, groups.filter((g) => g.protocolId === p.id))),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.schoolYear, last.schoolName, last.id]) : null },
    };
  }

  /** Counts for the dashboard (ADMIN, CITY_ANALYST): classes and students are counts, never persons. */
  async totals(actor: Actor): Promise<SchoolTotalsV1> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.CITY_ANALYST) throw DomainError.forbidden();
    const rows = await this.repo.totals(actor.municipality);
    return {
      municipality: actor.municipality,
      years: rows.map((r) => ({ schoolYear: r.school_year, protocols: r.protocols, classGroups: r.class_groups, students: r.students, plannedHours: r.planned_hours, doneHours: r.done_hours })),
    };
  }
}

function toProtocol(p: SchoolProtocolEntity, groups: SchoolClassGroupEntity[]): SchoolProtocolV1 {
  const sum = (f: (g: SchoolClassGroupEntity) => number) => groups.reduce((n, g) => n + f(g), 0);
  return {
    id: p.id, municipality: p.municipality, schoolName: p.schoolName, schoolCode: p.schoolCode, neighbourhoodCode: p.neighbourhoodCode, schoolYear: p.schoolYear, tutorName: p.tutorName,
    activities: p.activities, classGroups: groups.map((g) => ({ label: g.label, studentCount: g.studentCount, plannedHours: g.plannedHours, doneHours: g.doneHours })),
    signedOn: p.signedOn, validUntil: p.validUntil, plannedHours: sum((g) => g.plannedHours), doneHours: sum((g) => g.doneHours), students: sum((g) => g.studentCount), updatedAt: p.updatedAt.toISOString(),
  };
}
