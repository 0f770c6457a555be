import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationMailEntity } from './org-mail.entity';

/** What an e-mail says, read when it is sent: the referral as it is now and its running deadline. */
export interface MailFacts {
  status: string;
  needs: string[];
  neighbourhoodCode: string;
  urgency: string;
  /** The pending deadline of the kind the e-mail is about (accept or first contact); null when settled. */
  dueAt: Date | null;
}

/** The only place that speaks TypeORM for organisations' e-mails. */
@Injectable()
export class OrganisationMailRepository {
  constructor(private readonly ds: DataSource) {}

  /** One e-mail per referral and kind: a second one is ignored. */
  async insertIfAbsent(em: EntityManager, row: OrganisationMailEntity): Promise<void> {
    await em.createQueryBuilder().insert().into(OrganisationMailEntity).values(row).orIgnore().execute();
  }

  /**
   * Queues a "deadline close" e-mail for every pending SLA timer due between `now` and `until`,
   * of a referral whose organisation has an address; once per referral and kind. Returns how many.
   */
  async enqueueDueSoon(em: EntityManager, now: Date, until: Date): Promise<number> {
    const rows: unknown[] = await em.query(
      `INSERT INTO organisation_mails (id, municipality, organisation_id, referral_id, kind, email_to, state, attempts, created_at)
       SELECT gen_random_uuid(), r.municipality, r.organisation_id, r.id,
              CASE t.kind WHEN 'accept' THEN 'accept-due-soon' ELSE 'first-contact-due-soon' END, o.email, 'pending', 0, $1
         FROM referral_timers t
         JOIN referrals r ON r.id = t.referral_id
         JOIN organisations o ON o.id = r.organisation_id
        WHERE t.state = 'pending' AND t.due_at > $1 AND t.due_at <= $2 AND o.email IS NOT NULL
       ON CONFLICT (referral_id, kind) DO NOTHING
       RETURNING id`,
      [now, until],
    );
    return rows.length;
  }

  /** Claims e-mails still to send, oldest first, skipping those another replica holds. */
  claimPending(em: EntityManager, limit: number): Promise<OrganisationMailEntity[]> {
    return em
      .getRepository(OrganisationMailEntity)
      .createQueryBuilder('m')
      .where(`m.state = 'pending'`)
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async settle(em: EntityManager, id: string, change: Pick<OrganisationMailEntity, 'state' | 'attempts' | 'sentAt'>): Promise<void> {
    await em.update(OrganisationMailEntity, { id }, change);
  }

  async facts(em: EntityManager, referralId: string, timerKind: 'accept' | 'first-contact'): Promise<MailFacts | null> {
    const rows: { status: string; needs: string[]; neighbourhood_code: string; urgency: string; due_at: Date | null }[] = await em.query(
      `SELECT r.status, r.needs, r.neighbourhood_code, r.urgency,
              (SELECT t.due_at FROM referral_timers t WHERE t.referral_id = r.id AND t.kind = $2 AND t.state = 'pending') AS due_at
         FROM referrals r WHERE r.id = $1`,
      [referralId, timerKind],
    );
    const r = rows[0];
    return r ? { status: r.status, needs: r.needs, neighbourhoodCode: r.neighbourhood_code, urgency: r.urgency, dueAt: r.due_at ? new Date(r.due_at) : null } : null;
  }
}
