import { IsEmail, IsInt, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { ServiceSettings } from '@prossimo/platform';

/** The community service's settings (validated at boot; see docs/operations.md). */
export class CommunitySettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_community';

  /** How many sessions to come an initiative's public page lists. */
  @IsInt()
  @Min(1)
  @Max(100)
  PUBLIC_NEXT_SESSIONS = 8;

  /** The SMTP relay for volunteers' «conferma la tua presenza» e-mails; empty: the volunteer's page asks, no e-mail. */
  @IsString()
  @MaxLength(255)
  SMTP_HOST = '';

  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 25;

  @IsEmail()
  SMTP_FROM = 'prossimo@localhost.localdomain';

  /** How often each replica asks volunteers to confirm the shifts starting within 48 hours (and sends those e-mails); 0 turns it off (tests drive it by hand). */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  CONFIRMATION_SWEEP_INTERVAL_MS = 60_000;

  /** Where people open Prossimo (the gateway's public address): the confirmation e-mails link to the volunteer's shifts. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_WEB_URL = 'http://localhost:3000';
}
