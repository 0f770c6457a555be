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
 * Depth, alias, directive, token and cost limits (graphql-armor), and no field suggestions
 * ("Did you mean …?" lets a stranger map a schema with introspection off). Apollo Server 5 already
 * refuses batched arrays (allowBatchedHttpRequests is off) and applies CSRF prevention.
 */
export function graphqlProtection(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, propagateOnRejection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, propagateOnRejection: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, propagateOnRejection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const p = armor.protect();
  return { plugins: p.plugins as ApolloServerPlugin[], validationRules: p.validationRules as ValidationRule[] };
}
