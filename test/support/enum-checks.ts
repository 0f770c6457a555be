import { getMetadataArgsStorage } from 'typeorm';
import { DatabaseSpec, checkedValues } from '@prossimo/platform';
import { query } from './databases';

export interface EnumCheck {
  name: string;
  /** The enum's values, as the entity spelled the CHECK from them. */
  expected: string[];
  /** The values the migrated database's CHECK lists (empty when the database has no such CHECK). */
  actual: string[];
}

/** The quoted values of a constraint as PostgreSQL prints it: `CHECK ((status = ANY (ARRAY['A'::text, …])))`. */
function valuesOf(definition: string): string[] {
  return [...definition.matchAll(/'((?:[^']|'')*)'::/g)].map((m) => m[1].replace(/''/g, "'"));
}

/**
 * Every CHECK of a service's entities spelled from an enum (`checkIn`, `checkSubset`), with the
 * values its migrated database lists for it (read from pg_constraint), both sorted.
 */
export async function enumChecks(url: string, spec: DatabaseSpec): Promise<EnumCheck[]> {
  const targets = new Set<unknown>(spec.entities);
  const declared = getMetadataArgsStorage()
    .checks.filter((c) => targets.has(c.target) && c.name && c.expression && checkedValues(c.expression))
    .map((c) => ({ name: c.name as string, expected: [...(checkedValues(c.expression) ?? [])].sort() }));
  const rows = await query<{ conname: string; definition: string }>(
    url,
    `SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE contype = 'c' AND conname = ANY($1::text[])`,
    [declared.map((d) => d.name)],
  );
  return declared.map((d) => ({ ...d, actual: valuesOf(rows.find((r) => r.conname === d.name)?.definition ?? '').sort() }));
}
