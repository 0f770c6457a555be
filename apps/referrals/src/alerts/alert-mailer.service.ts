import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, Transactions, PeriodicJob } from '@prossimo/platform';
import { ReferralsSettings } from '../config/referrals.env';
import { alertMessage } from './alerts.service';
import { AlertsRepository } from './alerts.repository';
import { RoutingRepository } from '../routing/routing.repository';
import { AlertKind } from '@prossimo/contracts';
import { MAIL_SENDER, MailSender } from './mail-sender';

const MAX_ATTEMPTS = 5;

/**
 * Sends the owner desks' alert e-mails. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas
 * share the work and an e-mail goes once per alert; a failed send is retried at the next sweep,
 * and after five failures the alert is marked `failed` (still visible in the app).
 */
@Injectable()
export class AlertMailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AlertMailer');
  private readonly job = new PeriodicJob('alert e-mail sweep', () => this.sweepOnce(), this.logger);

  constructor(
    private readonly tx: Transactions,
    private readonly repo: AlertsRepository,
    private readonly routing: RoutingRepository,
    @Inject(MAIL_SENDER) private readonly sender: MailSender | null,
    @Inject(SETTINGS) private readonly settings: ReferralsSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.sender ? this.settings.MAIL_SWEEP_INTERVAL_MS : 0);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Sends what is pending; resolves with how many e-mails went out. */
  sweep(): Promise<number> {
    return this.job.run();
  }

  private async sweepOnce(): Promise<number> {
    const sender = this.sender;
    if (!sender) return 0;
    return this.tx.run(async (em) => {
      const due = await this.repo.claimPendingEmails(em, 20);
      const references = await this.routing.referencesOf(em, due.map((a) => a.reportId));
      let sent = 0;
      for (const a of due) {
        const reference = references.get(a.reportId);
        try {
          await sender.send({
            from: this.settings.SMTP_FROM,
            to: a.emailTo ?? '',
            subject: `Prossimo: segnalazione ${reference ?? a.reportId.slice(0, 8)} — ${a.kind}`,
            text: `${alertMessage(a.kind, a.needs)}\n\n${reference ? `Codice della segnalazione / reference: ${reference}\n` : ''}Segnalazione / report: ${a.reportId}\nApri Prossimo per i dettagli / open Prossimo for the details.`,
          });
          await this.repo.settleEmail(em, a.id, { emailState: 'sent', emailAttempts: a.emailAttempts + 1, emailSentAt: new Date() });
          sent += 1;
        } catch (err) {
          const attempts = a.emailAttempts + 1;
          this.logger.warn({ alertId: a.id, attempts, err: (err as Error).message }, 'alert e-mail not sent');
          await this.repo.settleEmail(em, a.id, { emailState: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', emailAttempts: attempts, emailSentAt: null });
        }
      }
      return sent;
    });
  }
}
