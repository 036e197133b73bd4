import type { JsonValue, SchemaObject } from './types';

/**
 * How a body is written on the wire, which decides what the page can show of it: a TypeScript
 * type and a JSON example only make sense for JSON; form fields for forms; bytes are only named.
 */
export type MediaKind = 'json' | 'form' | 'multipart' | 'text' | 'binary';

export function mediaKind(contentType: string, schema: SchemaObject | undefined): MediaKind {
  const type = contentType.toLowerCase().split(';')[0].trim();
  if (/[/+]json$/.test(type) || (type === '*/*' && isStructured(schema))) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('multipart/')) return 'multipart';
  if (isBinarySchema(schema)) return 'binary';
  if (type.startsWith('text/') || /[/+]xml$/.test(type) || type === 'application/yaml' || type === 'application/x-yaml')
    return 'text';
  return 'binary';
}

function isStructured(schema: SchemaObject | undefined): boolean {
  return !!schema && (schema.type === 'object' || schema.type === 'array' || !!schema.properties);
}

/** `format: binary` (3.0), `contentMediaType`/`contentEncoding` (3.1): a file, not a text. */
export function isBinarySchema(schema: SchemaObject | undefined): boolean {
  if (!schema) return false;
  const extra = schema as SchemaObject & { contentMediaType?: string; contentEncoding?: string };
  return schema.format === 'binary' || schema.format === 'base64' || extra.contentEncoding !== undefined || extra.contentMediaType !== undefined;
}

/**
 * A form's fields as they are sent, in order: an array is its items under one name, an object
 * JSON text; `undefined` leaves a field out. The parts of a multipart body read the same way.
 */
export function formPairs(value: JsonValue | undefined): [name: string, value: string][] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const pairs: [string, string][] = [];
  for (const [key, item] of Object.entries(value)) {
    for (const one of Array.isArray(item) ? item : [item]) {
      if (one !== undefined) pairs.push([key, typeof one === 'object' && one !== null ? JSON.stringify(one) : String(one)]);
    }
  }
  return pairs;
}

/** A form example as it is sent: `name=Ada&tags=a&tags=b`. */
export function urlEncoded(value: JsonValue | undefined): string | undefined {
  const pairs = formPairs(value);
  return pairs && new URLSearchParams(pairs).toString();
}
