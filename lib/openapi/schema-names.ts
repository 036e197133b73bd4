import type { OpenAPIDocument, SchemaObject } from './types';

/**
 * The name of every schema object that the document refers to by `$ref`, keyed by the
 * dereferenced object itself: dereferencing shares one object per reference target, so identity
 * is enough to say `array<Node>` instead of expanding `Node` again.
 */
const names = new WeakMap<object, string>();
const registered = new WeakSet<object>();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `#/components/schemas/Node` → `Node` (the last segment of the pointer, unescaped). */
export function refName(ref: string): string | undefined {
  const last = ref.split('/').pop();
  if (!last || last === '#') return undefined;
  try {
    return decodeURIComponent(last).replaceAll('~1', '/').replaceAll('~0', '~');
  } catch {
    return last;
  }
}

/**
 * Records the names of a document's schemas. The components are named where they are declared,
 * and every `$ref` of the document as written names the object that replaced it in the
 * dereferenced document: a dereferencer may copy a component (once where it is declared, once
 * for its references, or with a `$ref`'s sibling keywords), and walking both documents side by
 * side finds every copy.
 */
export function registerSchemaNames(raw: OpenAPIDocument, dereferenced: OpenAPIDocument): void {
  if (registered.has(dereferenced)) return;
  registered.add(dereferenced);
  for (const [name, schema] of Object.entries(dereferenced.components?.schemas ?? {})) nameOnce(schema, name);
  const seen = new WeakSet<object>();
  const walk = (written: unknown, resolved: unknown) => {
    if (typeof written !== 'object' || written === null || typeof resolved !== 'object' || resolved === null) return;
    if (seen.has(written)) return;
    seen.add(written);
    if (Array.isArray(written)) {
      if (Array.isArray(resolved)) written.forEach((item, index) => walk(item, resolved[index]));
      return;
    }
    if (!isObject(written) || !isObject(resolved)) return;
    if (typeof written.$ref === 'string') {
      const name = refName(written.$ref);
      if (name) nameOnce(resolved, name);
      // the target is walked where it is declared
      return;
    }
    for (const key of Object.keys(written)) walk(written[key], resolved[key]);
  };
  walk(raw, dereferenced);
}

function nameOnce(schema: unknown, name: string) {
  if (isObject(schema) && !names.has(schema)) names.set(schema, name);
}

export function schemaName(schema: SchemaObject | undefined): string | undefined {
  return schema ? names.get(schema) : undefined;
}

/** Gives a schema derived from a named one (its `allOf` merged, say) the same name. */
export function inheritName(derived: SchemaObject, from: SchemaObject): void {
  const name = names.get(from);
  if (name !== undefined && derived !== from) nameOnce(derived, name);
}
