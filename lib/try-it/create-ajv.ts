import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { OpenAPIDocument } from '../openapi/types';

/** The document's id inside Ajv: schemas are referenced as `doc#/paths/…`. */
export const documentId = 'doc';

/** The formats Ajv checks (ajv-formats' full set): every other `format` is a note, not a check. */
const knownFormats: ReadonlySet<string> = (() => {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  return new Set(Object.keys(ajv.formats));
})();

/** Keys whose values are data, not schemas (an example `{ format: "pdf" }` names no format)... */
const dataKeys = new Set(['example', 'examples', 'default', 'enum', 'const']);
/** ...unless they are names in a map of schemas (a property called `example`). */
const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas']);

export interface UnknownFormat {
  format: string;
  /** The path of the first schema that names it, from the document's root. */
  at: (string | number)[];
}

/**
 * The `format`s that the document's schemas name and Ajv does not know (`"integer"`, `"##### or
 * #####-####"`), each once with where it first appears. OpenAPI leaves `format` open: such a
 * format is annotation, and values are not checked against it. Found without recursion.
 */
export function unknownFormats(document: unknown): UnknownFormat[] {
  const found = new Map<string, UnknownFormat>();
  const seen = new WeakSet<object>();
  const stack: { value: unknown; at: (string | number)[] }[] = [{ value: document, at: [] }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    const inSchemaMap = schemaMaps.has(String(at[at.length - 1]));
    for (const [key, child] of entries) {
      // data, and extensions (`x-origin: [{ format: openapi }]`), outside a map of schemas
      if (typeof key === 'string' && !inSchemaMap && (dataKeys.has(key) || key.startsWith('x-'))) continue;
      if (key === 'format' && typeof child === 'string' && !knownFormats.has(child) && !found.has(child)) found.set(child, { format: child, at });
      else stack.push({ value: child, at: [...at, key] });
    }
  }
  return [...found.values()].sort((a, b) => a.format.localeCompare(b.format));
}

/**
 * Ajv for OpenAPI 3.1 schemas (JSON Schema 2020-12 with formats). OpenAPI's own keywords
 * (`example`, `x-…`) are not JSON Schema, hence `strict: false`. A property counts only when the
 * value has it itself (`ownProperties`): else every object would have a required `__proto__` or
 * `constructor`, inherited from Object. A format Ajv does not know is registered as one that every
 * value meets: it is ignored, in the compiled validators too, and `check:openapi` notes it once
 * (see {@link unknownFormats}) instead of Ajv warning on each use.
 */
export function createAjv(document: OpenAPIDocument, options: { code?: { source: boolean; esm: boolean } } = {}) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, ownProperties: true, ...options });
  addFormats(ajv);
  for (const { format } of unknownFormats(document)) ajv.addFormat(format, true);
  ajv.addSchema(document as object, documentId);
  return ajv;
}
