/**
 * `npm run codegen`: prints the gateway's schema to apps/gateway/schema.graphql, then generates the
 * web app's typed operations from it into apps/web/src/gql (GraphQL Code Generator, client preset,
 * configured in apps/web/codegen.cjs). Both are committed; scripts/codegen.spec.ts fails when
 * either is out of date, and codegen fails when an operation of the web app does not fit the schema.
 *
 * The documents are plain strings typed with their answer and variables (`TypedDocumentString` is
 * rewritten from the preset's String subclass into `string & DocumentTypeDecoration`), so they are
 * sent, logged and compared as the strings they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { buildGatewaySchema, printSdl, SCHEMA_FILE } from '../apps/gateway/src/graphql/schema-print';

const ROOT = join(__dirname, '..').replace(/[/\\]dist$/, '');

export interface GeneratedFile {
  /** Relative to the repository's root. */
  filename: string;
  content: string;
}

const STRING_CLASS = /export class TypedDocumentString<TResult, TVariables>\s+extends String[\s\S]*?\n\}\n/;
const STRING_TYPE = `/** An operation as the string that is sent, typed with its answer and its variables (scripts/codegen.ts). */
export type TypedDocumentString<TResult, TVariables> = string & DocumentTypeDecoration<TResult, TVariables>;
`;

/** The preset's documents as plain strings (see the header). */
export function plainStrings(content: string): string {
  if (!STRING_CLASS.test(content)) return content;
  return content
    .replace(STRING_CLASS, STRING_TYPE)
    .replace(/new TypedDocumentString\((`[^`]*`)(?:, \{[^}]*\})?\) as unknown as TypedDocumentString</g, '$1 as TypedDocumentString<');
}

/** The web app's generated operations for `schemaFile` (default: the committed schema), not written. */
export async function generateWebOperations(schemaFile = SCHEMA_FILE): Promise<GeneratedFile[]> {
  const config = require(join(ROOT, 'apps/web/codegen.cjs')) as Types.Config;
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const files = (await generate({ ...config, schema: schemaFile, cwd: ROOT }, false)) as { filename: string; content: string }[];
    return files.map((f) => ({ filename: relative(ROOT, join(ROOT, f.filename)), content: plainStrings(f.content) }));
  } finally {
    process.chdir(cwd);
  }
}

/** `--check`: the committed files against fresh ones; names those out of date and exits 1 (scripts/codegen.spec.ts). */
async function check(): Promise<void> {
  const stale: string[] = [];
  if (printSdl(await buildGatewaySchema()) !== readFileSync(join(ROOT, SCHEMA_FILE), 'utf8')) stale.push(SCHEMA_FILE);
  for (const file of await generateWebOperations()) {
    let current = '';
    try {
      current = readFileSync(join(ROOT, file.filename), 'utf8');
    } catch {
      /* missing: stale */
    }
    if (current !== file.content) stale.push(file.filename);
  }
  if (stale.length) {
    process.stderr.write(`[codegen] out of date: ${stale.join(', ')}. Run npm run codegen and commit the result.\n`);
    process.exit(1);
  }
  process.stdout.write('[codegen] up to date\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--check')) return check();
  writeFileSync(join(ROOT, SCHEMA_FILE), printSdl(await buildGatewaySchema()));
  process.stdout.write(`[codegen] ${SCHEMA_FILE}\n`);
  for (const file of await generateWebOperations()) {
    writeFileSync(join(ROOT, file.filename), file.content);
    process.stdout.write(`[codegen] ${file.filename}\n`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
