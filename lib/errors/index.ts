import { getApiModel, type ApiModel } from '../endpoints';
import { buildErrorCatalog, type ErrorTypeEntry } from './error-catalog';

let built: { model: ApiModel; catalog: ErrorTypeEntry[] } | undefined;

/** The catalogue of error types, rebuilt whenever the model is (an edit under `next dev`). */
export function getErrorCatalog(): ErrorTypeEntry[] {
  const model = getApiModel();
  if (built?.model !== model) built = { model, catalog: buildErrorCatalog(model) };
  return built.catalog;
}

export * from './error-catalog';
export * from './error-type-sections';
