/**
 * CHECK constraints spelled from the enums they guard, so an entity's CHECK and the TypeScript
 * enum cannot drift apart. Each expression remembers its list: a test reads every such CHECK back
 * from the migrated database (pg_constraint) and compares it with the enum, so a new enum value
 * without its migration (or the other way round) fails the build.
 */
const LISTS = new Map<string, readonly string[]>();

const quoted = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',');
const remember = (expression: string, values: readonly string[]) => {
  LISTS.set(expression, [...values]);
  return expression;
};

/** `"column" IN ('A','B')`; with `nullable`, `"column" IS NULL OR "column" IN (…)`. */
export function checkIn(column: string, values: readonly string[], opts: { nullable?: boolean } = {}): string {
  const list = `"${column}" IN (${quoted(values)})`;
  return remember(opts.nullable ? `"${column}" IS NULL OR ${list}` : list, values);
}

/** A text[] column holding only these values: `"column" <@ ARRAY['A','B']::text[]`; with `nonEmpty`, at least one. */
export function checkSubset(column: string, values: readonly string[], opts: { nonEmpty?: boolean } = {}): string {
  const subset = `"${column}" <@ ARRAY[${quoted(values)}]::text[]`;
  return remember(opts.nonEmpty ? `cardinality("${column}") > 0 AND ${subset}` : subset, values);
}

/** The values a CHECK made by `checkIn` or `checkSubset` lists (undefined for any other CHECK). */
export function checkedValues(expression: string): readonly string[] | undefined {
  return LISTS.get(expression);
}
