import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '@prossimo/contracts';
import { isEngineUnavailable } from '@prossimo/platform';

const logger = new Logger('GraphQLErrors');

/** Errors GraphQL itself raises for a bad request: passed through, with the field at fault added where it can be read. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

function fieldOf(message: string): string | undefined {
  // 'Variable "$input" got invalid value "PANIC" at "input.urgency"; ...'
  const at = /got invalid value .* at "([^"]+)"/.exec(message);
  if (at) return at[1];
  // 'Variable "$input" got invalid value {...}; Field "needs" of required type "[Need!]!" was not provided.'
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  const missing = /Field "([^"]+)" of required type/.exec(message);
  if (variable && missing) return `${variable[1]}.${missing[1]}`;
  if (variable) return variable[1];
  const arg = /Argument "([^"]+)"/.exec(message) ?? /argument "([^"]+)"/.exec(message);
  return arg ? arg[1] : undefined;
}

/**
 * The GraphQL edge: a DomainError becomes its code (and field; for a service's INTERNAL, the
 * correlation id the service logged it under); GraphQL's own request errors pass through with the
 * field added; anything else is logged with a correlation id and answered as INTERNAL with that id
 * only. No stack trace or internal text ever reaches a client, and no client error reaches the
 * error log (GraphqlExceptionsFilter keeps Nest from logging them too).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    // A caller's mistake is theirs to read, not ours to log at ERROR: code, field and where only, never the message or a value.
    if (original.isClientError) logger.debug({ code: original.code, field: original.field, path: formatted.path?.join('.') }, 'request refused');
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.correlationId ? { correlationId: original.correlationId } : {}),
        ...(original.retryAfterSeconds ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
        ...(original.reason ? { reason: original.reason } : {}),
      },
    };
  }
  if (isEngineUnavailable(original)) {
    // The identity database went away: "retry", not a bug.
    logger.warn({ path: formatted.path?.join('.'), err: original instanceof Error ? original.message : String(original) }, 'an engine is unavailable');
    const e = DomainError.unavailable();
    return { message: e.message, path: formatted.path, extensions: { code: e.code, retryAfterSeconds: e.retryAfterSeconds } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const field = fieldOf(formatted.message);
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...(field ? { field } : {}) } };
  }
  if (original instanceof GraphQLError && !original.originalError && formatted.extensions?.code === 'UNAUTHENTICATED') {
    return { message: formatted.message, extensions: { code: ErrorCode.UNAUTHENTICATED } };
  }
  const correlationId = randomUUID();
  logger.error({ correlationId, err: original }, 'unhandled error in a resolver');
  return { message: 'errore interno / internal error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL, correlationId } };
}
