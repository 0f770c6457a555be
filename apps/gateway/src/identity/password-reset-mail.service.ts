import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, Clock, MAIL_SENDER, MailSender } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { emailKey } from '../ratelimit/rate-limit.middleware';
import { RateLimiter } from '../ratelimit/rate-limiter.service';
import { AccountsRepository } from './accounts.repository';
import { InvitationsService, IssuedToken } from './invitations.service';

/** Reset e-mails asked for one address in LOGIN_LOCKOUT_SECONDS: more are dropped silently (the answer stays the same). */
export const RESET_MAILS_PER_WINDOW = 3;

const ROME = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The e-mail's words, Italian first with English beside them; the link carries the token in its fragment. */
export function resetMailText(publicUrl: string, issued: IssuedToken): { subject: string; text: string } {
  const link = `${publicUrl.replace(/\/+$/, '')}/reimposta#token=${encodeURIComponent(issued.token)}`;
  const until = ROME.format(issued.expiresAt);
  return {
    subject: 'Prossimo: reimposta la password / reset your password',
    text: [
      'Qualcuno (forse tu) ha chiesto di reimpostare la password di Prossimo per questo indirizzo.',
      `Apri questo link entro le ${until} e scegli una nuova password:`,
      link,
      issued.code ? `Oppure, nella pagina «Ho un codice», scrivi questa e-mail e il codice ${issued.code}.` : '',
      'Se non sei stato tu, ignora questa e-mail: la password resta quella di prima.',
      '',
      'Someone (perhaps you) asked to reset the Prossimo password of this address.',
      `Open the link above before ${until} (Rome time) and choose a new password${issued.code ? `, or enter this e-mail and the code ${issued.code} on the «Ho un codice» page` : ''}.`,
      'If it was not you, ignore this e-mail: your password stays as it was.',
    ]
      .filter((l, i, all) => l !== '' || all[i - 1] !== '')
      .join('\n'),
  };
}

/**
 * «Password dimenticata»: where an SMTP relay is configured, a reset link (and its code) is
 * e-mailed to the account's own address. One answer whether the account exists or not; at most
 * RESET_MAILS_PER_WINDOW e-mails per address per window; the e-mail goes out after the answer, so
 * its time does not tell either. Without SMTP nothing is sent: the page says to ask the
 * administrator, who issues a reset from the accounts page.
 */
@Injectable()
export class PasswordResetMailService {
  private readonly log = new Logger('PasswordResetMail');

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly invitations: InvitationsService,
    private readonly limiter: RateLimiter,
    @Inject(MAIL_SENDER) private readonly mail: MailSender | null,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  get byEmail(): boolean {
    return this.settings.AUTH_MODE === 'local' && this.mail !== null;
  }

  /** Answers whether reset links are e-mailed at all (the same whatever the address). */
  async request(emailText: string): Promise<boolean> {
    if (!this.byEmail) return false;
    const email = emailText.trim().toLowerCase();
    if (!/^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/.test(email)) return true;
    const allowed = await this.limiter.hit(`reset-mail:${emailKey(email)}`, { max: RESET_MAILS_PER_WINDOW, windowSeconds: this.settings.LOGIN_LOCKOUT_SECONDS });
    if (!allowed.allowed) return true;
    void this.send(email).catch((err: Error) => this.log.warn(`reset e-mail not sent: ${err.message}`));
    return true;
  }

  private async send(email: string): Promise<void> {
    const account = await this.accounts.findByEmail(email);
    if (!account || !this.mail) return;
    const issued = await this.invitations.issueResetFor(account, account.id);
    const { subject, text } = resetMailText(this.settings.PUBLIC_WEB_URL, issued);
    await this.mail.send({ from: this.settings.SMTP_FROM, to: account.email, subject, text });
    this.log.log(`reset e-mail sent at ${this.now().toISOString()}`);
  }
}
