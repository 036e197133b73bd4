import { escapePointer, resolvePointer } from './json-pointer';
import type { HttpMethod, OpenAPIDocument } from './types';

/**
 * The part of the document that one operation needs: its path item with only that method, and
 * everything it references, transitively, at the same JSON pointers as in the whole document (a
 * `$ref` into a component, into a schema's property or into another path all stay valid). What
 * a page hands to the browser, so that a page's size does not grow with the number of operations.
 * Each referenced location is visited once, so recursive schemas and `$ref` cycles end.
 */
export function sliceDocument(raw: OpenAPIDocument, path: string, method: HttpMethod): OpenAPIDocument {
  const written = raw.paths[path] as (OpenAPIDocument['paths'][string] & { $ref?: string }) | undefined;
  // a path item may itself be a `$ref`: the slice holds its target under this path
  const item = typeof written?.$ref === 'string' ? (resolvePointer(raw, written.$ref) as typeof written) : written;
  const operation = item?.[method];
  if (!item || !operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  const { parameters, summary, description, servers } = item as typeof item & { servers?: unknown };

  const pathItem: Record<string, unknown> = {
    ...(parameters && { parameters }),
    ...(summary && { summary }),
    ...(description && { description }),
    ...(servers !== undefined && { servers }),
    [method]: operation,
  };
  const paths = { [path]: pathItem };
  const out: OpenAPIDocument = {
    openapi: raw.openapi,
    info: raw.info,
    ...(raw.servers && { servers: raw.servers }),
    ...(raw.security && { security: raw.security }),
    paths: paths as OpenAPIDocument['paths'],
  };
  const own = new WeakSet<object>([out, paths, pathItem]);

  const queue: unknown[] = [parameters, operation];
  const seenRefs = new Set<string>();
  const seenValues = new WeakSet<object>();
  const include = (ref: string) => {
    if (seenRefs.has(ref) || !ref.startsWith('#/')) return;
    seenRefs.add(ref);
    const target = resolvePointer(raw, ref);
    if (target === undefined) return;
    place(out as unknown as Record<string, unknown>, own, ref, target);
    queue.push(target);
  };
  // security schemes are named by requirements, not by `$ref`
  for (const requirement of operation.security ?? raw.security ?? []) {
    for (const name of Object.keys(requirement)) include(`#/components/securitySchemes/${escapePointer(name)}`);
  }
  while (queue.length > 0) {
    const value = queue.pop();
    if (typeof value !== 'object' || value === null || seenValues.has(value)) continue;
    seenValues.add(value);
    if (Array.isArray(value)) {
      queue.push(...value);
      continue;
    }
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') include(ref);
    queue.push(...Object.values(value));
  }
  return out;
}

/**
 * Puts `value` at `pointer` in the slice. Objects the slice made are filled in; an object taken
 * whole from the document (the operation, `info`) already holds everything below it.
 */
function place(root: Record<string, unknown>, own: WeakSet<object>, pointer: string, value: unknown) {
  const segments = pointer
    .slice(2)
    .split('/')
    .map((segment) => decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~'));
  let current = root;
  for (const [index, segment] of segments.entries()) {
    if (index === segments.length - 1) {
      if (!Object.hasOwn(current, segment)) current[segment] = value;
      return;
    }
    let next = Object.hasOwn(current, segment) ? current[segment] : undefined;
    if (typeof next !== 'object' || next === null) {
      next = {};
      own.add(next as object);
      current[segment] = next;
    } else if (!own.has(next)) {
      return;
    }
    current = next as Record<string, unknown>;
  }
}
