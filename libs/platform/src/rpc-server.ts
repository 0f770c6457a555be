import { INestMicroservice } from '@nestjs/common';
import { CustomStrategy, MessageHandler, ServerNats } from '@nestjs/microservices';
import { rpcSubject } from '@prossimo/contracts';

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

export function rpcStrategy(opts: { natsUrl: string; root: string; service: string }): CustomStrategy {
  return {
    strategy: new PrefixedNatsServer(opts.root, {
      servers: opts.natsUrl.split(',').map((s) => s.trim()),
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
