import { Socket, connect } from 'node:net';

/** An e-mail with a plain-text body. */
export interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends one e-mail or throws. Behind an interface so a provider's API can replace SMTP. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
}

export const MAIL_SENDER = Symbol('MAIL_SENDER');

/**
 * A minimal SMTP client over node:net (RFC 5321: EHLO, MAIL FROM, RCPT TO, DATA, QUIT) for a
 * local relay that needs no authentication. No STARTTLS: run it against a relay on the same host
 * or network (the relay does the onward TLS). The subject is RFC 2047-encoded (UTF-8).
 */
export class SmtpMailSender implements MailSender {
  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly heloName = 'prossimo.localdomain',
    private readonly timeoutMs = 10_000,
  ) {}

  async send(mail: Mail): Promise<void> {
    const socket = connect({ host: this.host, port: this.port });
    socket.setTimeout(this.timeoutMs);
    const replies = new ReplyReader(socket);
    try {
      await replies.expect(220);
      await replies.command(`EHLO ${this.heloName}`, 250);
      await replies.command(`MAIL FROM:<${mail.from}>`, 250);
      await replies.command(`RCPT TO:<${mail.to}>`, 250, 251);
      await replies.command('DATA', 354);
      await replies.command(`${message(mail)}\r\n.`, 250);
      await replies.command('QUIT', 221).catch(() => undefined);
    } finally {
      socket.destroy();
    }
  }
}

function message(mail: Mail): string {
  const subject = `=?UTF-8?B?${Buffer.from(mail.subject, 'utf8').toString('base64')}?=`;
  const body = mail.text
    .replace(/\r?\n/g, '\r\n')
    .split('\r\n')
    .map((l) => (l.startsWith('.') ? `.${l}` : l)) // dot-stuffing
    .join('\r\n');
  return [
    `From: <${mail.from}>`,
    `To: <${mail.to}>`,
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
  ].join('\r\n');
}

/** Reads SMTP replies (multi-line "250-..." then "250 ..."), one at a time. */
class ReplyReader {
  private buffer = '';
  private waiting: ((line: string | Error) => void) | null = null;
  private readonly lines: (string | Error)[] = [];

  constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let i: number;
      while ((i = this.buffer.indexOf('\r\n')) >= 0) {
        this.push(this.buffer.slice(0, i));
        this.buffer = this.buffer.slice(i + 2);
      }
    });
    socket.on('error', (err) => this.push(err));
    socket.on('timeout', () => this.push(new Error('SMTP server did not answer in time')));
    socket.on('close', () => this.push(new Error('SMTP connection closed')));
  }

  private push(item: string | Error): void {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w(item);
    } else this.lines.push(item);
  }

  private next(): Promise<string> {
    const item = this.lines.shift();
    if (item !== undefined) return item instanceof Error ? Promise.reject(item) : Promise.resolve(item);
    return new Promise((resolve, reject) => {
      this.waiting = (x) => (x instanceof Error ? reject(x) : resolve(x));
    });
  }

  async expect(...codes: number[]): Promise<void> {
    for (;;) {
      const line = await this.next();
      if (line.charAt(3) === '-') continue;
      const code = parseInt(line.slice(0, 3), 10);
      if (!codes.includes(code)) throw new Error(`SMTP: expected ${codes.join('/')}, got "${line}"`);
      return;
    }
  }

  async command(line: string, ...codes: number[]): Promise<void> {
    this.socket.write(`${line}\r\n`);
    await this.expect(...codes);
  }
}
