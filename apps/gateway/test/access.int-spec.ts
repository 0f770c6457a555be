import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema,
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
} from 'graphql';
import { Role } from '@prossimo/contracts';
import { cloneDatabase, dropDatabase, gql, startTestGateway, tokenFor, uniqueRoot } from '@prossimo/testing';
import { ACCESS_MATRIX } from './access-matrix';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSdl, SCHEMA_FILE } from '../src/graphql/schema-print';

/**
 * Deny by default, proven from the schema itself: every operation is called by every role (and
 * without a token) with well-typed placeholder arguments. Denied callers get FORBIDDEN or
 * UNAUTHENTICATED; allowed ones get past the gate (their answer may then be a validation error or
 * UNAVAILABLE: no service runs here, so nothing denied could have reached one anyway).
 */

function placeholder(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType, depth);
  if (isListType(type)) return [placeholder(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 45.55;
      case 'Boolean':
        return true;
      case 'DateTime':
      case 'Date':
        return '2026-01-01';
      default:
        return 'placeholder';
    }
  }
  if (isInputObjectType(type) && depth < 4) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = placeholder(f.type, depth + 1);
    return out;
  }
  return null;
}

function typeName(type: GraphQLInputType): string {
  return type.toString();
}

function selection(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  return '{ __typename }';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { doc: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const decl = args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables = Object.fromEntries(args.map((a) => [a.name, placeholder(a.type)]));
  const doc = `${kind}${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''} ${selection(getNamedType(field.type))} }`;
  return { doc, variables };
}

describe('access: every operation × every role', () => {
  let dbUrl: string;
  let sut: INestApplication;
  let schema: GraphQLSchema;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    sut = await startTestGateway(dbUrl, uniqueRoot('acl'), { RPC_TIMEOUT_MS: '200', RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '100000' });
    schema = sut.get(GraphQLSchemaHost).schema;
    for (const role of Object.values(Role)) {
      tokens.set(role, await tokenFor({ role, antennaId: role === Role.ANTENNA ? randomUUID() : undefined, organisationId: role === Role.ORG_OPERATOR ? randomUUID() : undefined }));
    }
  });

  afterAll(async () => {
    await sut?.close();
    await dropDatabase(dbUrl);
  });

  const operations = (): [string, 'query' | 'mutation', GraphQLField<unknown, unknown>][] => {
    const out: [string, 'query' | 'mutation', GraphQLField<unknown, unknown>][] = [];
    for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
      if (!type) continue;
      for (const f of Object.values(type.getFields())) out.push([`${type.name}.${f.name}`, kind, f]);
    }
    const sub = schema.getSubscriptionType();
    if (sub) for (const f of Object.values(sub.getFields())) out.push([`${sub.name}.${f.name}`, 'query', f]);
    return out;
  };

  it('serves the schema committed in apps/gateway/schema.graphql (the one the web app is typed from)', () => {
    expect(printSdl(schema)).toBe(readFileSync(join(__dirname, '../../..', SCHEMA_FILE), 'utf8'));
  });

  it('has an entry for every operation in the schema, and no stale entries', () => {
    const names = operations().map(([n]) => n).sort();
    expect(names.filter((n) => !(n in ACCESS_MATRIX))).toEqual([]);
    expect(Object.keys(ACCESS_MATRIX).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('lets exactly the listed roles through each operation', async () => {
    const problems: string[] = [];
    for (const [name, kind, field] of operations()) {
      if (name.startsWith('Subscription.')) continue; // subscriptions are checked over graphql-ws
      const expected = ACCESS_MATRIX[name];
      if (!expected) continue;
      const { doc, variables } = operationFor(kind, field);
      const callers: [string, string | undefined, boolean][] = [
        ['anonymous', undefined, expected === 'PUBLIC'],
        ...Object.values(Role).map((r) => [r, tokens.get(r), expected === 'PUBLIC' || expected.includes(r)] as [string, string, boolean]),
      ];
      for (const [who, token, allowed] of callers) {
        const res = await gql(sut, doc, variables, token);
        const code = res.errors?.[0]?.extensions?.code;
        // A public operation may still answer UNAUTHENTICATED on its own terms (login with a wrong password).
        const gated = code === 'FORBIDDEN' || (expected !== 'PUBLIC' && code === 'UNAUTHENTICATED');
        if (allowed && gated) problems.push(`${name}: ${who} should pass but got ${code}`);
        if (!allowed && !gated) problems.push(`${name}: ${who} should be refused but got ${code ?? 'data'} (${res.errors?.[0]?.message ?? ''})`);
        if (!allowed && who === 'anonymous' && code !== 'UNAUTHENTICATED') problems.push(`${name}: anonymous should get UNAUTHENTICATED, got ${code}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
