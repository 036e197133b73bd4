import { resolvePointer } from './load-document';
import type { HttpMethod, OpenAPIDocument } from './types';

/**
 * The part of the document that one operation needs: its path item with only that method, and
 * the components it references (transitively). What a page hands to the browser, so that a page's
 * size does not grow with the number of operations.
 */
export function sliceDocument(raw: OpenAPIDocument, path: string, method: HttpMethod): OpenAPIDocument {
  const item = raw.paths[path];
  const operation = item?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  const { parameters, summary, description } = item;

  const components: Record<string, Record<string, unknown>> = {};
  const queue: unknown[] = [parameters, operation];
  const seen = new Set<string>();
  // security schemes are named by requirements, not by $ref
  for (const requirement of operation.security ?? raw.security ?? []) {
    for (const name of Object.keys(requirement)) addComponent(`#/components/securitySchemes/${name}`);
  }

  function addComponent(ref: string) {
    if (seen.has(ref)) return;
    seen.add(ref);
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
    const target = resolvePointer(raw, ref);
    if (!match || target === undefined) return;
    (components[match[1]] ??= {})[match[2]] = target;
    queue.push(target);
  }

  while (queue.length > 0) {
    const value = queue.pop();
    if (Array.isArray(value)) queue.push(...value);
    else if (value && typeof value === 'object') {
      const ref = (value as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') addComponent(ref);
      queue.push(...Object.values(value));
    }
  }

  return {
    openapi: raw.openapi,
    info: raw.info,
    servers: raw.servers,
    security: raw.security,
    paths: { [path]: { ...(parameters && { parameters }), ...(summary && { summary }), ...(description && { description }), [method]: operation } },
    components: components as OpenAPIDocument['components'],
  };
}
