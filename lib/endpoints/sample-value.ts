import { sample } from 'openapi-sampler';
import type { JsonValue, SchemaObject } from '../openapi/types';
import type { SchemaUsage } from './schema-fields';
import { schemaName } from './schema-names';

/**
 * A value for a schema, made by openapi-sampler: the document's own `example`, then `const`,
 * `examples`, `enum` and `default`, else a value made up from the type and format. Request samples
 * leave out `readOnly` properties and response samples `writeOnly` ones.
 */
export function sampleValue(schema: SchemaObject, usage?: SchemaUsage): JsonValue {
  const { root, definitions } = withReferences(schema);
  try {
    const value = sample(root as Parameters<typeof sample>[0], {
      skipReadOnly: usage === 'request',
      skipWriteOnly: usage === 'response',
      maxSampleDepth: 8,
      quiet: true,
    }, { definitions }) as JsonValue | undefined;
    return value === undefined ? null : value;
  } catch {
    return null;
  }
}

const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const schemaLists = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);
const schemaKeys = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The dereferenced schema as a tree again: every named schema (and any object met twice on one
 * path) becomes a `$ref` to `#/definitions/<n>`. openapi-sampler stops at a `$ref` it is already
 * inside, which is how it bounds recursion; on shared objects alone it would not notice a cycle
 * that runs through `oneOf` or `allOf`.
 */
function withReferences(schema: SchemaObject): { root: unknown; definitions: Record<string, unknown> } {
  const definitions: Record<string, unknown> = {};
  const ids = new Map<object, string>();

  const reference = (target: object): { $ref: string } => {
    let id = ids.get(target);
    if (id === undefined) {
      id = String(ids.size);
      ids.set(target, id);
      definitions[id] = {};
      definitions[id] = copy(target, [target]);
    }
    return { $ref: `#/definitions/${id}` };
  };

  const copy = (schema: object, path: object[]): unknown => {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(schema)) {
      if (schemaMaps.has(key) && isRecord(child)) {
        out[key] = Object.fromEntries(Object.entries(child).map(([name, value]) => [name, visit(value, path)]));
      } else if (schemaLists.has(key) && Array.isArray(child)) out[key] = child.map((value) => visit(value, path));
      else if (schemaKeys.has(key)) out[key] = visit(child, path);
      else out[key] = child; // a value (example, enum, default) or an annotation
    }
    return out;
  };

  const visit = (value: unknown, path: object[]): unknown => {
    if (!isRecord(value)) return value;
    if (schemaName(value as SchemaObject) !== undefined || path.includes(value)) return reference(value);
    return copy(value, [...path, value]);
  };

  return { root: copy(schema, [schema]), definitions };
}
