import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Authenticated, Authenticator } from '../auth/authenticator';
import { formatError } from '../graphql/errors';
import type { AuthedRequest } from '../graphql/access';

interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: { prossimo?: Authenticated; request?: { socket?: { remoteAddress?: string } } };
}

function tokenFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  if (typeof raw !== 'string') return undefined;
  return raw.replace(/^Bearer\s+/i, '').trim() || undefined;
}

/**
 * graphql-ws connections are authenticated when they open (connectionParams.authorization):
 * a connection without a valid token is closed with 4403 before any subscription.
 */
export class WsAuthenticator {
  private authenticator: Authenticator | null = null;

  use(a: Authenticator): Authenticator {
    this.authenticator = a;
    return a;
  }

  async onConnect(ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: unknown }): Promise<boolean> {
    const token = tokenFrom(ctx.connectionParams);
    const extra = ctx.extra as WsContext['extra'];
    if (!token || !this.authenticator || !extra) return false;
    try {
      extra.prossimo = await this.authenticator.authenticate(token);
      return true;
    } catch {
      return false;
    }
  }
}

/** The GraphQL context: the HTTP request, or for a graphql-ws operation a request made from its connection. */
export function graphqlContext(arg: { req?: AuthedRequest } & WsContext): { req: AuthedRequest } {
  if (arg.req) return { req: arg.req };
  const who = arg.extra?.prossimo;
  const req = {
    headers: {},
    ip: arg.extra?.request?.socket?.remoteAddress,
    ...(who ? { prossimo: { actor: who.actor, sessionId: who.sessionId } } : {}),
  } as unknown as AuthedRequest;
  return { req };
}

/** Errors on a graphql-ws connection get the same edge as HTTP: codes, fields, never internal text. */
export function formatWsErrors<T extends { errors?: readonly (GraphQLError | GraphQLFormattedError)[] }>(result: T): T {
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map((e) => formatError(e instanceof GraphQLError ? e.toJSON() : e, e)) };
}
