/**
 * GraphQL Code Generator: the web app's operations (each `graphql(`…`)` in apps/web/src) checked
 * against the gateway's printed schema (apps/gateway/schema.graphql) and typed, into apps/web/src/gql
 * (committed). `npm run codegen` prints the schema and runs this; a unit test (scripts/codegen.spec.ts)
 * fails when either committed file is out of date. scripts/codegen.ts runs it and makes the documents plain strings. docs/web.md, "Typed operations".
 */
module.exports = {
  overwrite: true,
  schema: 'apps/gateway/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**', '!apps/web/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};
