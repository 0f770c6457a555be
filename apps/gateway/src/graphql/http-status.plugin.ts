import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, HTTP_STATUS_BY_CODE } from '@prossimo/contracts';

/** GraphQL's own request errors: the request itself is wrong (400). */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** The HTTP status of a GraphQL answer's first error (docs/api.md, "Errors"). */
export function httpStatusOf(code: unknown): number {
  if (typeof code === 'string' && code in HTTP_STATUS_BY_CODE) return HTTP_STATUS_BY_CODE[code as ErrorCode];
  if (typeof code === 'string' && REQUEST_ERRORS.has(code)) return 400;
  return 500;
}

/**
 * One mapping of error codes to HTTP statuses for GraphQL too: an answer without data takes the
 * status of its first error's code (a refused input is 400 whether GraphQL or a service refused
 * it; UNAVAILABLE is 503), an answer with data stays 200. UNAVAILABLE and RATE_LIMITED carry
 * `Retry-After` (the longest the errors ask for).
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) return;
          if (data === null || data === undefined) response.http.status = httpStatusOf(errors[0].extensions?.code);
          const retryAfter = Math.max(0, ...errors.map((e) => Number(e.extensions?.retryAfterSeconds ?? 0)).filter(Number.isFinite));
          if (retryAfter > 0) response.http.headers.set('retry-after', String(Math.ceil(retryAfter)));
        },
      };
    },
  };
}
