import { refOf, resolveRef, type PathSegment } from './refs';
import { pointerSegments } from './json-pointer';

/**
 * How deep a document nests, measured without recursion, so that the loader can refuse a
 * document before anything recursive reads it. The walks after the loader (the dereferenced copy,
 * the model's schema walkers, samples, TypeScript definitions, Ajv's compiled validators) recurse
 * once or a few times per level; bounding the levels once here bounds them all.
 *
 * Two depths are measured:
 * - as written: objects and arrays inside each other, `$ref`s not followed (an example value
 *   nested 20,000 arrays deep);
 * - through references: the same, with each `$ref` leading on into its target, as a walk that
 *   follows references goes (a chain of schemas, each the only property of the one before). A
 *   reference back into a schema the walk is inside ends there, as every walker ends it.
 */
export const nestingLimits = {
  /**
   * GitHub's description nests 20 levels as written, the 2,639 documents of APIs.guru at most
   * 33; openapi-core's YAML parser stops at 100 (a value at 99 levels), and a document it cannot
   * read would go unchecked.
   */
  written: 90,
  /** GitHub's description nests 33 levels through references, APIs.guru's documents at most 185. */
  references: 1024,
};

export interface NestingProblem {
  /** Where the value that goes too deep is written (the path from the document's root). */
  at: PathSegment[];
  limit: number;
  throughReferences: boolean;
  /** The value contains itself (a YAML alias inside its own anchor): it has no depth at all. */
  endless?: boolean;
}

type Node = object;

function childrenOf(node: Node, followRefs: boolean, document: unknown): { key: PathSegment | null; value: unknown }[] {
  const children: { key: PathSegment | null; value: unknown }[] = Array.isArray(node)
    ? node.map((value, index) => ({ key: index, value }))
    : Object.entries(node).map(([key, value]) => ({ key, value }));
  if (followRefs) {
    const ref = refOf(node);
    // `key: null` marks the step into a reference's target
    if (ref !== undefined && ref.startsWith('#/')) children.push({ key: null, value: resolveRef(document, ref) });
  }
  return children;
}

/**
 * The height of every object and array under `root` (a leaf is 0), by an explicit stack: each
 * object is measured once, and an object met again while it is still being measured (a cycle of
 * references, or a YAML alias inside its own anchor) counts as a leaf there; the path to the
 * first such object is kept.
 */
function heights(root: unknown, followRefs: boolean, document: unknown): { measured: Map<Node, number>; cycle?: PathSegment[] } {
  const done = new Map<Node, number>();
  const open = new Set<Node>();
  let cycle: PathSegment[] | undefined;
  if (typeof root !== 'object' || root === null) return { measured: done };
  const stack: { node: Node; children: { key: PathSegment | null; value: unknown }[]; next: number; height: number; key: PathSegment | null }[] = [];
  const enter = (node: Node, key: PathSegment | null) => {
    open.add(node);
    stack.push({ node, children: childrenOf(node, followRefs, document), next: 0, height: 0, key });
  };
  enter(root, null);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      const { key, value: child } = frame.children[frame.next++];
      if (typeof child !== 'object' || child === null) continue;
      if (open.has(child)) {
        cycle ??= [...stack.slice(1).map((entry) => entry.key), key].filter((segment): segment is PathSegment => segment !== null);
        continue;
      }
      const measured = done.get(child);
      if (measured !== undefined) frame.height = Math.max(frame.height, measured + 1);
      else enter(child, key);
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    done.set(frame.node, frame.height);
    const parent = stack[stack.length - 1];
    if (parent) parent.height = Math.max(parent.height, frame.height + 1);
  }
  return { measured: done, cycle };
}

/** Follows the deepest branch from `root` down to the first value below `limit` levels. */
function deepestPath(root: Node, measured: Map<Node, number>, limit: number, followRefs: boolean, document: unknown): PathSegment[] {
  let at: PathSegment[] = [];
  let node: Node = root;
  const onPath = new Set<Node>([root]);
  for (let depth = 0; depth < limit; depth++) {
    let best: { key: PathSegment | null; value: Node } | undefined;
    for (const child of childrenOf(node, followRefs, document)) {
      if (typeof child.value !== 'object' || child.value === null || onPath.has(child.value)) continue;
      if (!best || (measured.get(child.value) ?? 0) > (measured.get(best.value) ?? 0)) best = { key: child.key, value: child.value };
    }
    if (!best) break;
    at = best.key === null ? pointerSegments(refOf(node)!) : [...at, best.key];
    node = best.value;
    onPath.add(node);
  }
  return at;
}

/**
 * The first place where `document` nests deeper than `limit` (as written, or through its `$ref`s,
 * which must all be local and well formed), or `undefined`.
 */
export function findExcessiveNesting(
  document: unknown,
  throughReferences: boolean,
  limit = throughReferences ? nestingLimits.references : nestingLimits.written,
): NestingProblem | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const { measured, cycle } = heights(document, throughReferences, document);
  // as written, only a YAML alias inside its own anchor leads back: a value without end
  if (!throughReferences && cycle) return { at: cycle, limit, throughReferences, endless: true };
  if ((measured.get(document) ?? 0) <= limit) return undefined;
  return { at: deepestPath(document, measured, limit, throughReferences, document), limit, throughReferences };
}
