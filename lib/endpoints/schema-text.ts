import type { JsonValue, SchemaObject } from '../openapi/types';
import { asSchema, isNever, mergeAllOf } from '../openapi/schema-merge';
import { inheritName, refName, schemaName } from '../openapi/schema-names';

export { mergeAllOf } from '../openapi/schema-merge';

function typesOf(input: SchemaObject): string[] {
  const schema = asSchema(input);
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function isNullSchema(input: SchemaObject): boolean {
  const schema = asSchema(input);
  const types = typesOf(schema);
  return (types.length === 1 && types[0] === 'null') || (schema.enum?.length === 1 && schema.enum[0] === null) || schema.const === null;
}

const nonNull = new WeakMap<SchemaObject, { schema: SchemaObject; nullable: boolean }>();

/**
 * A schema with `null` taken out of its alternatives: `oneOf: [X, {type: 'null'}]` is a nullable
 * `X`, not a choice between two variants. The same object for the same input, so that walkers
 * still recognise it.
 */
export function withoutNull(input: SchemaObject): { schema: SchemaObject; nullable: boolean } {
  const schema = mergeAllOf(input);
  const cached = nonNull.get(schema);
  if (cached) return cached;
  const key = schema.oneOf ? 'oneOf' : schema.anyOf ? 'anyOf' : undefined;
  const variants = key && schema[key];
  let out = { schema, nullable: isNullable(schema) };
  if (key && variants && variants.some(isNullSchema)) {
    const rest = variants.filter((variant) => !isNullSchema(variant));
    const { [key]: _dropped, ...siblings } = schema;
    if (rest.length === 1 && !hasOwnShape(siblings)) out = { schema: mergeAllOf(rest[0]), nullable: true };
    else if (rest.length === 0) out = { schema: { ...siblings, type: 'null' }, nullable: true };
    else {
      const narrowed = { ...siblings, [key]: rest };
      inheritName(narrowed, schema);
      out = { schema: narrowed, nullable: true };
    }
  }
  nonNull.set(schema, out);
  return out;
}

/** Whether a schema says more than annotations (its alternatives aside). */
function hasOwnShape(schema: SchemaObject): boolean {
  return typesOf(schema).length > 0 || schema.enum !== undefined || schema.const !== undefined;
}

/** Whether `null` is an accepted value (3.1 `type: [x, 'null']`, 3.0 `nullable`, or a `null` alternative). */
export function isNullable(input: SchemaObject): boolean {
  const schema = mergeAllOf(input);
  if (schema.nullable === true || typesOf(schema).includes('null')) return true;
  if (schema.enum?.includes(null)) return true;
  return (schema.oneOf ?? schema.anyOf ?? []).some(isNullSchema);
}

/**
 * A short type label: `string`, `array<Node>`, `map<string, integer>`, `Cat | Dog`, `string | null`.
 * Nested schemas are named by their reference (`array<Node>`), as in fumadocs' `schemaToString`,
 * which also keeps a recursive schema from being expanded forever; the top level says what the
 * value is (`object`). Formats are shown apart.
 */
export function typeLabel(schema: SchemaObject): string {
  return label(schema, false, []);
}

/** The name a nested schema is shown by, if the document gives it one. */
export function nameOf(schema: SchemaObject): string | undefined {
  return schemaName(schema) ?? schemaName(mergeAllOf(schema));
}

function label(input: SchemaObject, nested: boolean, ancestors: SchemaObject[]): string {
  const name = nameOf(input);
  if (nested && name) return name;
  if (ancestors.includes(input)) return name ?? 'recursive';
  if (ancestors.length > 12) return name ?? 'object';
  const merged = mergeAllOf(input);
  if (isNever(merged)) return 'never';
  const { schema, nullable } = withoutNull(merged);
  const inner = [...ancestors, input];
  const out: string[] = [];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) {
    for (const variant of variants) out.push(...label(variant, true, inner).split(' | '));
  } else {
    for (const type of typesOf(schema).filter((type) => type !== 'null')) {
      if (type === 'array') out.push(`array<${schema.items ? label(schema.items, true, inner) : 'any'}>`);
      else if (type === 'object' && !schema.properties && isMap(schema)) {
        const values = schema.additionalProperties;
        out.push(`map<string, ${typeof values === 'object' ? label(values, true, inner) : 'any'}>`);
      } else out.push(type);
    }
    if (out.length === 0 && schema.const !== undefined) out.push(literalType(schema.const));
    if (out.length === 0 && schema.enum?.length) out.push(...schema.enum.filter((v) => v !== null).map(literalType));
    if (out.length === 0 && typesOf(schema).includes('null')) return 'null';
  }
  const labels = [...new Set(out.filter((item) => item !== 'null'))];
  if (labels.length === 0) labels.push('any');
  if (nullable || out.includes('null')) labels.push('null');
  return labels.join(' | ');
}

