/** Moved to @prossimo/testing (the gateway's reset e-mails use it too). */
export { SmtpSink } from '@prossimo/testing';
export type { ReceivedMail } from '@prossimo/testing';
