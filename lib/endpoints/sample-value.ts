import { sample } from 'openapi-sampler';
import type { JsonValue, SchemaObject } from '../openapi/types';
import type { SchemaUsage } from './schema-fields';
import { isNever, mergeAllOf } from '../openapi/schema-merge';
import { discriminatorValue } from './schema-text';
import { setOwn } from '../own-property';

/**
 * openapi-sampler sets a sample's properties by assignment, which for `__proto__` replaces the
 * sample's prototype: such a property is sampled under a name no document uses, and renamed back.
 */
const protoName = '__proto__';
const protoStandIn = '\u0000__proto__';
const standIn = (name: unknown) => (name === protoName ? protoStandIn : name);

/** The sample with every stand-in named `__proto__` again, as an own property. */
function restoreProtoNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restoreProtoNames);
  if (typeof value !== 'object' || value === null) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) setOwn(out, key === protoStandIn ? protoName : key, restoreProtoNames(child));
  return out;
}

/**
 * A value for a schema, made by openapi-sampler: the document's own `example`, then `const`,
 * `examples`, `enum` and `default`, else a value made up from the type and format. Request samples
 * leave out `readOnly` properties and response samples `writeOnly` ones.
 */
export function sampleValue(schema: SchemaObject, usage?: SchemaUsage): JsonValue {
  try {
    const value = restoreProtoNames(sample(finiteTree(schema) as Parameters<typeof sample>[0], {
      skipReadOnly: usage === 'request',
      skipWriteOnly: usage === 'response',
      maxSampleDepth: 8,
      quiet: true,
    })) as JsonValue | undefined;
    return value === undefined ? null : value;
  } catch {
    return null;
  }
}

const schemaLists = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);
const schemaKeys = new Set(['items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);
const maxDepth = 12;
/** Schemas shared by many others expand into large trees; past this many nodes the sample stops growing. */
const maxNodes = 2000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a schema would contain itself: what the sample leaves out. */
const cut: Record<string, unknown> = {};

/**
 * The dereferenced schema as a finite tree for openapi-sampler, which on shared objects would not
 * notice a cycle that runs through `oneOf` or `allOf`. Where a schema would contain itself, the
 * sample stops: an optional property or map value is left out, an array stays empty, and what
 * must be there becomes `{}`. A property no value can satisfy is left out the same way.
 */
function finiteTree(root: SchemaObject): unknown {
  const visit = (input: unknown, path: object[]): unknown => {
    if (!isRecord(input)) return input;
    // merged here, by the same rules as the tables, so that contradictions are left out too
    const value = mergeAllOf(input) as Record<string, unknown>;
    if (path.includes(value) || path.length > maxDepth || isNever(value) || ++visited > maxNodes) return cut;
    const inner = [...path, value];
    const required = new Set(Array.isArray(value.required) ? value.required : []);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === 'properties' && isRecord(child)) {
        const properties: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(child)) {
          const copy = visit(property, inner);
          if (!stops(copy)) setOwn(properties, standIn(name) as string, copy);
          else if (required.has(name)) setOwn(properties, standIn(name) as string, copy === cut ? {} : copy);
        }
        out[key] = properties;
      } else if (key === 'required' && Array.isArray(child)) {
        out[key] = child.map(standIn);
      } else if (key === 'additionalProperties' && isRecord(child)) {
        const copy = visit(child, inner);
        if (!stops(copy)) out[key] = copy;
      } else if (schemaLists.has(key) && Array.isArray(child)) {
        const copies = child.map((item) => visit(item, inner));
        const kept = copies.filter((copy) => copy !== cut);
        // an alternative that leads back to itself is not the one to sample
        out[key] = key !== 'allOf' && kept.length > 0 ? kept : copies.map((copy) => (copy === cut ? {} : copy));
      } else if (key === 'items' && isRecord(child)) {
        const copy = visit(child, inner);
        if (stops(copy)) {
          out.maxItems = 0;
          out.minItems = 0;
          emptied.add(out);
        }
        out[key] = copy === cut ? {} : copy;
      } else if (schemaKeys.has(key)) {
        const copy = visit(child, inner);
        out[key] = copy === cut ? {} : copy;
      } else setOwn(out, key, child); // a value (example, enum, default) or an annotation
    }
    tagVariants(value as SchemaObject, out);
    // a date's length is its format's; openapi-sampler warns on the console about any other
    if (out.format === 'date-time' || out.format === 'date') {
      delete out.minLength;
      delete out.maxLength;
    }
    return out;
  };
  let visited = 0;
  const emptied = new WeakSet<object>();
  /** Each alternative's copy carries its discriminator value, so the sample says `"petType": "cat"`. */
  const tagVariants = (schema: SchemaObject, copy: Record<string, unknown>) => {
    const property = schema.discriminator?.propertyName;
    const list = schema.oneOf ? 'oneOf' : schema.anyOf ? 'anyOf' : undefined;
    const copies = list && copy[list];
    if (!property || !list || !Array.isArray(copies)) return;
    schema[list]?.forEach((variant, index) => {
      const variantCopy = copies[index];
      const properties = isRecord(variantCopy) ? variantCopy.properties : undefined;
      const value = discriminatorValue(schema, variant);
      if (value !== undefined && isRecord(properties) && isRecord(properties[property])) {
        properties[property] = { ...properties[property], example: value };
      }
    });
  };
  const stops = (copy: unknown) => copy === cut || (isRecord(copy) && emptied.has(copy));
  const tree = visit(root, []);
  return tree === cut ? {} : tree;
}
