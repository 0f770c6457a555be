import { INestMicroservice, Logger } from '@nestjs/common';
import { CustomStrategy, MessageHandler, ServerNats } from '@nestjs/microservices';
import { ErrorCode, rpcSubject } from '@prossimo/contracts';
import { BusCredentials, natsOptions } from '@prossimo/messaging';

/**
 * Nest's NATS transport with every pattern prefixed by the subject root (`<root>-rpc.<pattern>`),
 * so two systems (or two test files) on one NATS server never answer each other's requests,
 * and a queue group so replicas share the work.
 */
export class PrefixedNatsServer extends ServerNats {
  constructor(
    private readonly root: string,
    options: ConstructorParameters<typeof ServerNats>[0],
  ) {
    super(options);
  }

  override addHandler(pattern: unknown, callback: MessageHandler, isEventHandler = false, extras: Record<string, unknown> = {}): void {
    const normalized = typeof pattern === 'string' ? pattern : JSON.stringify(pattern);
    super.addHandler(rpcSubject(this.root, normalized), callback, isEventHandler, extras);
  }

  private readonly edgeLogger = new Logger('RpcEdge');

  /**
   * Any bytes may arrive on a request subject. Only a well-formed request (a JSON packet with an
   * id and an object as data) reaches Nest; anything else is answered BAD_USER_INPUT (when it
   * asks for an answer) and logged without its content. Nothing a sender puts on the bus can
   * crash the service: an unexpected failure of one message is logged and answered INTERNAL.
   */
  override async handleMessage(channel: string, natsMsg: NatsMessage): Promise<void> {
    let packet: unknown;
    try {
      packet = JSON.parse(Buffer.from(natsMsg.data).toString('utf8'));
    } catch {
      packet = undefined;
    }
    const p = packet as { id?: unknown; data?: unknown } | undefined;
    const wellFormed = typeof p === 'object' && p !== null && typeof p.id === 'string' && p.id.length <= 100 && typeof p.data === 'object' && p.data !== null && !Array.isArray(p.data);
    if (!wellFormed) {
      this.edgeLogger.warn({ subject: natsMsg.subject, bytes: natsMsg.data.length }, 'malformed request refused');
      this.answer(natsMsg, typeof p?.id === 'string' ? p.id.slice(0, 100) : '', ErrorCode.BAD_USER_INPUT, 'richiesta non valida / malformed request');
      return;
    }
    try {
      await super.handleMessage(channel, natsMsg);
    } catch (err) {
      // Logged and answered under the request's correlation id (when it has one), so the operator finds this record from the id the client got.
      const sentId = (p.data as { correlationId?: unknown }).correlationId;
      const correlationId = typeof sentId === 'string' && sentId.length > 0 && sentId.length <= 100 ? sentId : undefined;
      this.edgeLogger.error({ subject: natsMsg.subject, correlationId, err }, 'request failed outside its handler');
      this.answer(natsMsg, p.id as string, ErrorCode.INTERNAL, 'internal error', correlationId);
    }
  }

  private answer(natsMsg: NatsMessage, id: string, code: ErrorCode, message: string, correlationId?: string): void {
    if (!natsMsg.reply) return;
    try {
      natsMsg.respond(JSON.stringify({ id, err: { code, message, ...(correlationId ? { correlationId } : {}) }, isDisposed: true }));
    } catch {
      // The connection is closing: nobody to answer.
    }
  }

  /**
   * Subscribes, then waits for the server to confirm the subscriptions (a flush) before saying it
   * listens: a request sent the moment the service reports itself started finds a responder,
   * rather than "no responders" while the SUB is still on its way.
   */
  override start(callback: (err?: unknown) => void): void {
    super.start((err?: unknown) => {
      if (err) return callback(err);
      const client = (this as unknown as { natsClient?: { flush(): Promise<void> } }).natsClient;
      if (!client) return callback();
      client.flush().then(() => callback(), (e: unknown) => callback(e));
    });
  }
}

/** What Nest's NATS transport hands to handleMessage (nats.js 2.x Msg). */
interface NatsMessage {
  subject: string;
  reply?: string;
  data: Uint8Array;
  respond(data?: Uint8Array | string): boolean;
}

export function rpcStrategy(opts: { natsUrl: string; root: string; service: string; credentials: BusCredentials }): CustomStrategy {
  return {
    strategy: new PrefixedNatsServer(opts.root, {
      ...natsOptions(opts.natsUrl, opts.credentials),
      queue: `${opts.root}-${opts.service}`,
      name: `${opts.service}-rpc`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      waitOnFirstConnect: true,
      gracefulShutdown: true,
      gracePeriod: 2000,
    }),
  };
}

export type Microservice = INestMicroservice;
