import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { ErrorBody, rpcSubject } from '@prossimo/contracts';

/**
 * A bare NATS client speaking Nest's request-reply framing, so integration tests can call a
 * service exactly as the gateway does (or as an attacker on the bus would).
 */
export class TestRpcClient {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly root: string,
  ) {}

  static async connect(url: string, root: string): Promise<TestRpcClient> {
    return new TestRpcClient(await connect({ servers: url }), root);
  }

  /** Sends a request; resolves with the data or rejects with the error body. */
  async call<T>(pattern: string, payload: unknown, actorToken?: string, timeoutMs = 10_000): Promise<T> {
    const packet = { pattern, data: { actorToken, correlationId: randomUUID(), payload }, id: randomUUID() };
    const msg = await this.nc.request(rpcSubject(this.root, pattern), JSON.stringify(packet), { timeout: timeoutMs });
    const reply = JSON.parse(new TextDecoder().decode(msg.data)) as { err?: ErrorBody; response?: T };
    if (reply.err) throw reply.err;
    return reply.response as T;
  }

  /** The error body a call fails with (fails the test if the call succeeds). */
  async callError(pattern: string, payload: unknown, actorToken?: string): Promise<ErrorBody> {
    try {
      await this.call(pattern, payload, actorToken);
    } catch (err) {
      return err as ErrorBody;
    }
    throw new Error(`${pattern} was expected to fail`);
  }

  async close(): Promise<void> {
    await this.nc.close();
  }
}
