import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { Subscription, firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { Actor, DomainError, ErrorCode, REQUESTS, ReplyTo, RequestInput, RequestPattern, RpcRequest, isErrorBody, parseContract, rpcSubject } from '@prossimo/contracts';
import { natsOptions } from '@prossimo/messaging';
import { TokenSigner, busCredentials } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { TOKEN_SIGNER } from '../identity/identity.service';

/** How one call is made: how long to wait, and where its input sits in the client's request. */
export interface CallOptions {
  /** Default RPC_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Prefix of the field a refusal names ("input" → "input.name"); default none ("name"). */
  inputField?: string;
}

/**
 * Request-reply to the services over NATS (Nest's transport), typed by REQUESTS (libs/contracts):
 * `call(pattern, input, actor)` validates the input once with the pattern's contract class
 * (BAD_USER_INPUT naming the field, before anything is sent) and answers the pattern's reply type;
 * the service validates it again at its own edge. The caller's own token never leaves
 * the gateway: each call carries an internal actor token minted for it, bound to the target
 * service, the operation and the call's correlation id. A service that does not answer in time
 * becomes UNAVAILABLE ("retry"); a service's error body becomes the same DomainError here, and an
 * INTERNAL one keeps the correlation id the service logged it under.
 *
 * It fails fast while it knows a call cannot succeed, with a `retryAfterSeconds` for the client:
 * while the broker connection is down (a stalled broker is noticed within ~15 s by pings), and
 * while a service's breaker is open (RPC_BREAKER_TIMEOUTS timeouts in a row: open for
 * RPC_BREAKER_OPEN_MS, then one call is let through to try).
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
        // A broker that stops answering (stalled, not closed) is noticed in two missed pings.
        pingInterval: 5000,
        maxPingOut: 2,
      },
    });
  }

  private readonly breakers = new Map<string, { timeouts: number; openUntil: number; probing: boolean }>();

  /** Refuses at once a call that cannot succeed now; otherwise says whether it is the half-open probe. */
  private admit(service: string): { probe: boolean } {
    if (this.connectionStatus() === 'disconnected') {
      throw DomainError.unavailable('il sistema è momentaneamente irraggiungibile, riprova tra poco / the system is unreachable for a moment, retry shortly');
    }
    const b = this.breakers.get(service);
    if (!b || b.openUntil === 0) return { probe: false };
    const now = Date.now();
    if (now < b.openUntil || b.probing) {
      throw DomainError.unavailable('il servizio non risponde, riprova tra poco / the service is not answering, retry shortly', Math.max(1, (b.openUntil - now) / 1000));
    }
    b.probing = true;
    return { probe: true };
  }

  private settle(service: string, probe: boolean, timedOut: boolean): void {
    let b = this.breakers.get(service);
    if (!timedOut) {
      if (b) this.breakers.delete(service);
      return;
    }
    if (!b) this.breakers.set(service, (b = { timeouts: 0, openUntil: 0, probing: false }));
    b.timeouts += 1;
    b.probing = false;
    if (probe || b.timeouts >= this.settings.RPC_BREAKER_TIMEOUTS) {
      if (b.openUntil === 0 || probe) this.logger.warn({ service }, 'service breaker open: failing fast');
      b.openUntil = Date.now() + this.settings.RPC_BREAKER_OPEN_MS;
    }
  }

  /**
   * Calls `pattern` (`<service>.<verb>.v<N>`) as `actor` (none for public operations) with `input`
   * validated by the pattern's request class, and answers what the pattern replies (REQUESTS).
   */
  async call<Pt extends RequestPattern>(pattern: Pt, input: RequestInput<Pt>, actor?: Actor, options: CallOptions = {}): Promise<ReplyTo<Pt>> {
    const spec: { request: (new () => object) | null } = REQUESTS[pattern];
    const payload = spec.request ? await parseContract(spec.request, input, options.inputField ?? '') : {};
    return this.send<ReplyTo<Pt>>(pattern, payload, actor, options.timeoutMs ?? this.settings.RPC_TIMEOUT_MS);
  }

  private async send<T>(pattern: string, payload: object, actor: Actor | undefined, timeoutMs: number): Promise<T> {
    const correlationId = randomUUID();
    const service = pattern.split('.')[0];
    const actorToken = actor ? await this.signer.signInternal(actor, { service, pattern, correlationId }) : undefined;
    const request: RpcRequest = { actorToken, correlationId, payload };
    const { probe } = this.admit(service);
    let timedOut = false;
    try {
      return await firstValueFrom(this.client.send<T, RpcRequest>(rpcSubject(this.settings.SUBJECT_ROOT, pattern), request).pipe(timeout(timeoutMs)));
    } catch (err) {
      timedOut = err instanceof TimeoutError;
      if (isErrorBody(err)) {
        if (err.code !== ErrorCode.INTERNAL) throw new DomainError(err.code, err.message, err.field, undefined, err.retryAfterSeconds, err.reason);
        // The service logged the details under this id (ours, unless it says otherwise): the client gets the same one.
        const id = typeof err.correlationId === 'string' && err.correlationId !== 'unknown' ? err.correlationId : correlationId;
        this.logger.error({ pattern, correlationId: id }, 'the service failed with an internal error');
        throw new DomainError(ErrorCode.INTERNAL, 'errore interno / internal error', undefined, id);
      }
      if (timedOut) {
        this.logger.warn({ pattern, correlationId }, 'service did not answer in time');
        throw DomainError.unavailable('il servizio non risponde, riprova / the service did not answer, retry');
      }
      this.logger.warn({ pattern, correlationId, err: err instanceof Error ? err.message : String(err) }, 'request failed');
      throw DomainError.unavailable('il servizio non è raggiungibile, riprova / the service is unreachable, retry');
    } finally {
      this.settle(service, probe, timedOut);
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
