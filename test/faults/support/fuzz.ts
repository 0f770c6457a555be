import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type IntrospectionQuery,
} from 'graphql';
import { FaultSystem } from './fault-system';

/** Reads the running gateway's schema (introspection is on when NODE_ENV is not production). */
export async function introspect(sys: FaultSystem): Promise<GraphQLSchema> {
  const res = await sys.gql<IntrospectionQuery>(getIntrospectionQuery());
  if (!res.data) throw new Error(`introspection failed: ${res.status} ${res.text.slice(0, 300)}`);
  return buildClientSchema(res.data);
}

export type Args = Record<string, unknown>;

/** Real values of the running system, so that valid inputs sometimes reach deep (a real antenna, report, referral). */
export interface Pools {
  ids: string[];
  emails: string[];
  neighbourhoods: string[];
}

/** Strings that have broken systems before; each is a valid String (no NUL). */
const TRICKY = [
  '',
  ' ',
  '\t\n',
  'Ünïcödé ✓ città',
  '👩‍👩‍👧‍👦🇮🇹',
  'a\u0301\u0301\u0301',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  '\uD800',
  '\uDFFF lone',
  "'; DROP TABLE reports; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '%s%n%x',
  'NaN',
  '-0',
  '1e309',
  'null',
  'undefined',
  '__proto__',
  '2026-02-31',
  '00000000-0000-0000-0000-000000000000',
];

const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });

/** A valid value for a String (or custom scalar) field, leaning on its name. */
function stringFor(name: string, pools: Pools): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  const general = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  );
  const hinted: fc.Arbitrary<string>[] = [];
  if (n.includes('email')) hinted.push(fc.emailAddress(), fc.constantFrom(...pools.emails));
  if (n.includes('password')) hinted.push(fc.string({ minLength: 12, maxLength: 40 }));
  if (n.includes('neighbourhood') || n === 'code') hinted.push(fc.constantFrom(...pools.neighbourhoods));
  if (n.includes('municipality') || n.includes('istat')) hinted.push(fc.constantFrom('015077', '015146', '000000'));
  if (n.endsWith('on') || n.includes('date') || n.endsWith('at') || n.includes('from') || n.includes('until')) hinted.push(isoDate.map((d) => d.toISOString().slice(0, 10)), isoDate.map((d) => d.toISOString()));
  if (n.includes('phone')) hinted.push(fc.constantFrom('+39 02 1234567', '02-000 0000', '123'));
  if (n.endsWith('id') || n.endsWith('ids')) hinted.push(fc.uuid(), fc.constantFrom(...pools.ids));
  if (n.includes('token')) hinted.push(fc.base64String({ minLength: 8, maxLength: 64 }));
  if (n.includes('geojson') || n.includes('json') || n.includes('csv')) hinted.push(fc.json({ maxDepth: 2 }), fc.constantFrom('{"type":"FeatureCollection","features":[]}', 'a,b\n1,2'));
  return hinted.length ? fc.oneof({ weight: 3, arbitrary: fc.oneof(...hinted) }, { weight: 1, arbitrary: general }) : general;
}

/** A valid value of a GraphQL input type (the name is the field's or argument's). */
export function validValue(type: GraphQLInputType, name: string, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return validValue(type.ofType, name, pools, depth);
  const nullable = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  return nullable(validInner(type, name, pools, depth));
}

function validRequired(type: GraphQLInputType, name: string, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  return isNonNullType(type) ? validInner(type.ofType, name, pools, depth) : validValue(type, name, pools, depth);
}

function validInner(type: GraphQLInputType, name: string, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(validRequired(type.ofType, name, pools, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant({});
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = validRequired(f.type, f.name, pools, depth + 1);
    return fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: -1000, max: 100_000 }), fc.constantFrom(-1, 0, 1, 2147483647, -2147483648));
      case 'Float':
        return name.toLowerCase().startsWith('lat')
          ? fc.oneof(fc.double({ min: 45.53, max: 45.57, noNaN: true }), fc.constantFrom(0, -90, 90, 91, 1e308, -0))
          : name.toLowerCase().startsWith('lng') || name.toLowerCase().startsWith('lon')
            ? fc.oneof(fc.double({ min: 9.19, max: 9.24, noNaN: true }), fc.constantFrom(0, -180, 180, 181, 5e-324))
            : fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 0.5, 1e308));
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return fc.oneof(fc.uuid(), fc.constantFrom(...pools.ids), fc.string({ maxLength: 20 }));
      default:
        return stringFor(name, pools);
    }
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

