/** The SMTP client moved to libs/platform (the gateway e-mails password resets with it too). */
export { MAIL_SENDER, SmtpMailSender } from '@prossimo/platform';
export type { Mail, MailSender } from '@prossimo/platform';
