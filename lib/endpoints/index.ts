import { loadDocument, type LoadedDocument } from '../openapi/load-document';
import { selectProfile } from '../profile';
import { buildApiModel } from './build-api-model';
import type { ApiModel } from './endpoint';

let built: { document: LoadedDocument; model: ApiModel } | undefined;

/**
 * The model of the project's OpenAPI document, built again only when `loadDocument` returns a new
 * document (an edit under `next dev`); otherwise once per process.
 */
export function getApiModel(): ApiModel {
  const document = loadDocument();
  if (built?.document !== document) built = { document, model: buildApiModel(document, { profile: selectProfile(document.dereferenced) }) };
  return built.model;
}

export type * from './endpoint';
export { apiBasePath, buildApiModel, type BuildApiModelOptions } from './build-api-model';
