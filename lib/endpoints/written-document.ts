import type { OpenAPIDocument } from '../openapi/types';
import type { ApiModel, Endpoint, EventOperation } from './endpoint';

// Kept beside the model rather than in it: the document is only needed where the model leaves
// off (TypeScript definitions are generated from the document as written, `$ref`s and all).
const documents = new WeakMap<Endpoint | EventOperation, OpenAPIDocument>();

/** Notes the document, as written, that a model's operations were built from. */
export function rememberWrittenDocument(model: ApiModel, raw: OpenAPIDocument): ApiModel {
  for (const operation of [...model.endpoints, ...model.webhooks, ...model.callbacks]) documents.set(operation, raw);
  return model;
}

/** The document, as written, that an endpoint, webhook or callback was built from. */
export function writtenDocument(operation: Endpoint | EventOperation): OpenAPIDocument {
  const raw = documents.get(operation);
  if (!raw) {
    throw new Error(`${'key' in operation ? operation.key : operation.slug} was not built by buildApiModel from lib/endpoints, which keeps its document`);
  }
  return raw;
}
