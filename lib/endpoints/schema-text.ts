import type { JsonValue, SchemaObject } from '../openapi/types';

/** Merges `allOf` members into one schema (properties and `required` combined, later members win). */
export function mergeAllOf(schema: SchemaObject): SchemaObject {
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  let merged: SchemaObject = { ...rest };
  for (const member of allOf.map(mergeAllOf)) {
    merged = {
      ...member,
      ...merged,
      properties: mergeProperties(member.properties, merged.properties),
      required: [...new Set([...(member.required ?? []), ...(merged.required ?? [])])],
    };
  }
  if (merged.required?.length === 0) delete merged.required;
  if (!merged.properties || Object.keys(merged.properties).length === 0) delete merged.properties;
  return merged;
}

function mergeProperties(
  a: Record<string, SchemaObject> | undefined,
  b: Record<string, SchemaObject> | undefined,
): Record<string, SchemaObject> | undefined {
  if (!a) return b;
  if (!b) return a;
  const out: Record<string, SchemaObject> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    out[key] = key in out ? mergeAllOf({ allOf: [out[key], value] }) : value;
  }
  return out;
}

function typesOf(schema: SchemaObject): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

/** Whether `null` is an accepted value (3.1 `type: [x, 'null']` or 3.0 `nullable`). */
export function isNullable(schema: SchemaObject): boolean {
  return schema.nullable === true || typesOf(schema).includes('null');
}

/** A short type label: `string`, `integer`, `array<object>`, `string | null`. Formats are shown apart. */
export function typeLabel(schema: SchemaObject): string {
  const s = mergeAllOf(schema);
  const variants = s.oneOf ?? s.anyOf;
  if (variants && typesOf(s).length === 0) {
    const labels = variants.flatMap((variant) => typeLabel(variant).split(' | '));
    return [...new Set(labels)].join(' | ') || 'any';
  }
  if (typesOf(s).length === 1 && typesOf(s)[0] === 'null') return 'null';
  const types = typesOf(s).filter((type) => type !== 'null');
  const labels = types.map((type) => (type === 'array' && s.items ? `array<${typeLabel(s.items)}>` : type));
  if (labels.length === 0) labels.push(s.const !== undefined ? typeof s.const : 'any');
  if (isNullable(s)) labels.push('null');
  return labels.join(' | ');
}

export function formatValue(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Human-readable constraints: range, length, pattern, allowed values. */
export function constraintsOf(schema: SchemaObject): string[] {
  const s = mergeAllOf(schema);
  const out: string[] = [];
  const low = s.minimum ?? s.exclusiveMinimum;
  const high = s.maximum ?? s.exclusiveMaximum;
  const lowOp = s.exclusiveMinimum !== undefined ? '<' : '≤';
  const highOp = s.exclusiveMaximum !== undefined ? '<' : '≤';
  if (low !== undefined && high !== undefined) out.push(`${low} ${lowOp} value ${highOp} ${high}`);
  else if (low !== undefined) out.push(`value ${lowOp === '<' ? '>' : '≥'} ${low}`);
  else if (high !== undefined) out.push(`value ${highOp} ${high}`);
  if (s.minLength !== undefined && s.maxLength !== undefined) out.push(`length ${s.minLength}–${s.maxLength}`);
  else if (s.minLength !== undefined) out.push(`length ≥ ${s.minLength}`);
  else if (s.maxLength !== undefined) out.push(`length ≤ ${s.maxLength}`);
  if (s.minItems !== undefined) out.push(`at least ${s.minItems} items`);
  if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} items`);
  if (s.pattern) out.push(`pattern ${s.pattern}`);
  if (s.enum) out.push(`one of ${s.enum.map(formatValue).join(', ')}`);
  if (s.const !== undefined) out.push(`always ${formatValue(s.const)}`);
  return out;
}