function literalType(value: JsonValue): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** An object whose keys are free: `additionalProperties` allows more than nothing. */
export function isMap(schema: SchemaObject): boolean {
  const values = schema.additionalProperties;
  return values === true || (typeof values === 'object' && values !== null && !isNever(values));
}

/**
 * What a `oneOf`/`anyOf` alternative is called: the discriminator's value for it, the name of the
 * schema it refers to, or its title; else its position. `Cat (petType = cat)`, `option 2 of 3`.
 */
export function variantName(parent: SchemaObject, variant: SchemaObject, index: number, count: number): string {
  const name = nameOf(variant) ?? (asSchema(variant).title || mergeAllOf(variant).title || undefined);
  const base = name ?? `option ${index + 1} of ${count}`;
  const value = discriminatorValue(parent, variant);
  return value === undefined ? base : `${base} (${parent.discriminator?.propertyName} = ${value})`;
}

/** The value of the parent's discriminator property that selects this alternative, if it has one. */
export function discriminatorValue(parent: SchemaObject, variant: SchemaObject): string | undefined {
  const discriminator = parent.discriminator;
  if (!discriminator?.propertyName) return undefined;
  const name = nameOf(variant);
  const mapped = Object.entries(discriminator.mapping ?? {}).find(([, target]) => name !== undefined && refName(target) === name);
  if (mapped) return mapped[0];
  const property = mergeAllOf(mergeAllOf(variant).properties?.[discriminator.propertyName] ?? {});
  if (typeof property.const === 'string') return property.const;
  if (property.enum?.length === 1 && typeof property.enum[0] === 'string') return property.enum[0];
  // without a mapping, the discriminator's value is the schema's name
  return discriminator.mapping ? undefined : name;
}

export function formatValue(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Human-readable constraints: range, length, pattern, allowed values. */
export function constraintsOf(input: SchemaObject): string[] {
  const merged = mergeAllOf(input);
  if (isNever(merged)) return ['no value is valid: the schemas it combines contradict each other'];
  const s = withoutNull(merged).schema;
  const out: string[] = [];
  const [low, lowExclusive] = bound(s.minimum, s.exclusiveMinimum, Math.max);
  const [high, highExclusive] = bound(s.maximum, s.exclusiveMaximum, Math.min);
  const lowOp = lowExclusive ? '<' : '≤';
  const highOp = highExclusive ? '<' : '≤';
  if (low !== undefined && high !== undefined) out.push(`${low} ${lowOp} value ${highOp} ${high}`);
  else if (low !== undefined) out.push(`value ${lowExclusive ? '>' : '≥'} ${low}`);
  else if (high !== undefined) out.push(`value ${highOp} ${high}`);
  if (s.multipleOf !== undefined) out.push(`multiple of ${s.multipleOf}`);
  if (s.minLength !== undefined && s.maxLength !== undefined) out.push(`length ${s.minLength}–${s.maxLength}`);
  else if (s.minLength !== undefined) out.push(`length ≥ ${s.minLength}`);
  else if (s.maxLength !== undefined) out.push(`length ≤ ${s.maxLength}`);
  if (s.minItems !== undefined) out.push(`at least ${s.minItems} items`);
  if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} items`);
  if (s.uniqueItems === true) out.push('items unique');
  if (s.minProperties !== undefined) out.push(`at least ${s.minProperties} keys`);
  if (s.maxProperties !== undefined) out.push(`at most ${s.maxProperties} keys`);
  if (s.pattern) out.push(`pattern ${s.pattern}`);
  if (s.enum) out.push(`one of ${s.enum.filter((value) => value !== null).map(formatValue).join(', ')}`);
  if (s.const !== undefined) out.push(`always ${formatValue(s.const)}`);
  return out;
}

/**
 * A bound and whether it is exclusive. 3.1 gives `exclusiveMinimum` as a number of its own
 * (the stricter of the two wins); 3.0 gives a boolean that qualifies `minimum`.
 */
function bound(
  inclusive: number | undefined,
  exclusive: unknown,
  stricter: (a: number, b: number) => number,
): [number | undefined, boolean] {
  if (typeof exclusive === 'boolean') return [inclusive, exclusive && inclusive !== undefined];
  if (typeof exclusive !== 'number') return [inclusive, false];
  if (inclusive === undefined) return [exclusive, true];
  const value = stricter(inclusive, exclusive);
  return [value, value === exclusive];
}
