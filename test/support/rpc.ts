import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import type { ConnectionOptions, NatsConnection } from '@nats-io/nats-core';
import { ErrorBody, rpcSubject } from '@prossimo/contracts';
import { internalTokenFor } from './tokens';

/**
 * A bare NATS client speaking Nest's request-reply framing, so integration tests can call a
 * service exactly as the gateway does (`call`: an access token becomes an internal token for that
 * call), or as an attacker on the bus would (`callAsIs`: the token goes exactly as given).
 */
export class TestRpcClient {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly root: string,
  ) {}

  static async connect(url: string, root: string, options: Partial<ConnectionOptions> = {}): Promise<TestRpcClient> {
    return new TestRpcClient(await connect({ servers: url, ...options }), root);
  }

  /** Sends a request as the gateway would; resolves with the data or rejects with the error body. */
  async call<T>(pattern: string, payload: unknown, accessToken?: string, timeoutMs = 10_000): Promise<T> {
    const correlationId = randomUUID();
    const actorToken = await internalTokenFor(accessToken, { service: pattern.split('.')[0], pattern, correlationId });
    return this.send<T>(pattern, { actorToken, correlationId, payload }, timeoutMs);
  }

  /** Sends a request with exactly this actor token (and, if given, this correlation id). */
  async callAsIs<T>(pattern: string, payload: unknown, actorToken: string | undefined, correlationId: string = randomUUID()): Promise<T> {
    return this.send<T>(pattern, { actorToken, correlationId, payload }, 10_000);
  }

  private async send<T>(pattern: string, data: unknown, timeoutMs: number): Promise<T> {
    const packet = { pattern, data, id: randomUUID() };
    const msg = await this.nc.request(rpcSubject(this.root, pattern), JSON.stringify(packet), { timeout: timeoutMs });
    const reply = JSON.parse(new TextDecoder().decode(msg.data)) as { err?: ErrorBody; response?: T };
    if (reply.err) throw reply.err;
    return reply.response as T;
  }

  /** The error body a call fails with (fails the test if the call succeeds). */
  async callError(pattern: string, payload: unknown, accessToken?: string): Promise<ErrorBody> {
    return this.errorOf(this.call(pattern, payload, accessToken), pattern);
  }

  /** The error body a call with exactly this token fails with. */
  async callAsIsError(pattern: string, payload: unknown, actorToken: string | undefined, correlationId?: string): Promise<ErrorBody> {
    return this.errorOf(this.callAsIs(pattern, payload, actorToken, correlationId), pattern);
  }

  private async errorOf(p: Promise<unknown>, pattern: string): Promise<ErrorBody> {
    try {
      await p;
    } catch (err) {
      return err as ErrorBody;
    }
    throw new Error(`${pattern} was expected to fail`);
  }

  /** Publishes raw bytes on a subject (garbage tests). */
  publishRaw(subject: string, data: string | Uint8Array, reply?: string): void {
    this.nc.publish(subject, data, reply ? { reply } : undefined);
  }

  get connection(): NatsConnection {
    return this.nc;
  }

  async close(): Promise<void> {
    await this.nc.close();
  }
}
