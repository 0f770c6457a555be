import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AlertKind } from '@prossimo/contracts';
import { CLOCK, Clock, SETTINGS, Transactions, PeriodicJob } from '@prossimo/platform';
import { ReferralsSettings } from '../config/referrals.env';
import { DirectoryRepository } from '../directory/directory.repository';
import { RoutingRepository } from '../routing/routing.repository';
import { AlertEntity } from './alert.entities';
import { AlertsRepository } from './alerts.repository';
import { AlertsService, alertMessage } from './alerts.service';
import { MAIL_SENDER, Mail, MailSender } from './mail-sender';

const MAX_ATTEMPTS = 5;

export interface EscalationSweep {
  /** Steps that fired (the alert escalated, with or without an e-mail). */
  fired: number;
  /** E-mails sent. */
  sent: number;
  /** Steps dropped because the alert was acknowledged or resolved meanwhile. */
  cancelled: number;
  /** Steps whose e-mail failed and will be tried again (or gave up after five attempts). */
  retried: number;
  /** Steps left for a later sweep because their alert was busy in another transaction. */
  deferred: number;
}

/** The e-mail of an escalation step: fixed text, ids and kinds only, never a person's data. */
export function escalationMail(a: AlertEntity, step: number, minutes: number, from: string, to: string, reference: string | null = null): Mail {
  const waited = step * minutes;
  const intro =
    step === 1
      ? `Nessuno allo sportello ha ancora preso visione di questo avviso, arrivato ${waited} minuti fa. / Nobody at the desk has acknowledged this alert yet, raised ${waited} minutes ago.`
      : `Siete il responsabile dello sportello sociale: nessuno ha preso visione di questo avviso in ${waited} minuti. / You are the social desk's supervisor: nobody has acknowledged this alert in ${waited} minutes.`;
  return {
    from,
    to,
    subject: `Prossimo: ${step === 1 ? 'SOLLECITO' : 'AL RESPONSABILE'} — ${a.kind} — segnalazione ${reference ?? a.reportId.slice(0, 8)}`,
    text: `${intro}\n\n${alertMessage(a.kind, a.needs)}\n\n${reference ? `Codice della segnalazione / reference: ${reference}\n` : ''}Segnalazione / report: ${a.reportId}\nApri Prossimo e premi «Presa visione» / open Prossimo and press "Acknowledge".`,
  };
}

/**
 * Escalates alerts nobody acknowledged in time (ARCHITECTURE.md: the emergency on top until
 * someone takes it): due `alert_escalations` rows are claimed with FOR UPDATE SKIP LOCKED, one per
 * transaction, with their alert locked (skipped if busy), so any number of replicas fire each step
 * once. Step 1 sends the desk's e-mail again, step 2 e-mails the supervisor; the alert records the
 * level at once (`alert.escalated.v1` for the live pages) even where no address is set, and a
 * failed send is tried again at the next sweep, up to five times. Time comes from the injected clock.
 */
@Injectable()
export class AlertEscalator implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AlertEscalator');
  private readonly me = `${hostname()}:${process.pid}`;
  private readonly job = new PeriodicJob('alert escalation sweep', () => this.sweepOnce(), this.logger);

  constructor(
    private readonly tx: Transactions,
    private readonly repo: AlertsRepository,
    private readonly alerts: AlertsService,
    private readonly directory: DirectoryRepository,
    private readonly routing: RoutingRepository,
    @Inject(MAIL_SENDER) private readonly sender: MailSender | null,
    @Inject(SETTINGS) private readonly settings: ReferralsSettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.settings.ESCALATION_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One sweep of the due steps (a sweep already running is joined, not doubled). */
  sweep(): Promise<EscalationSweep> {
    return this.job.run();
  }

  private async sweepOnce(): Promise<EscalationSweep> {
    const result: EscalationSweep = { fired: 0, sent: 0, cancelled: 0, retried: 0, deferred: 0 };
    const skip = new Set<string>();
    for (let i = 0; i < this.settings.SLA_SWEEP_BATCH; i++) {
      const outcome = await this.tx.run(async (em) => {
        const [step] = (await this.repo.claimDueEscalations(em, this.now(), skip.size + 1)).filter((x) => !skip.has(x.id));
        if (!step) return null;
        const alert = await this.repo.lockAlertIfFree(em, step.alertId);
        if (!alert) {
          skip.add(step.id);
          return 'deferred' as const;
        }
        const now = this.now();
        if (alert.acknowledgedAt || alert.resolvedAt) {
          await this.repo.settleEscalation(em, step.id, { state: 'cancelled', settledAt: now });
          return 'cancelled' as const;
        }
        // In the app at once, whatever happens to the e-mail.
        if (alert.escalationLevel < step.step) {
          await this.repo.update(em, alert.id, { escalationLevel: step.step, escalatedAt: now });
          await this.alerts.announce(em, alert, 'escalated', now, step.step);
        }
        const policy = await this.directory.findPolicy(em, alert.municipality);
        const to = step.step === 1 ? (policy.deskEmail ?? alert.emailTo) : policy.supervisorEmail;
        if (!to || !this.sender) {
          await this.repo.settleEscalation(em, step.id, { state: 'fired', settledAt: now, emailState: 'none', firedBy: this.me });
          return 'fired' as const;
        }
        try {
          const reference = (await this.routing.referencesOf(em, [alert.reportId])).get(alert.reportId) ?? null;
          await this.sender.send(escalationMail(alert, step.step, policy.alertEscalationMinutes, this.settings.SMTP_FROM, to, reference));
          await this.repo.settleEscalation(em, step.id, { state: 'fired', settledAt: now, emailState: 'sent', emailAttempts: step.emailAttempts + 1, firedBy: this.me });
          return 'sent' as const;
        } catch (err) {
          const attempts = step.emailAttempts + 1;
          this.logger.warn({ alertId: alert.id, step: step.step, attempts, err: (err as Error).message }, 'alert escalation e-mail not sent');
          await this.repo.settleEscalation(em, step.id, attempts >= MAX_ATTEMPTS ? { state: 'failed', settledAt: now, emailAttempts: attempts, firedBy: this.me } : { emailAttempts: attempts });
          // Tried again at the next sweep, not in this one.
          skip.add(step.id);
          return 'retried' as const;
        }
      });
      if (outcome === null) break;
      if (outcome === 'deferred') result.deferred += 1;
      else if (outcome === 'cancelled') result.cancelled += 1;
      else if (outcome === 'retried') result.retried += 1;
      else {
        result.fired += 1;
        if (outcome === 'sent') result.sent += 1;
      }
    }
    if (result.fired > 0 || result.retried > 0) this.logger.log(result, 'alert escalations');
    return result;
  }
}
