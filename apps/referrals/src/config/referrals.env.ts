import { IsEmail, IsInt, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { ServiceSettings } from '@prossimo/platform';

/** The referrals service's settings (validated at boot; see docs/operations.md and docs/referrals.md). */
export class ReferralsSettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_referrals';

  /** How often each replica sweeps due SLA timers; 0 turns the sweeper off (tests drive it by hand). */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  SLA_SWEEP_INTERVAL_MS = 15_000;

  /** Timers claimed per sweep transaction. */
  @IsInt()
  @Min(1)
  @Max(1000)
  SLA_SWEEP_BATCH = 50;

  /** The SMTP relay for alert e-mails; empty: alerts stay in the app only. */
  @IsString()
  @MaxLength(255)
  SMTP_HOST = '';

  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 25;

  @IsEmail()
  SMTP_FROM = 'prossimo@localhost.localdomain';

  /** How often each replica sends pending alert e-mails; 0 turns it off. */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  MAIL_SWEEP_INTERVAL_MS = 10_000;

  /** How often each replica looks for alerts nobody acknowledged in time (escalation); 0 turns it off (tests drive it by hand). */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  ESCALATION_SWEEP_INTERVAL_MS = 30_000;

  /** Organisations are e-mailed about a deadline (to accept, to make the first contact) this many minutes before it. */
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  ORG_DEADLINE_NOTICE_MINUTES = 120;

  /** Where people open Prossimo (the gateway's public address): the e-mails to organisations link to its inbox. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_WEB_URL = 'http://localhost:3000';
}
