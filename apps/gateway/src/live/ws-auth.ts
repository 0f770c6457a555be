import {
  ASTVisitor, DocumentNode, GraphQLError, GraphQLFormattedError, GraphQLSchema, NoSchemaIntrospectionCustomRule, ValidationContext, ValidationRule, parse, specifiedRules, validate,
} from 'graphql';
import { ErrorCode } from '@prossimo/contracts';
import type { Authenticated, Authenticator } from '../auth/authenticator';
import { formatError } from '../graphql/errors';
import type { AuthedRequest } from '../graphql/access';
import type { LiveSockets, LiveSocket } from './live-sockets.service';

interface WsExtra {
  prossimo?: Authenticated;
  socket?: LiveSocket;
  request?: { socket?: { remoteAddress?: string } };
}

interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: WsExtra;
}

/** What graphql-ws gives the hooks: the connection's context and its active subscriptions. */
interface HookContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: unknown;
  subscriptions: Record<string, unknown>;
}

function tokenFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  if (typeof raw !== 'string') return undefined;
  return raw.replace(/^Bearer\s+/i, '').trim() || undefined;
}

/** The socket carries subscriptions only: queries and mutations go over HTTP, with its limits. */
export const SubscriptionsOnlyRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(
        new GraphQLError('sul canale live solo sottoscrizioni: usa HTTP per query e mutazioni / the live socket carries subscriptions only: use HTTP for queries and mutations', {
          nodes: [node],
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        }),
      );
    }
  },
});

function refusal(message: string, code: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** "Did you mean …?" would map the schema for a stranger, as over HTTP. */
function withoutSuggestions(e: GraphQLError): GraphQLError {
  const message = e.message.replace(/\s*Did you mean .*\?$/s, '');
  return message === e.message ? e : new GraphQLError(message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: e.extensions });
}

export interface LiveSocketRules {
  /** The same document limits as over HTTP (graphql-armor's validation rules). */
  validationRules: readonly ValidationRule[];
  introspection: boolean;
}

/**
 * The graphql-ws edge: the same defences as /graphql over HTTP, for the socket.
 * - Authenticated when the connection opens (connectionParams.authorization): a connection
 *   without a valid token is closed with 4403 before any subscription.
 * - Subscriptions only, validated with the HTTP limits (depth, aliases, tokens, cost), no field
 *   suggestions, no introspection where HTTP has none.
 * - Limits per account (open sockets) and per socket (active subscriptions, subscriptions a
 *   minute), and the socket ends with its session: LiveSockets.
 */
export class LiveSocketGate {
  private authenticator: Authenticator | null = null;
  private sockets: LiveSockets | null = null;
  private schema: (() => GraphQLSchema) | null = null;
  private readonly rules: ValidationRule[];

  constructor(rules: LiveSocketRules) {
    this.rules = [...specifiedRules, ...rules.validationRules, SubscriptionsOnlyRule, ...(rules.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  }

  use(a: Authenticator): Authenticator {
    this.authenticator = a;
    return a;
  }

  /** The socket registry and the schema (both known once the application is built). */
  track(s: LiveSockets, schema: () => GraphQLSchema): LiveSockets {
    this.sockets = s;
    this.schema = schema;
    return s;
  }

  async onConnect(ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: unknown }): Promise<boolean> {
    const token = tokenFrom(ctx.connectionParams);
    const extra = ctx.extra as WsExtra;
    if (!token || !this.authenticator || !this.sockets || !extra?.socket) return false;
    let who: Authenticated;
    try {
      who = await this.authenticator.authenticate(token);
    } catch {
      return false;
    }
    if (!this.sockets.admit(extra.socket, who)) return false;
    extra.prossimo = who;
    return true;
  }

  /**
   * Before anything runs: the socket's limits, then the document against the HTTP rules. Returns
   * the refusal (sent to the client as the operation's errors), or nothing to go ahead.
   */
  onSubscribe(ctx: HookContext, payload: { query?: unknown }): readonly GraphQLError[] | void {
    const socket = (ctx.extra as WsExtra).socket;
    if (!socket || !this.sockets || !this.schema) return [refusal('connessione non autenticata / connection not authenticated', ErrorCode.UNAUTHENTICATED)];
    const limited = this.sockets.checkSubscribe(socket, Object.keys(ctx.subscriptions).length);
    if (limited) return [refusal(limited.message, ErrorCode.RATE_LIMITED, limited.retryAfterSeconds ? { retryAfterSeconds: limited.retryAfterSeconds } : {})];
    if (typeof payload.query !== 'string') return [refusal('query mancante / query missing', ErrorCode.BAD_USER_INPUT)];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: 3000 });
    } catch (err) {
      return [refusal(err instanceof GraphQLError ? err.message : 'query non valida / invalid query', 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = this.validate(this.schema(), document);
    if (errors.length) return errors;
  }

  /** The HTTP validation rules, subscriptions only, without suggestions. */
  validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
    return validate(schema, document, this.rules).map((e) => {
      const clean = withoutSuggestions(e);
      return new GraphQLError(clean.message, { nodes: clean.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...clean.extensions } });
    });
  }

  onClose(ctx: { extra: unknown }): void {
    const socket = (ctx.extra as WsExtra).socket;
    if (socket) this.sockets?.release(socket);
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
