import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { OpenAPIDocument } from '../openapi/types';

/** The document's id inside Ajv: schemas are referenced as `doc#/paths/…`. */
export const documentId = 'doc';

/**
 * Ajv for OpenAPI 3.1 schemas (JSON Schema 2020-12 with formats). OpenAPI's own keywords
 * (`example`, `x-…`) are not JSON Schema, hence `strict: false`. A property counts only when the
 * value has it itself (`ownProperties`): else every object would have a required `__proto__` or
 * `constructor`, inherited from Object.
 */
export function createAjv(document: OpenAPIDocument, options: { code?: { source: boolean; esm: boolean } } = {}) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, ownProperties: true, ...options });
  addFormats(ajv);
  ajv.addSchema(document as object, documentId);
  return ajv;
}
