import { getApiModel } from '../endpoints';
import { loadDocument } from '../openapi/load-document';
import { buildErrorCatalog, type ErrorTypeEntry } from './error-catalog';

let catalog: ErrorTypeEntry[] | undefined;

export function getErrorCatalog(): ErrorTypeEntry[] {
  catalog ??= buildErrorCatalog(getApiModel(), loadDocument().dereferenced);
  return catalog;
}

export * from './error-catalog';
