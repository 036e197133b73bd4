import type { JsonValue, SchemaObject } from '../openapi/types';
import { mergeAllOf } from './schema-text';

const byFormat: Record<string, string> = {
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  'date-time': '2024-05-01T09:30:00Z',
  date: '2024-05-01',
  email: 'player@example.com',
  uri: 'https://example.com',
};

/**
 * A value for a schema, taken from the document where it has one (example, examples, default,
 * enum) and made up from the type otherwise, so that every sample stays valid against its schema.
 */
export function sampleValue(input: SchemaObject, depth = 0): JsonValue {
  const schema = mergeAllOf(input);
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return sampleValue(variants[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (depth > 6) return null;
  switch (type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined)) {
    case 'string':
      return (schema.format && byFormat[schema.format]) || 'string';
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return true;
    case 'array':
      return schema.items ? [sampleValue(schema.items, depth + 1)] : [];
    case 'object': {
      const out: Record<string, JsonValue> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        out[key] = sampleValue(property, depth + 1);
      }
      return out;
    }
    default:
      return null;
  }
}
