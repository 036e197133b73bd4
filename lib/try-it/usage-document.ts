import { refOf, resolveRef } from '../openapi/refs';
import type { OpenAPIDocument } from '../openapi/types';
import type { SchemaUsage } from '../endpoints/schema-fields';
import { ownValue, setOwn } from '../own-property';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const copies = new WeakMap<OpenAPIDocument, Map<SchemaUsage, OpenAPIDocument>>();

/**
 * The document as one side of an exchange reads it: OpenAPI does not require a `readOnly`
 * property of a request nor a `writeOnly` one of a response, even when `required` lists it, and
 * JSON Schema alone does not know that. The copy drops those names from `required`.
 */
export function documentFor(raw: OpenAPIDocument, usage: SchemaUsage): OpenAPIDocument {
  let byUsage = copies.get(raw);
  if (!byUsage) copies.set(raw, (byUsage = new Map()));
  const cached = byUsage.get(usage);
  if (cached) return cached;
  const flag = usage === 'request' ? 'readOnly' : 'writeOnly';

  const flagged = (property: unknown, depth: number): boolean => {
    if (!isRecord(property) || depth > 16) return false;
    if (property[flag] === true) return true;
    // a flag beside a `$ref` counts as much as one on its target, hence one step at a time
    const ref = refOf(property);
    if (ref !== undefined) return flagged(resolveRef(raw, ref), depth + 1);
    return Array.isArray(property.allOf) && property.allOf.some((member) => flagged(member, depth + 1));
  };

  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) setOwn(out, key, copy(child));
    const properties = value.properties;
    if (Array.isArray(out.required) && isRecord(properties)) {
      out.required = out.required.filter((name) => typeof name !== 'string' || !flagged(ownValue(properties, name), 0));
    }
    return out;
  };

  const document = copy(raw) as OpenAPIDocument;
  byUsage.set(usage, document);
  return document;
}
