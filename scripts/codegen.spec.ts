import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, specifiedRules, validate } from 'graphql';
import { graphqlProtection, PARSE_OPTIONS } from '../apps/gateway/src/graphql/hardening';
import { buildGatewaySchema, printSdl, SCHEMA_FILE } from '../apps/gateway/src/graphql/schema-print';

const ROOT = join(__dirname, '..');

/** The web app and the API cannot drift: when these fail, run `npm run codegen` and commit what it changes. */
describe('generated GraphQL (npm run codegen)', () => {
  it('apps/gateway/schema.graphql is the schema the gateway builds from its resolvers', async () => {
    expect(printSdl(await buildGatewaySchema())).toBe(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8'));
  });

  it("apps/web/src/gql is what the web app's operations generate from that schema (and every operation fits it)", () => {
    // GraphQL Code Generator's CLI is ES modules jest cannot load: it runs in its own process.
    const run = () =>
      execFileSync(process.execPath, [require.resolve('ts-node/dist/bin'), '--swc', '-r', 'tsconfig-paths/register', 'scripts/codegen.ts', '--check'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    let output: string;
    try {
      output = run();
    } catch (err) {
      output = `${(err as { stdout?: string }).stdout ?? ''}${(err as { stderr?: string }).stderr ?? ''}`;
    }
    expect(output.trim()).toBe('[codegen] up to date');
  }, 120_000);

  it("every operation of the web app passes the gateway's own checks: the schema, depth, aliases and the query-cost limit", async () => {
    // A page's `first` multiplies what each node costs: /admin/scuole asked for 100 protocols and got a validation error.
    const schema = await buildGatewaySchema();
    const rules = [...specifiedRules, ...graphqlProtection().validationRules];
    const generated = readFileSync(join(ROOT, 'apps/web/src/gql/graphql.ts'), 'utf8');
    const documents = [...generated.matchAll(/export const (\w+)Document = `([\s\S]*?)` as TypedDocumentString/g)];
    expect(documents.length).toBeGreaterThan(100);
    const refused = documents
      .map(([, name, text]) => ({ name, errors: validate(schema, parse(text, PARSE_OPTIONS), rules).map((e) => e.message) }))
      .filter((d) => d.errors.length > 0);
    expect(refused).toEqual([]);
  });
});
