import { loadDocument, type LoadedDocument } from '../openapi/load-document';
import { buildApiModel } from './build-api-model';
import type { ApiModel } from './endpoint';

let built: { document: LoadedDocument; model: ApiModel } | undefined;

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
export { apiBasePath, buildApiModel } from './build-api-model';
