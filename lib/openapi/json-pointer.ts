import type { MediaTypeObject } from './types';

/**
 * One segment of a JSON pointer in URI fragment form: `/api/v1/x` → `~1api~1v1~1x`. A `%` is
 * written `%25`, since the fragment is percent-decoded when read (`pointerSegments`, Ajv): a
 * webhook named `%` or `%41` is itself, not a malformed escape or `A`.
 */
export function escapePointer(segment: string): string {
  return segment.replaceAll('%', '%25').replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A JSON pointer in URI fragment form from its segments: `['a', 'b/c']` → `#/a/b~1c`; `[]` → `#`. */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.length === 0 ? '#' : `#/${segments.map((segment) => escapePointer(String(segment))).join('/')}`;
}

/** The JSON media type of a `content` map (the first `…json` one), as the pages and validators read it. */
export function jsonMediaType(content: Record<string, MediaTypeObject> | undefined): string | undefined {
  if (!content) return undefined;
  const types = Object.keys(content);
  return types.find((type) => /[/+]json\b/.test(type)) ?? types[0];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first segment of a pointer in URI fragment form whose percent-escapes do not decode (`%E0%A4%A`,
 * `%zz`), or `undefined` when every one does.
 */
export function malformedPointerEscape(pointer: string): string | undefined {
  for (const segment of pointer.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}

/** The segments of a JSON pointer in URI fragment form: `#/a/b~1c` → `['a', 'b/c']`; `#` → `[]`. */
export function pointerSegments(pointer: string): string[] {
  const path = pointer.replace(/^#\/?/, '');
  if (path === '' && !pointer.startsWith('#/')) return [];
  return path.split('/').map((segment) => decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * A JSON pointer (`#/a/b~1c`) evaluated against the document, or `undefined` when nothing is
 * there. It does not follow `$ref`s on the way: see `refs.ts` for that.
 */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/') || malformedPointerEscape(ref) !== undefined) return undefined;
  let current: unknown = root;
  for (const key of pointerSegments(ref)) {
    if (Array.isArray(current)) current = (current as unknown[])[Number(key)];
    else if (isRecord(current) && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}
