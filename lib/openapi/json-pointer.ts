import type { MediaTypeObject } from './types';

/** One segment of a JSON pointer: `/api/v1/x` → `~1api~1v1~1x`. */
export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
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

/** A JSON pointer (`#/a/b~1c`) resolved against the document, or `undefined` when it dangles. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let current: unknown = root;
  for (const encoded of ref.slice(2).split('/')) {
    const key = decodeURIComponent(encoded).replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) current = (current as unknown[])[Number(key)];
    else if (isRecord(current) && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}
