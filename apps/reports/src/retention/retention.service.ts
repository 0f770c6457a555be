import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, Clock, SETTINGS, Transactions, PeriodicJob } from '@prossimo/platform';
import { AuditService } from '../audit/audit.service';
import { CaseworkRepository } from '../casework/casework.repository';
import { ReportsSettings } from '../config/reports.env';
import { PrivacyService, RETENTION_DEFAULTS } from '../privacy/privacy.service';
import { ReferralNotesService } from '../referral-notes/referral-notes.service';
import { ReportsRepository } from '../reports/reports.repository';
import { Vault } from '../vault/vault';
import { VaultRepository } from '../vault/vault.repository';

/**
 * The retention sweep: purges what is past its time (see docs/privacy.md). Each batch is one
 * transaction that claims its reports with FOR UPDATE SKIP LOCKED, so replicas share the work and
 * never purge twice; a purged report is skipped next time (idempotent). The sealed content goes and
 * the subject's key is destroyed once none of its reports is kept; the non-identifying facts stay.
 * Referral notes that no move confirmed within an hour are deleted.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionSweep');
  private readonly job = new PeriodicJob('retention sweep', () => this.sweep(), this.logger, 'message');

  constructor(
    private readonly tx: Transactions,
    private readonly repo: CaseworkRepository,
    private readonly privacy: PrivacyService,
    private readonly reports: ReportsRepository,
    private readonly vaultRepo: VaultRepository,
    private readonly vault: Vault,
    private readonly audit: AuditService,
    private readonly notes: ReferralNotesService,
    @Inject(SETTINGS) private readonly settings: ReportsSettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.settings.RETENTION_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  async sweep(batchSize = 100): Promise<{ purgedReports: number; destroyedSubjects: number; orphanSubjects: number }> {
    const out = { purgedReports: 0, destroyedSubjects: 0, orphanSubjects: 0 };
    for (;;) {
      const n = await this.tx.run(async (em) => {
        const now = this.now();
        const due = await this.reports.claimDueForPurge(em, now, RETENTION_DEFAULTS, batchSize);
        for (const r of due) {
          await this.privacy.purgeReportContent(em, r.id, now);
          if ((await this.reports.unpurgedReportsOfSubject(em, r.subjectId)) === 0) {
            await this.vault.destroySubject(em, r.subjectId, now);
            out.destroyedSubjects++;
          }
          await this.audit.recordSystem(em, r.municipality, { action: 'retention.sweep', recordType: 'report', recordId: r.id, fields: ['*'], reason: 'retention period over' });
        }
        return due.length;
      });
      out.purgedReports += n;
      if (n < batchSize) break;
    }
    if (out.purgedReports) this.logger.log(`retention sweep purged ${out.purgedReports} reports, destroyed ${out.destroyedSubjects} subject keys`);
    // A subject no report refers to holds a person's data for nothing (a submit that failed after
    // sealing it, in an older version): shredded. Subjects are written in their report's
    // transaction, so an hour-old one without a report will never get one.
    for (;;) {
      const n = await this.tx.run(async (em) => {
        const now = this.now();
        const orphans = await this.vaultRepo.claimOrphanSubjects(em, new Date(now.getTime() - 3600_000), batchSize);
        for (const s of orphans) {
          await this.vault.destroySubject(em, s.id, now);
          await this.audit.recordSystem(em, s.municipality, { action: 'retention.sweep', recordType: 'subject', recordId: s.id, fields: ['*'], reason: 'no report refers to this subject' });
        }
        return orphans.length;
      });
      out.orphanSubjects += n;
      if (n < batchSize) break;
    }
    if (out.orphanSubjects) this.logger.warn(`retention sweep shredded ${out.orphanSubjects} subjects that no report refers to`);
    // Reasons and outcomes sealed for a move that never happened (refused, or the caller gave up).
    const shredded = await this.notes.shredPending();
    if (shredded) this.logger.log(`retention sweep deleted ${shredded} referral notes no move confirmed`);
    return out;
  }
}
