import { pointerSegments, resolvePointer } from './json-pointer';
import { setOwn } from '../own-property';

/**
 * Every `$ref` of a document is followed here, and only here: the loader's checks and its
 * dereferenced copy, the model's pointers into the document as written, the slice of one
 * operation and the validators' readings all agree on what a reference leads to. References are
 * local (`#/…`): the loader refuses a document that points into another file.
 */

type Holder = Record<string, unknown>;
export type PathSegment = string | number;

function isObject(value: unknown): value is Holder {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `$ref` of a Reference Object (or of a schema), or `undefined` when the value is none. */
export function refOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

/** What a `$ref` names in the document, or `undefined` when it dangles or is not local. */
export function resolveRef(document: unknown, ref: string): unknown {
  return resolvePointer(document, ref);
}

export interface Followed {
  /** What the chain of `$ref`s ends at: `{}` (any value) for a chain that leads back into itself. */
  value: unknown;
  /** Where that value is written: the last `$ref` followed, or the pointer given; none for a loop. */
  pointer: string | undefined;
  /** In a loop, the Reference Object whose `$ref` leads back into the chain. */
  loop?: Holder;
}

/**
 * Follows `value` through `$ref`s to the first value that is not one. `pointer` is where `value`
 * itself is written, when known. A chain that comes back to a Reference Object it went through
 * means nothing: it stands for any value.
 */
export function followRef(document: unknown, value: unknown, pointer?: string): Followed {
  const chain = new Set<object>();
  let current = value;
  let at = pointer;
  for (let ref = refOf(current); ref !== undefined; ref = refOf(current)) {
    chain.add(current as Holder);
    const target = resolveRef(document, ref);
    if (isObject(target) && chain.has(target)) return { value: {}, pointer: undefined, loop: current as Holder };
    current = target;
    at = ref;
  }
  return { value: current, pointer: at };
}

/** {@link followRef} from the value written at `pointer`. */
export function followPointer(document: unknown, pointer: string): Followed {
  return followRef(document, resolvePointer(document, pointer), pointer);
}

/**
 * Calls `visit` for each Reference Object inside `root` (itself included), parents before their
 * children, without following any. Each object is visited once: a parsed YAML document with
 * aliases can share, or even contain, itself. `at` is the holder's path from `root`, valid only
 * during the call.
 */
export function eachRef(root: unknown, visit: (holder: Holder, ref: string, at: readonly PathSegment[]) => void): void {
  const seen = new WeakSet<object>();
  const at: PathSegment[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        at.push(index);
        walk(item);
        at.pop();
      });
      return;
    }
    const holder = value as Holder;
    if (typeof holder.$ref === 'string') visit(holder, holder.$ref, at);
    for (const [key, child] of Object.entries(holder)) {
      at.push(key);
      walk(child);
      at.pop();
    }
  };
  walk(root);
}

/**
 * Every location that `roots` refer to, directly or through what they refer to, with its value,
 * in the order found; `seeds` are locations to include from the start (a security scheme is
 * named by a requirement, not by a `$ref`). Each location and each value is visited once, so
 * recursive schemas and loops of `$ref`s end. Dangling and whole-document (`#`) references are
 * left out.
 */
export function collectRefs(document: unknown, roots: unknown[], seeds: string[] = []): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const seenRefs = new Set<string>();
  const seenValues = new WeakSet<object>();
  const queue: unknown[] = [...roots];
  const include = (ref: string) => {
    if (seenRefs.has(ref) || !ref.startsWith('#/')) return;
    seenRefs.add(ref);
    const target = resolveRef(document, ref);
    if (target === undefined) return;
    found.set(ref, target);
    queue.push(target);
  };
  seeds.forEach(include);
  while (queue.length > 0) {
    const value = queue.pop();
    if (typeof value !== 'object' || value === null || seenValues.has(value)) continue;
    seenValues.add(value);
    if (Array.isArray(value)) {
      queue.push(...value);
      continue;
    }
    const ref = refOf(value);
    if (ref !== undefined) include(ref);
    queue.push(...Object.values(value));
  }
  return found;
}

/** Keys of a schema, a parameter or a media type whose value is data, where `$ref` is a key like any other... */
const literalKeys = new Set(['example', 'default', 'const']);
/** ...except when they name a schema, in a map of them (a property called `example`). */
const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas']);

function isLiteral(key: string, value: unknown, holder: PathSegment | undefined): boolean {
  if (typeof holder === 'string' && schemaMaps.has(holder)) return false;
  // `enum` and a schema's `examples` are lists of values (a `$ref` for the whole list is followed,
  // as openapi-core follows it when it checks that there is a list); `value` is only an Example
  // Object's, data too
  return literalKeys.has(key) || ((key === 'enum' || key === 'examples') && Array.isArray(value)) || key === 'value';
}

/**
 * A copy of `document` with every `$ref` replaced by its target, except inside examples and
 * other values that are data (`example`, `default`, `const`, the lists of `enum` and `examples`, an Example Object's
 * `value`: a `$ref` there is part of the value, and resolving it can make the value infinite); siblings of a `$ref` (3.1
 * `description`) override the target's. A recursive schema becomes a cycle of shared objects
 * (walkers guard by identity); a `$ref` that only leads back to itself (`A: {$ref: B}`, `B:
 * {$ref: A}`) stands for any value, `{}`.
 */
export function dereference<T>(document: T): T {
  const resolved = new Map<string, unknown>();
  const resolving = new Set<string>();
  const copies = new Map<object, unknown>(); // YAML aliases: one copy per shared (maybe cyclic) node
  const inProgress = new WeakSet<object>();

  // `key` is where `value` is held, `holder` where its holder is: an example is data, not a
  // place for references
  const walkEntries = (record: Holder, out: Holder, holder: PathSegment | undefined) => {
    for (const [key, child] of Object.entries(record)) setOwn(out, key, isLiteral(key, child, holder) ? child : walk(child, key));
  };
  const walk = (value: unknown, key?: PathSegment): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const copied = copies.get(value);
    if (copied !== undefined) return copied;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      copies.set(value, out);
      value.forEach((item, index) => out.push(walk(item, index)));
      return out;
    }
    const record = value as Holder;
    if (typeof record.$ref === 'string') {
      const { $ref, ...siblings } = record;
      const target = targetOf($ref);
      // a target still being filled in (a recursive schema) is shared as it is, siblings dropped:
      // copying it now would copy half an object
      if (Object.keys(siblings).length === 0 || !isObject(target) || inProgress.has(target)) return target;
      return { ...target, ...(walk(siblings, key) as object) };
    }
    const out: Holder = {};
    copies.set(value, out);
    walkEntries(record, out, key);
    return out;
  };

  const targetOf = (ref: string): unknown => {
    if (resolved.has(ref)) return resolved.get(ref);
    if (resolving.has(ref)) return {}; // a pure cycle of `$ref`s
    const target = resolveRef(document, ref);
    if (isObject(target) && typeof target.$ref !== 'string') {
      // registered before its children are walked, so that a recursive schema ends in a cycle of
      // shared objects instead of an endless copy
      const out: Holder = {};
      resolved.set(ref, out);
      inProgress.add(out);
      walkEntries(target, out, pointerSegments(ref).at(-1));
      inProgress.delete(out);
      return out;
    }
    resolving.add(ref);
    const out = walk(target);
    resolving.delete(ref);
    resolved.set(ref, out);
    return out;
  };

  return walk(document) as T;
}