/** How an invalid input was made (each is certain to be refused). */
export type Corruption = 'nul' | 'too-long' | 'wrong-type' | 'int-out-of-range' | 'unknown-field' | 'missing-required' | 'null-required' | 'unknown-argument';

interface Leaf {
  /** Path from the args object: keys and list indexes. */
  path: (string | number)[];
  type: GraphQLInputType;
}

/** Every position in a value (and the argument slots), with its declared type. */
function leaves(args: readonly GraphQLArgument[], value: Args): Leaf[] {
  const out: Leaf[] = [];
  const walk = (type: GraphQLInputType, v: unknown, path: (string | number)[]) => {
    out.push({ path, type });
    const t = isNonNullType(type) ? (type.ofType) : type;
    if (isListType(t) && Array.isArray(v)) v.forEach((item, i) => walk(t.ofType, item, [...path, i]));
    if (isInputObjectType(t) && v && typeof v === 'object') for (const f of Object.values(t.getFields())) if (f.name in v) walk(f.type, (v as Record<string, unknown>)[f.name], [...path, f.name]);
  };
  for (const a of args) if (a.name in value) walk(a.type, value[a.name], [a.name]);
  return out;
}

function applicable(type: GraphQLInputType): Corruption[] {
  const t = isNonNullType(type) ? (type.ofType) : type;
  const out: Corruption[] = ['wrong-type'];
  if (isNonNullType(type)) out.push('null-required');
  if (isScalarType(t) && !['Int', 'Float', 'Boolean'].includes(t.name)) out.push('nul', 'too-long');
  if (isScalarType(t) && t.name === 'Int') out.push('int-out-of-range');
  if (isInputObjectType(t)) {
    out.push('unknown-field');
    if (Object.values(t.getFields()).some((f) => isNonNullType(f.type))) out.push('missing-required');
  }
  return out;
}

function wrongTypeFor(type: GraphQLInputType, canary: string): unknown {
  const t = isNonNullType(type) ? (type.ofType) : type;
  if (isListType(t)) return { [canary]: canary };
  if (isInputObjectType(t)) return canary;
  if (isEnumType(t)) return canary;
  if (isScalarType(t) && ['Int', 'Float', 'Boolean'].includes(t.name)) return canary;
  return { [canary]: canary };
}

function setAt(root: Args, path: (string | number)[], value: unknown): void {
  let cur = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = value;
}

function getAt(root: Args, path: (string | number)[]): unknown {
  let cur: unknown = root;
  for (const k of path) cur = (cur as Record<string | number, unknown>)[k];
  return cur;
}

/** Puts the canary into every String position of a value (it is already refused for another reason). */
function plantCanary(args: readonly GraphQLArgument[], value: Args, canary: string, except: (string | number)[]): number {
  let planted = 0;
  for (const leaf of leaves(args, value)) {
    const t = isNonNullType(leaf.type) ? (leaf.type.ofType) : leaf.type;
    if (!isScalarType(t) || t.name !== 'String') continue;
    if (leaf.path.join('.').startsWith(except.join('.')) && except.length) continue;
    if (typeof getAt(value, leaf.path) !== 'string') continue;
    setAt(value, leaf.path, `${canary} ${getAt(value, leaf.path) as string}`);
    planted += 1;
  }
  return planted;
}

export interface InvalidCase {
  args: Args;
  how: Corruption;
  at: string;
  /** Undeclared extra variables (carry the canary when no argument could). */
  extraVariables: Args;
  /** An argument the mutation does not have, written into the document (named and valued with the canary). */
  unknownArgument: string | null;
}

