import { loadDocument } from '../openapi/load-document';
import { buildApiModel } from './build-api-model';
import type { ApiModel } from './endpoint';

let model: ApiModel | undefined;

/** The model of the project's OpenAPI document, built once per process. */
export function getApiModel(): ApiModel {
  model ??= buildApiModel(loadDocument());
  return model;
}

export type * from './endpoint';
export { apiBasePath, buildApiModel } from './build-api-model';
