import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import './enums';
import { GATEWAY_RESOLVERS } from './resolvers';

/** Where the printed schema is committed: the web app's operation types are generated from it (docs/web.md). */
export const SCHEMA_FILE = 'apps/gateway/schema.graphql';

/** The schema as the gateway serves it (code-first, sorted like `sortSchema: true`), as SDL. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Builds the gateway's code-first schema from its resolvers without starting the gateway (no database, no bus). */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await context.get(GraphQLSchemaFactory).create(GATEWAY_RESOLVERS);
  } finally {
    await context.close();
  }
}