/** A valid input made invalid in one place, for sure, with the canary inside the request. */
export function invalidCase(field: GraphQLField<unknown, unknown>, pools: Pools, canary: string): fc.Arbitrary<InvalidCase> {
  const args = field.args;
  return fc.tuple(validArgs(field, pools, true), fc.nat(), fc.nat()).map(([valid, i, j]): InvalidCase => {
    const value = structuredClone(valid);
    const slots = leaves(args, value);
    // The kind of damage first (each as likely as the others), then a position it fits.
    const kinds = [...new Set(slots.flatMap((l) => applicable(l.type)))];
    const pickKind = j % (kinds.length + 1);
    if (slots.length === 0 || pickKind === kinds.length) return { args: value, how: 'unknown-argument', at: canary, extraVariables: {}, unknownArgument: canary };
    const how = kinds[pickKind];
    const fitting = slots.filter((l) => applicable(l.type).includes(how));
    const leaf = fitting[i % fitting.length];
    const t = isNonNullType(leaf.type) ? (leaf.type.ofType) : leaf.type;
    switch (how) {
      case 'nul':
        setAt(value, leaf.path, `${canary}\u0000${String(getAt(value, leaf.path) ?? '')}`);
        break;
      case 'too-long':
        setAt(value, leaf.path, `${canary}${'x'.repeat(20_000)}`);
        break;
      case 'wrong-type':
        setAt(value, leaf.path, wrongTypeFor(leaf.type, canary));
        break;
      case 'int-out-of-range':
        setAt(value, leaf.path, [2 ** 31, -(2 ** 31) - 1, 1.5, 1e20][i % 4]);
        break;
      case 'unknown-field':
        setAt(value, leaf.path, { ...(getAt(value, leaf.path) as object), [canary]: canary });
        break;
      case 'missing-required': {
        const required = Object.values((t as import('graphql').GraphQLInputObjectType).getFields()).filter((f) => isNonNullType(f.type));
        const obj = { ...(getAt(value, leaf.path) as Record<string, unknown>) };
        delete obj[required[j % required.length].name];
        setAt(value, leaf.path, obj);
        break;
      }
      case 'null-required':
        setAt(value, leaf.path, null);
        break;
      case 'unknown-argument':
        break;
      default: {
        const never: never = how;
        throw new Error(String(never));
      }
    }
    const carries = JSON.stringify(value).includes(canary) || plantCanary(args, value, canary, leaf.path) > 0;
    return { args: value, how, at: leaf.path.join('.'), extraVariables: carries ? {} : { canary }, unknownArgument: null };
  });
}

/** Valid arguments for a mutation (every required one; optional ones now and then; or all of them). */
export function validArgs(field: GraphQLField<unknown, unknown>, pools: Pools, allPresent = false): fc.Arbitrary<Args> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of field.args) model[a.name] = isNonNullType(a.type) ? validInner(a.type.ofType, a.name, pools, 0) : validInner(a.type, a.name, pools, 0);
  return fc.record(model, allPresent ? {} : { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });
}

/** The selection for a mutation's result: `{ __typename }` for objects, nothing for scalars. */
function selection(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** The operation with every given argument as a variable. */
export function withVariables(field: GraphQLField<unknown, unknown>, args: Args, unknownArgument: string | null = null): { query: string; variables: Args } {
  const used = field.args.filter((a) => a.name in args);
  const decl = used.length ? `(${used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const passed = [...used.map((a) => `${a.name}: $${a.name}`), ...(unknownArgument ? [`${unknownArgument}: ${JSON.stringify(unknownArgument)}`] : [])];
  const call = passed.length ? `(${passed.join(', ')})` : '';
  return { query: `mutation Fuzz${decl} { ${field.name}${call}${selection(field)} }`, variables: args };
}

/** The operation with every argument written inline in the document (a literal). */
export function withLiterals(field: GraphQLField<unknown, unknown>, args: Args, unknownArgument: string | null = null): string {
  const lit = (v: unknown, type: GraphQLInputType | null): string => {
    const t = type && isNonNullType(type) ? (type.ofType) : type;
    if (v === null || v === undefined) return 'null';
    if (Array.isArray(v)) return `[${v.map((x) => lit(x, t && isListType(t) ? t.ofType : null)).join(', ')}]`;
    if (typeof v === 'object') {
      const fields = t && isInputObjectType(t) ? t.getFields() : {};
      return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad_key'}: ${lit(x, fields[k]?.type ?? null)}`).join(', ')}}`;
    }
    if (typeof v === 'string' && t && isEnumType(t) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(v)) return v;
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
    return typeof v === 'string' ? JSON.stringify(v) : String(v);
  };
  const byName = new Map(field.args.map((a) => [a.name, a]));
  const parts = [...Object.entries(args).map(([k, v]) => `${k}: ${lit(v, byName.get(k)?.type ?? null)}`), ...(unknownArgument ? [`${unknownArgument}: ${JSON.stringify(unknownArgument)}`] : [])];
  return `mutation Fuzz { ${field.name}${parts.length ? `(${parts.join(', ')})` : ''}${selection(field)} }`;
}

/** Text a client must never see: stack traces, engine messages, class names of errors. */
export const INTERNAL_TEXT = /\n\s+at |\bat [\w.<>]+ \(|\.(ts|js):\d+|\b(Type|Reference|Range|Syntax|QueryFailed|EntityNotFound|Validation)Error\b|\bError: |TypeORM|\bpg_|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.*\bSET\b|\bDELETE FROM\b|violates .* constraint|duplicate key|invalid input syntax|ECONN\w+|Cannot read prop|is not a function|undefined is not|node_modules/;
