import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CLOCK, Clock, SETTINGS, Transactions, PeriodicJob } from '@prossimo/platform';
import { MAIL_SENDER, MailSender } from '../alerts/mail-sender';
import { ReferralsSettings } from '../config/referrals.env';
import { DirectoryRepository } from '../directory/directory.repository';
import { OrganisationMailEntity } from './org-mail.entity';
import { OrganisationMailRepository } from './org-mail.repository';
import { OrganisationMailKind, composeOrganisationMail, stillRelevant, timerKindOf } from './org-mail.text';

const MAX_ATTEMPTS = 5;

export interface OrganisationMailSweep {
  queued: number;
  sent: number;
  skipped: number;
}

/**
 * E-mails to organisations, for when nobody has the inbox open: each new referral (queued in the
 * transaction that makes it) and each deadline within ORG_DEADLINE_NOTICE_MINUTES (queued by the
 * sweep), once each, to the organisation's address in the directory (HSDS organization.email). The
 * sweep claims rows with FOR UPDATE SKIP LOCKED, like the desk's alert e-mails, so replicas share
 * it; an e-mail whose referral moved on meanwhile is skipped, a failed send is retried up to five
 * times.
 */
@Injectable()
export class OrganisationMailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OrganisationMailer');
  private readonly job = new PeriodicJob('organisation e-mail sweep', () => this.sweepOnce(), this.logger);

  constructor(
    private readonly tx: Transactions,
    private readonly repo: OrganisationMailRepository,
    private readonly directory: DirectoryRepository,
    @Inject(MAIL_SENDER) private readonly sender: MailSender | null,
    @Inject(SETTINGS) private readonly settings: ReferralsSettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.sender ? this.settings.MAIL_SWEEP_INTERVAL_MS : 0);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** A new referral, in the transaction that made it: its organisation hears by e-mail when it has an address. */
  async queueNewReferral(em: EntityManager, r: { id: string; municipality: string; organisationId: string }): Promise<void> {
    if (!this.sender) return; // no SMTP relay set: the inbox only
    const org = await this.directory.findOrganisation(em, r.organisationId);
    if (!org?.email) return;
    await this.repo.insertIfAbsent(em, this.row(r, 'new-referral', org.email));
  }

  /** Queues the deadlines now close, then sends what is pending (a sweep already running is joined). */
  sweep(): Promise<OrganisationMailSweep> {
    return this.job.run();
  }

  private async sweepOnce(): Promise<OrganisationMailSweep> {
    const sender = this.sender;
    if (!sender) return { queued: 0, sent: 0, skipped: 0 };
    const now = this.now();
    const until = new Date(now.getTime() + this.settings.ORG_DEADLINE_NOTICE_MINUTES * 60_000);
    const queued = await this.tx.run((em) => this.repo.enqueueDueSoon(em, now, until));
    return this.tx.run(async (em) => {
      const result = { queued, sent: 0, skipped: 0 };
      for (const m of await this.repo.claimPending(em, 20)) {
        const kind = m.kind;
        const facts = await this.repo.facts(em, m.referralId, timerKindOf(kind));
        if (!facts || !stillRelevant(kind, facts.status, facts.dueAt)) {
          await this.repo.settle(em, m.id, { state: 'skipped', attempts: m.attempts, sentAt: null });
          result.skipped += 1;
          continue;
        }
        const mail = composeOrganisationMail(kind, { referralId: m.referralId, ...facts }, `${this.settings.PUBLIC_WEB_URL.replace(/\/+$/, '')}/inbox`);
        try {
          await sender.send({ from: this.settings.SMTP_FROM, to: m.emailTo, ...mail });
          await this.repo.settle(em, m.id, { state: 'sent', attempts: m.attempts + 1, sentAt: this.now() });
          result.sent += 1;
        } catch (err) {
          const attempts = m.attempts + 1;
          this.logger.warn({ mailId: m.id, attempts, err: (err as Error).message }, 'organisation e-mail not sent');
          await this.repo.settle(em, m.id, { state: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', attempts, sentAt: null });
        }
      }
      if (result.sent + result.skipped > 0) this.logger.log(result, 'organisation e-mails');
      return result;
    });
  }

  private row(r: { id: string; municipality: string; organisationId: string }, kind: OrganisationMailKind, emailTo: string): OrganisationMailEntity {
    return Object.assign(new OrganisationMailEntity(), {
      id: randomUUID(),
      municipality: r.municipality,
      organisationId: r.organisationId,
      referralId: r.id,
      kind,
      emailTo,
      state: 'pending',
      attempts: 0,
      createdAt: this.now(),
      sentAt: null,
    });
  }
}
