import { AddressInfo, Server, createServer } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** A tiny SMTP server for tests (node:net): accepts everything, keeps what it received. */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<SmtpSink> {
    const server = createServer();
    const sink = new SmtpSink(server);
    server.on('connection', (socket) => {
      let buffer = '';
      let mail: ReceivedMail = { from: '', to: [], data: '' };
      let inData = false;
      socket.setEncoding('utf8');
      socket.write('220 sink ESMTP\r\n');
      socket.on('data', (chunk: string) => {
        buffer += chunk;
        let i: number;
        while ((i = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              sink.mails.push(mail);
              mail = { from: '', to: [], data: '' };
              socket.write('250 queued\r\n');
            } else mail.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
            continue;
          }
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') socket.write('250-sink\r\n250 8BITMIME\r\n');
          else if (verb === 'MAIL') (mail.from = /<([^>]*)>/.exec(line)?.[1] ?? ''), socket.write('250 ok\r\n');
          else if (verb === 'RCPT') mail.to.push(/<([^>]*)>/.exec(line)?.[1] ?? ''), socket.write('250 ok\r\n');
          else if (verb === 'DATA') (inData = true), socket.write('354 go ahead\r\n');
          else if (verb === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
