import type { ApiModel, Endpoint } from '../endpoints/endpoint';
import { escapePointer, pointerSegments } from './json-pointer';
import { collectRefs, followRef } from './refs';
import type { HttpMethod, OpenAPIDocument, PathItemObject } from './types';

/** {@link sliceDocument} for one endpoint of the model, from the document the model was built from. */
export function sliceOperation(model: ApiModel, endpoint: Endpoint): OpenAPIDocument {
  return sliceDocument(model.document, endpoint.path, endpoint.method.toLowerCase() as HttpMethod);
}

/**
 * The part of the document that one operation needs: its path item with only that method, and
 * everything it references, transitively, at the same JSON pointers as in the whole document (a
 * `$ref` into a component, into a schema's property or into another path all stay valid). What
 * a page hands to the browser, so that a page's size does not grow with the number of operations.
 */
export function sliceDocument(raw: OpenAPIDocument, path: string, method: HttpMethod): OpenAPIDocument {
  // a path item may itself be a `$ref`: the slice holds its target under this path
  const item = followRef(raw, raw.paths[path], `#/paths/${escapePointer(path)}`).value as PathItemObject | undefined;
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
  // security schemes are named by requirements, not by `$ref`
  const schemes = (operation.security ?? raw.security ?? []).flatMap((requirement) =>
    Object.keys(requirement).map((name) => `#/components/securitySchemes/${escapePointer(name)}`),
  );
  for (const [pointer, value] of collectRefs(raw, [parameters, operation], schemes)) {
    place(out as unknown as Record<string, unknown>, own, pointer, value);
  }
  return out;
}

/**
 * Puts `value` at `pointer` in the slice. Objects the slice made are filled in; an object taken
 * whole from the document (the operation, `info`) already holds everything below it, and takes
 * the place of one the slice made for a location below it (`…/A/properties/b` found before `…/A`).
 */
function place(root: Record<string, unknown>, own: WeakSet<object>, pointer: string, value: unknown) {
  const segments = pointerSegments(pointer);
  let current = root;
  for (const [index, segment] of segments.entries()) {
    if (index === segments.length - 1) {
      const placed = Object.hasOwn(current, segment) ? current[segment] : undefined;
      if (placed === undefined || (typeof placed === 'object' && placed !== null && own.has(placed))) current[segment] = value;
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
