import { loadDocument, type LoadedDocument } from '../openapi/load-document';
import { buildApiModel as buildModel } from './build-api-model';
import type { ApiModel } from './endpoint';
import { rememberWrittenDocument } from './written-document';

let built: { document: LoadedDocument; model: ApiModel } | undefined;

/** The model of a loaded document; its operations know the document they came from (`writtenDocument`). */
export function buildApiModel(document: LoadedDocument): ApiModel {
  return rememberWrittenDocument(buildModel(document), document.raw);
}

/**
 * The model of the project's OpenAPI document, built again only when `loadDocument` returns a new
 * document (an edit under `next dev`); otherwise once per process.
 */
export function getApiModel(): ApiModel {
  const document = loadDocument();
  if (built?.document !== document) built = { document, model: buildApiModel(document) };
  return built.model;
}

export type * from './endpoint';
export { apiBasePath } from './build-api-model';
