import { pointerSegments } from '../openapi/json-pointer';
import { refOf, type PathSegment } from '../openapi/refs';

function child(value: unknown, key: PathSegment): unknown {
  if (Array.isArray(value)) return value[Number(key)];
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, key)) return (value as Record<string, unknown>)[String(key)];
  return undefined;
}

/**
 * Where a path through the document's `$ref`s is written (`paths/~1x/post/requestBody/…/schema/
 * properties/a` → `components/schemas/Input/properties/a`): each `$ref` met on the way is
 * followed, as the dereferenced document did. A loop of references ends the walk where it is.
 */
export function writtenPath(raw: unknown, path: readonly PathSegment[]): PathSegment[] {
  let written: PathSegment[] = [];
  let current: unknown = raw;
  for (const segment of path) {
    for (let hops = 0, ref = refOf(current); ref !== undefined && ref.startsWith('#') && hops < 64; hops++, ref = refOf(current)) {
      written = pointerSegments(ref);
      current = written.reduce<unknown>(child, raw);
    }
    written = [...written, segment];
    current = child(current, segment);
  }
  return written;
}
