import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '@prossimo/contracts';
import { CLOCK, Clock } from '@prossimo/platform';
import { AuditRepository } from './audit.repository';

export interface AuditRead {
  action: string;
  recordType: 'report' | 'subject' | 'audit_log' | 'break_glass_grant';
  recordId: string;
  fields: string[];
  reason: string;
}

/** Writes audit rows in the caller's transaction: the read and its record commit (or fail) together. */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async record(em: EntityManager, actor: Actor, reads: AuditRead[]): Promise<void> {
    if (!em.queryRunner?.isTransactionActive) throw new Error('audit rows must be written inside the reading transaction');
    if (reads.length === 0) return;
    const at = this.now();
    await this.repo.insert(
      em,
      reads.map((r) => ({ id: randomUUID(), at, actorId: actor.accountId, role: actor.role, municipality: actor.municipality, ...r })),
    );
  }

  /** For system jobs (retention sweep): the actor is the service itself. */
  async recordSystem(em: EntityManager, municipality: string, read: AuditRead): Promise<void> {
    await this.repo.insert(em, { id: randomUUID(), at: this.now(), actorId: '00000000-0000-0000-0000-000000000000', role: 'SYSTEM', municipality, ...read });
  }
}
