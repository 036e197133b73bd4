import type { OpenAPIDocument } from '../openapi/types';
import type { ApiModel, Endpoint, EventOperation } from './endpoint';

// A page or a Markdown twin is given one operation, not its model; the model's document
// (`ApiModel.document`) is found from the operation here. TypeScript definitions are generated
// from the document as written, `$ref`s and all.
const documents = new WeakMap<Endpoint | EventOperation, OpenAPIDocument>();

/** Notes, for each of a model's operations, the document it was built from (`ApiModel.document`). */
export function rememberWrittenDocument(model: ApiModel): ApiModel {
  for (const operation of [...model.endpoints, ...model.webhooks, ...model.callbacks]) documents.set(operation, model.document);
  return model;
}

/** The document, as written, that an endpoint, webhook or callback was built from. */
export function writtenDocument(operation: Endpoint | EventOperation): OpenAPIDocument {
  const raw = documents.get(operation);
  if (!raw) {
    throw new Error(`${'key' in operation ? operation.key : operation.slug} was not built by buildApiModel, which keeps its document`);
  }
  return raw;
}
