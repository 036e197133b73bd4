import type { JsonValue, SchemaObject } from './types';
import { inheritName } from './schema-names';
import { ownValue, setOwn } from '../own-property';

/**
 * `allOf` as the intersection it is: the greatest minimum and the smallest maximum win, `enum`s
 * intersect, `required` lists join, and a keyword that two members both constrain with nested
 * schemas (a property, `items`) becomes `allOf` of the two, merged when a walker reaches it.
 *
 * fumadocs' `mergeAllOf` (@fumadocs/api-docs) follows the same rules but merges nested schemas
 * eagerly and without a guard: on a dereferenced document, where a recursive schema is a cycle of
 * shared objects, `Pong: allOf [Ping]` with `Ping: oneOf [Pong]` overflows the stack, and every
 * merge builds new objects, so a walker could no longer recognise a schema it has already shown.
 * Merging one level at a time and memoising by identity avoids both.
 */
const merged = new WeakMap<SchemaObject, SchemaObject>();
const inProgress = new WeakSet<SchemaObject>();

/** A schema that no value satisfies: what contradictory `allOf` members leave. */
export const neverSchema: SchemaObject = Object.freeze({ not: {} }) as SchemaObject;

/** A schema any value satisfies. */
export const anySchema: SchemaObject = Object.freeze({}) as SchemaObject;

/** A schema as the walkers read it: 3.1 allows `true` and `false` for "anything" and "nothing". */
export function asSchema(value: unknown): SchemaObject {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as SchemaObject;
  return value === false ? neverSchema : anySchema;
}

export function isNever(input: SchemaObject): boolean {
  const schema = asSchema(input);
  return schema === neverSchema || (isRecord(schema.not) && Object.keys(schema.not).length === 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeAllOf(input: SchemaObject): SchemaObject {
  const schema = asSchema(input);
  if (!Array.isArray(schema.allOf)) return schema;
  const cached = merged.get(schema);
  if (cached) return cached;
  const { allOf, ...own } = schema;
  if (inProgress.has(schema)) return own; // an `allOf` that contains itself adds nothing to itself
  inProgress.add(schema);
  let out: SchemaObject = {};
  for (const member of allOf) {
    out = intersect(out, mergeAllOf(member));
    if (out === neverSchema) break;
  }
  // the schema's own keywords come last, so its description and example win over its members'
  if (out !== neverSchema) out = intersect(out, own, true);
  inProgress.delete(schema);
  if (out !== neverSchema) {
    inheritName(out, schema);
    // `allOf: [{$ref: X}]` with a description or `nullable` beside it is still X, as 3.0 documents write it
    if (allOf.length === 1 && Object.keys(own).every((key) => annotations.has(key))) inheritName(out, allOf[0]);
  }
  merged.set(schema, out);
  return out;
}

const pairs = new WeakMap<SchemaObject, WeakMap<SchemaObject, SchemaObject>>();

/** `allOf: [a, b]`, the same object for the same pair, so that walkers can recognise it again. */
function both(first: SchemaObject, second: SchemaObject): SchemaObject {
  const a = asSchema(first);
  const b = asSchema(second);
  if (a === b) return a;
  let byB = pairs.get(a);
  if (!byB) pairs.set(a, (byB = new WeakMap()));
  let pair = byB.get(b);
  if (!pair) {
    pair = { allOf: [a, b] };
    inheritName(pair, a);
    byB.set(b, pair);
  }
  return pair;
}

function typesOf(schema: SchemaObject): string[] | undefined {
  if (Array.isArray(schema.type)) return schema.type;
  return typeof schema.type === 'string' ? [schema.type] : undefined;
}

const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

const lowerBounds = ['minimum', 'minLength', 'minItems', 'minProperties'] as const;
const upperBounds = ['maximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const flags = ['readOnly', 'writeOnly', 'deprecated', 'uniqueItems'] as const;
const annotations = new Set(['description', 'title', 'nullable', 'example', 'examples', 'default', 'readOnly', 'writeOnly', 'deprecated']);
/** Said of the schema as a whole (its own text and examples), not constraints a member adds. */
const ownOnly = new Set(['title', 'example', 'examples']);

/** One level of the intersection of two schemas without `allOf`; `b` is the schema's own part when `own`. */
function intersect(a: SchemaObject, b: SchemaObject, own = false): SchemaObject {
  const out: SchemaObject = { ...a };
  for (const key of Object.keys(b) as (keyof SchemaObject)[]) {
    if (key in out || (!own && ownOnly.has(key))) continue;
    if (b[key] !== undefined) (out as Record<string, unknown>)[key] = b[key];
  }
  if (b.description !== undefined) out.description = b.description;

  for (const key of lowerBounds) {
    if (a[key] !== undefined && b[key] !== undefined) out[key] = Math.max(a[key], b[key]);
  }
  for (const key of upperBounds) {
    if (a[key] !== undefined && b[key] !== undefined) out[key] = Math.min(a[key], b[key]);
  }
  for (const [key, pick] of [['exclusiveMinimum', Math.max], ['exclusiveMaximum', Math.min]] as const) {
    const x: unknown = a[key];
    const y: unknown = b[key];
    // OpenAPI 3.0's booleans qualify `minimum`/`maximum`; 3.1's numbers are bounds of their own
    if (typeof x === 'number' && typeof y === 'number') out[key] = pick(x, y);
    else if (typeof x === 'boolean' || typeof y === 'boolean') (out as Record<string, unknown>)[key] = x === true || y === true;
  }
  for (const key of flags) if (a[key] === true || b[key] === true) out[key] = true;
  // `allOf: [{$ref: X}], nullable: true` is 3.0's way of saying "X or null"
  if (a.nullable === true || b.nullable === true) out.nullable = true;

  const aTypes = typesOf(a);
  const bTypes = typesOf(b);
  if (aTypes && bTypes) {
    const shared = aTypes.filter((type) => bTypes.includes(type) || (type === 'integer' && bTypes.includes('number')));
    for (const type of bTypes) if (type === 'integer' && aTypes.includes('number') && !shared.includes(type)) shared.push(type);
    if (shared.length === 0) return neverSchema;
    out.type = shared.length === 1 ? shared[0] : shared;
  }
  if (a.const !== undefined && b.const !== undefined && !same(a.const, b.const)) return neverSchema;
  if (a.enum && b.enum) {
    out.enum = a.enum.filter((value) => b.enum?.some((other) => same(value, other)));
    if (out.enum.length === 0) return neverSchema;
  }
  if (a.required && b.required) out.required = [...new Set([...a.required, ...b.required])];

  if (a.properties && b.properties) {
    const properties: Record<string, SchemaObject> = { ...a.properties };
    for (const [name, schema] of Object.entries(b.properties)) {
      const earlier = ownValue(properties, name);
      setOwn(properties, name, earlier !== undefined ? both(earlier, schema) : schema);
    }
    out.properties = properties;
  }
  if (a.items && b.items) out.items = both(a.items, b.items);
  if (a.not && b.not) out.not = { anyOf: [a.not, b.not] };
  if (a.additionalProperties !== undefined && b.additionalProperties !== undefined) {
    const x = a.additionalProperties;
    const y = b.additionalProperties;
    out.additionalProperties = x === false || y === false ? false : x === true ? y : y === true ? x : both(x, y);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const x = a[key];
    const y = b[key];
    // one member's alternatives are kept as they are; two members' alternatives combine pairwise
    if (x && y) out[key] = x.length * y.length <= 16 ? x.flatMap((left) => y.map((right) => both(left, right))) : x;
  }
  return out;
}
