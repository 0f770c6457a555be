import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

/** Limits on what one GraphQL document may ask (refused before any resolver runs). */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 5000,
} as const;

/**
 * The token limit, applied by Apollo's own parser (graphql-js `maxTokens`): a document over it,
 * like any malformed one, is GRAPHQL_PARSE_FAILED (400). graphql-armor's token plugin is not used:
 * it parses in a hook of its own, so every syntax error and every document over the limit was
 * answered 500 with the request echoed back (found by the fault suite's fuzz).
 */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

/**
 * Depth, alias, directive and cost limits (graphql-armor; the token limit is PARSE_OPTIONS), and
 * no field suggestions ("Did you mean …?" lets a stranger map a schema with introspection off).
 * Apollo Server 5 already refuses batched arrays (allowBatchedHttpRequests is off) and applies
 * CSRF prevention.
 */
export function graphqlProtection(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, propagateOnRejection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, propagateOnRejection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const p = armor.protect();
  return { plugins: p.plugins, validationRules: p.validationRules };
}
