import { escapePointer } from '../openapi/json-pointer';
import { followRef } from '../openapi/refs';
import { httpMethods, type HttpMethod, type OpenAPIDocument, type OperationObject, type PathItemObject } from '../openapi/types';

/**
 * The identity of each operation: one URL-safe key that is its page's URL segment, its validators'
 * key, its try-it route, its search id and the base of its TypeScript type names. The key comes
 * from `operationId` when there is one (`claimOrganizationRelation` stays itself, `repos/get`
 * becomes `repos-get`), else from method and path (`GET /users/{userId}` → `get-users-userid`).
 * The `operationId` as written stays on the endpoint, for display.
 */
const maxLength = 100;

/** Letters, digits, `-` and `_`, case kept: what a URL segment, a file name and a validator key can hold. */
export function slugify(text: string, { lowerCase = false } = {}): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = (lowerCase ? ascii.toLowerCase() : ascii)
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

export function operationKeyBase(method: string, path: string, operationId: unknown): string {
  const fromId = typeof operationId === 'string' ? slugify(operationId) : '';
  return fromId || slugify(`${method} ${path}`, { lowerCase: true }) || method.toLowerCase();
}

/**
 * Names with a meaning of their own in a folder of pages (fumadocs' convention): `index` is the
 * folder's own page and `meta` its `meta.json`. An operation, error type or event of that name
 * would replace the group's page or erase its title.
 */
export const reservedPageSlugs = ['index', 'meta'];

/**
 * Makes `bases` unique, in order: the first of a kind keeps its base, later ones get `-2`, `-3`…
 * (the first free one). Compared without case, since the pages are files on disks that may ignore
 * it. `reserved` names and {@link reservedPageSlugs} are never given out. Bases marked `exact` (an `operationId` that needed no
 * change) claim their names before the others, so that `repos/get` cannot take `repos-get` from
 * an operation called exactly that.
 */
export function uniqueSlugs(bases: string[], reserved: Iterable<string> = [], exact: boolean[] = []): string[] {
  const taken = new Set([...reservedPageSlugs, ...reserved].map((name) => name.toLowerCase()));
  const out: (string | undefined)[] = bases.map(() => undefined);
  // every base that is free keeps itself before any suffix is handed out, so that `a, a, a-2`
  // gives `a, a-3, a-2` rather than letting a generated suffix take a name the document spelled out
  const claim = (base: string, index: number) => {
    if (out[index] !== undefined || taken.has(base.toLowerCase())) return;
    taken.add(base.toLowerCase());
    out[index] = base;
  };
  bases.forEach((base, index) => exact[index] && claim(base, index));
  bases.forEach(claim);
  return bases.map((base, index) => {
    if (out[index] !== undefined) return out[index];
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}

/** A TypeScript identifier from a key: `claimOrganizationRelation` → `ClaimOrganizationRelation`, `get-users-id` → `GetUsersId`. */
export function pascalIdentifier(key: string): string {
  const name = key
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

export interface ListedOperation {
  route: string;
  method: HttpMethod;
  operation: OperationObject;
  pathItem: PathItemObject;
  /** JSON pointer of the path item where it is written (a path item may be a `$ref`). */
  itemPointer: string;
  key: string;
}

/**
 * Every operation of a document, in document order (paths, then methods as listed), with its key.
 * The model reads the dereferenced document and the validators the document as written: both
 * list the same operations in the same order, hence give them the same keys.
 */
export function listOperations(document: OpenAPIDocument): ListedOperation[] {
  const found: Omit<ListedOperation, 'key'>[] = [];
  for (const [route, value] of Object.entries(document.paths ?? {})) {
    const followed = followRef(document, value, `#/paths/${escapePointer(route)}`);
    const item = followed.value as PathItemObject | undefined;
    const itemPointer = followed.pointer;
    // a loop of path item `$ref`s holds no operation
    if (!item || typeof item !== 'object' || itemPointer === undefined) continue;
    for (const method of Object.keys(item).filter(isHttpMethod)) {
      const operation = item[method];
      if (operation && typeof operation === 'object') found.push({ route, method, operation, pathItem: item, itemPointer });
    }
  }
  const bases = found.map(({ method, route, operation }) => operationKeyBase(method, route, operation.operationId));
  const keys = uniqueSlugs(bases, [], found.map(({ operation }, index) => operation.operationId === bases[index]));
  return found.map((entry, index) => ({ ...entry, key: keys[index] }));
}

function isHttpMethod(key: string): key is HttpMethod {
  return (httpMethods as readonly string[]).includes(key);
}
