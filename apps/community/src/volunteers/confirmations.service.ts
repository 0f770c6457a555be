import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CONFIRMATION_LEAD_HOURS } from '@prossimo/contracts';
import { CLOCK, Clock, MAIL_SENDER, MailSender, PeriodicJob, SETTINGS, Transactions } from '@prossimo/platform';
import { CommunitySettings } from '../config/community.env';
import { VolunteersRepository } from './volunteers.repository';

const MAX_ATTEMPTS = 5;

export interface ConfirmationSweep {
  asked: number;
  sent: number;
  skipped: number;
  failed: number;
}

/** The Italian-first, then English, e-mail asking a volunteer to confirm. */
export function confirmationMail(f: { displayName: string; title: string; startsAt: Date; meetingPoint: string | null }, webUrl: string): { subject: string; text: string } {
  const when = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(f.startsAt);
  const whenEn = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(f.startsAt);
  const link = `${webUrl.replace(/\/$/, '')}/volontari/turni`;
  return {
    subject: `Conferma la tua presenza: ${f.title}, ${when}`,
    text: [
      `Ciao ${f.displayName},`,
      `il turno «${f.title}» è ${when}${f.meetingPoint ? ` (ritrovo: ${f.meetingPoint})` : ''}.`,
      `Conferma la tua presenza, o lascia il posto a qualcun altro, qui: ${link}`,
      '',
      `Hello ${f.displayName},`,
      `the shift "${f.title}" is on ${whenEn}${f.meetingPoint ? ` (meeting point: ${f.meetingPoint})` : ''}.`,
      `Confirm you are coming, or give the place to someone else, here: ${link}`,
    ].join('\n'),
  };
}

/**
 * Asks volunteers to confirm 48 h before their shift: a periodic sweep marks each sign-up once
 * (one conditional UPDATE, safe with many replicas) and, where an SMTP relay is set, queues an
 * e-mail, sent with up to five attempts (rows claimed FOR UPDATE SKIP LOCKED). Without e-mail the
 * volunteer's page shows «conferma la tua presenza» all the same.
 */
@Injectable()
export class ConfirmationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ShiftConfirmations');
  private readonly job = new PeriodicJob('shift confirmation sweep', () => this.sweepOnce(), this.logger);

  constructor(
    private readonly tx: Transactions,
    private readonly repo: VolunteersRepository,
    @Inject(MAIL_SENDER) private readonly sender: MailSender | null,
    @Inject(SETTINGS) private readonly settings: CommunitySettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.settings.CONFIRMATION_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One sweep (a sweep already running is joined, not doubled). */
  sweep(): Promise<ConfirmationSweep> {
    return this.job.run();
  }

  private async sweepOnce(): Promise<ConfirmationSweep> {
    const now = this.now();
    const until = new Date(now.getTime() + CONFIRMATION_LEAD_HOURS * 3600_000);
    const asked = (await this.tx.run((em) => this.repo.askConfirmations(em, now, until, this.sender !== null))).length;
    const result: ConfirmationSweep = { asked, sent: 0, skipped: 0, failed: 0 };
    const sender = this.sender;
    if (sender) {
      await this.tx.run(async (em) => {
        for (const m of await this.repo.claimPendingMails(em, 20)) {
          const f = await this.repo.mailFacts(em, m.signUpId);
          if (!f || f.status !== 'SIGNED_UP' || f.startsAt <= now) {
            await this.repo.settleMail(em, m.id, { state: 'skipped', attempts: m.attempts, sentAt: null });
            result.skipped += 1;
            continue;
          }
          const mail = confirmationMail(f, this.settings.PUBLIC_WEB_URL);
          try {
            await sender.send({ from: this.settings.SMTP_FROM, to: f.email, subject: mail.subject, text: mail.text });
            await this.repo.settleMail(em, m.id, { state: 'sent', attempts: m.attempts + 1, sentAt: this.now() });
            result.sent += 1;
          } catch (err) {
            const attempts = m.attempts + 1;
            await this.repo.settleMail(em, m.id, { state: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', attempts, sentAt: null });
            result.failed += 1;
            this.logger.warn({ err: err instanceof Error ? err.message : String(err), attempts }, 'a shift confirmation e-mail was not sent');
          }
        }
      });
    }
    if (result.asked + result.sent > 0) this.logger.log(result, 'shift confirmations');
    return result;
  }
}
