import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
