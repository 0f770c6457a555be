import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { Subscription, firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { Actor, DomainError, ErrorCode, RpcRequest, isErrorBody, rpcSubject } from '@prossimo/contracts';
import { natsOptions } from '@prossimo/messaging';
import { TokenSigner, busCredentials } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { TOKEN_SIGNER } from '../identity/identity.service';

/**
 * Request-reply to the services over NATS (Nest's transport). The caller's own token never leaves
 * the gateway: each call carries an internal actor token minted for it, bound to the target
 * service, the operation and the call's correlation id. A service that does not answer in time
 * becomes UNAVAILABLE ("retry"); a service's error body becomes the same DomainError here, and an
 * INTERNAL one keeps the correlation id the service logged it under.
 */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  private readonly logger = new Logger('RpcClient');
  private readonly client: ClientProxy;
  private statusWatch?: Subscription;
  private lastStatus: string | null = null;

  constructor(
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(TOKEN_SIGNER) private readonly signer: TokenSigner,
  ) {
    this.client = ClientProxyFactory.create({
      transport: Transport.NATS,
      options: {
        ...natsOptions(settings.NATS_URL, busCredentials(settings, 'gateway')),
        name: 'gateway-rpc',
        maxReconnectAttempts: -1,
        reconnectTimeWait: 500,
        waitOnFirstConnect: true,
      },
    });
  }

  /** Calls `pattern` (`<service>.<verb>.v<N>`) as `actor` (none for public operations). */
  async call<T>(pattern: string, payload: unknown, actor?: Actor, timeoutMs = this.settings.RPC_TIMEOUT_MS): Promise<T> {
    const correlationId = randomUUID();
    const service = pattern.split('.')[0];
    const actorToken = actor ? await this.signer.signInternal(actor, { service, pattern, correlationId }) : undefined;
    const request: RpcRequest = { actorToken, correlationId, payload };
    try {
      return await firstValueFrom(this.client.send<T, RpcRequest>(rpcSubject(this.settings.SUBJECT_ROOT, pattern), request).pipe(timeout(timeoutMs)));
    } catch (err) {
      if (isErrorBody(err)) {
        if (err.code !== ErrorCode.INTERNAL) throw new DomainError(err.code, err.message, err.field);
        // The service logged the details under this id (ours, unless it says otherwise): the client gets the same one.
        const id = typeof err.correlationId === 'string' && err.correlationId !== 'unknown' ? err.correlationId : correlationId;
        this.logger.error({ pattern, correlationId: id }, 'the service failed with an internal error');
        throw new DomainError(ErrorCode.INTERNAL, 'errore interno / internal error', undefined, id);
      }
      if (err instanceof TimeoutError) {
        this.logger.warn({ pattern, correlationId }, 'service did not answer in time');
        throw new DomainError(ErrorCode.UNAVAILABLE, 'il servizio non risponde, riprova / the service did not answer, retry');
      }
      this.logger.error({ pattern, correlationId, err }, 'request failed');
      throw new DomainError(ErrorCode.UNAVAILABLE, 'il servizio non è raggiungibile, riprova / the service is unreachable, retry');
    }
  }

  /**
   * The gateway's own NATS connection as the client last reported it ("unknown" before it first
   * connected). Opens nothing: /health reads this instead of connecting.
   */
  connectionStatus(): 'connected' | 'disconnected' | 'unknown' {
    this.statusWatch ??= this.client.status.subscribe((s) => (this.lastStatus = String(s)));
    if (this.lastStatus === null) return 'unknown';
    return this.lastStatus === 'connected' ? 'connected' : 'disconnected';
  }

  async onApplicationShutdown(): Promise<void> {
    this.statusWatch?.unsubscribe();
    await this.client.close();
  }
}
