import type { MediaAdapter } from 'fumadocs-openapi';
import { followRef } from '../openapi/refs';
import { httpMethods, type OpenAPIDocument } from '../openapi/types';
import { isBinaryMediaType } from './file-parts';

/**
 * The chosen file, as it is: fumadocs sends the adapter's value as the body. Anything else (an
 * example's placeholder string, `{}`) is no file and goes out as no body, never as `[object Object]`.
 */
const fileAdapter: MediaAdapter = {
  encode: ({ body }) => (typeof Blob !== 'undefined' && body instanceof Blob ? body : undefined) as never,
  generateExample: () => undefined,
};

/**
 * Adapters for the binary request bodies of `document` (`application/octet-stream`,
 * `application/pdf`, `image/*`, …), for `createOpenAPIPage({ mediaAdapters })`: fumadocs 11.4 has
 * one for `application/octet-stream` alone, and refuses to draw an operation whose body has a
 * media type without one.
 */
export function fileBodyAdapters(document: OpenAPIDocument): Record<string, MediaAdapter> {
  const adapters: Record<string, MediaAdapter> = {};
  for (const written of Object.values(document.paths ?? {})) {
    const item = followRef(document, written).value as Record<string, unknown> | undefined;
    for (const method of httpMethods) {
      const operation = item?.[method] as { requestBody?: unknown } | undefined;
      const body = operation?.requestBody ? (followRef(document, operation.requestBody).value as { content?: Record<string, unknown> }) : undefined;
      for (const mediaType of Object.keys(body?.content ?? {})) {
        const type = mediaType.split(';', 1)[0].trim().toLowerCase();
        if (isBinaryMediaType(type)) adapters[type] = fileAdapter;
      }
    }
  }
  return adapters;
}
