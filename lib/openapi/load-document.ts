import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import { resolvePointer } from './json-pointer';
import { SpecError } from './spec-error';
import { httpMethods, type OpenAPIDocument, type OperationObject } from './types';

export interface LoadedDocument {
  /** Path of the document relative to the project root, as shown in errors. */
  file: string;
  /** The document as written, `$ref`s kept: what `/openapi.json` serves and Prism reads. */
  raw: OpenAPIDocument;
  /** The same document with every local `$ref` replaced by its target. */
  dereferenced: OpenAPIDocument;
}

type PathSegment = string | number;

/** The project's OpenAPI document; `WINGFIELD_OPENAPI` points elsewhere (tests, synthetic documents). */
export function defaultDocumentPath(): string {
  return process.env.WINGFIELD_OPENAPI ?? 'openapi/wingfield-partner-api.yaml';
}

/**
 * Loaded documents by absolute path. A production server reads its document once: the pages were
 * built from it. Elsewhere (`next dev`, tests, scripts) an entry holds only while the file keeps
 * the size and modification time it was read at, so that an edit shows on the next reload.
 */
const cache = new Map<string, { version: string; loaded: LoadedDocument }>();
const followsEdits = process.env.NODE_ENV !== 'production';

function fileVersion(absolute: string): string {
  if (!followsEdits) return '';
  try {
    const stats = statSync(absolute);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * Reads, validates and dereferences an OpenAPI document. Everything the site renders comes from
 * here; a document that cannot be rendered throws a {@link SpecError} naming the file and line.
 */
export { resolvePointer };

export function loadDocument(file: string = defaultDocumentPath()): LoadedDocument {
  const absolute = path.resolve(/*turbopackIgnore: true*/ file);
  const version = fileVersion(absolute);
  const cached = cache.get(absolute);
  if (cached?.version === version) return cached.loaded;
  const display = path.relative(process.cwd(), absolute) || file;

  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new SpecError(display, `cannot read the OpenAPI document (${(error as Error).message})`);
  }

  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const counter = (offset: number) => lineCounter.linePos(offset).line;
  if (yaml.errors.length > 0) {
    const first = yaml.errors[0];
    const line = counter(first.pos[0]);
    throw new SpecError(display, `invalid YAML: ${first.message.split('\n')[0]}`, line);
  }

  const lineOf = (segments: PathSegment[]): number | undefined => lineOfNode(yaml, lineCounter, segments);
  const raw = yaml.toJS({ maxAliasCount: 100 }) as unknown;
  validateShape(raw, display, lineOf);
  const document = raw as OpenAPIDocument;
  validateRefs(document, display, lineOf);
  validateOperations(document, display, lineOf);

  const loaded: LoadedDocument = { file: display, raw: document, dereferenced: dereference(document) };
  cache.set(absolute, { version, loaded });
  return loaded;
}

/** The line of the key that holds `segments` (or of the nearest ancestor that exists). */
function lineOfNode(yaml: YamlDocument, counter: LineCounter, segments: PathSegment[]): number | undefined {
  for (let depth = segments.length; depth > 0; depth--) {
    const parent = depth === 1 ? yaml.contents : yaml.getIn(segments.slice(0, depth - 1), true);
    if (!isMap(parent) && !isSeq(parent)) continue;
    const key = segments[depth - 1];
    const item = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.key
      : parent.items[Number(key)];
    const range = (item as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateShape(raw: unknown, file: string, lineOf: (s: PathSegment[]) => number | undefined) {
  if (!isObject(raw)) throw new SpecError(file, 'the document is not a YAML mapping', 1);
  if (typeof raw.openapi !== 'string' || !raw.openapi.startsWith('3.')) {
    throw new SpecError(file, '`openapi` must name an OpenAPI 3.x version', lineOf(['openapi']) ?? 1);
  }
  if (!isObject(raw.info) || typeof raw.info.title !== 'string') {
    throw new SpecError(file, '`info.title` is missing', lineOf(['info']) ?? 1);
  }
  if (!isObject(raw.paths)) throw new SpecError(file, '`paths` is missing or not a mapping', lineOf(['paths']) ?? 1);
}

function validateRefs(document: OpenAPIDocument, file: string, lineOf: (s: PathSegment[]) => number | undefined) {
  const visit = (value: unknown, at: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...at, index]));
      return;
    }
    if (!isObject(value)) return;
    if (typeof value.$ref === 'string') {
      const ref = value.$ref;
      if (!ref.startsWith('#')) {
        throw new SpecError(file, `external $ref "${ref}" is not supported; keep the document in one file`, lineOf([...at, '$ref']));
      }
      if (resolvePointer(document, ref) === undefined) {
        throw new SpecError(file, `dangling $ref "${ref}": nothing exists at that location (at ${formatPath(at)})`, lineOf([...at, '$ref']));
      }
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...at, key]);
  };
  visit(document, []);
}

function formatPath(segments: PathSegment[]): string {
  return segments.map((segment) => String(segment)).join(' > ');
}

function validateOperations(document: OpenAPIDocument, file: string, lineOf: (s: PathSegment[]) => number | undefined) {
  const seen = new Map<string, string>();
  const tags = new Set((document.tags ?? []).map((tag) => tag.name));
  for (const [route, item] of Object.entries(document.paths)) {
    if (!isObject(item)) throw new SpecError(file, `path "${route}" is not a mapping`, lineOf(['paths', route]));
    for (const method of httpMethods) {
      const value: unknown = item[method];
      if (value === undefined) continue;
      const where = `${method.toUpperCase()} ${route}`;
      const at = ['paths', route, method];
      if (!isObject(value)) throw new SpecError(file, `${where} is not a mapping`, lineOf(at));
      const operation = value as OperationObject;
      const id = operation.operationId;
      if (typeof id !== 'string' || id.length === 0) {
        throw new SpecError(file, `${where} has no operationId; every operation needs one, it names the page`, lineOf(at));
      }
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) {
        throw new SpecError(file, `operationId "${id}" of ${where} must be letters, digits, "-" or "_"`, lineOf([...at, 'operationId']));
      }
      const previous = seen.get(id);
      if (previous) throw new SpecError(file, `operationId "${id}" of ${where} is already used by ${previous}`, lineOf([...at, 'operationId']));
      seen.set(id, where);
      const tag = operation.tags?.[0];
      if (typeof tag !== 'string') throw new SpecError(file, `${where} has no tag; the first tag picks its group`, lineOf(at));
      if (!tags.has(tag)) {
        throw new SpecError(file, `${where} is tagged "${tag}", which is not declared under \`tags\``, lineOf([...at, 'tags']));
      }
      if (!isObject(operation.responses) || Object.keys(operation.responses as object).length === 0) {
        throw new SpecError(file, `${where} has no responses`, lineOf(at));
      }
    }
  }
  if (seen.size === 0) throw new SpecError(file, 'the document has no operations', lineOf(['paths']));
}

/** Replaces every `$ref` by its target; siblings of a `$ref` (3.1 `description`) override the target's. */
function dereference(document: OpenAPIDocument): OpenAPIDocument {
  const resolved = new Map<string, unknown>();

  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    if (typeof value.$ref === 'string') {
      const { $ref, ...siblings } = value;
      const target = resolveRef($ref);
      return Object.keys(siblings).length > 0 && isObject(target) ? { ...target, ...siblings } : target;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = walk(child);
    return out;
  };

  const resolveRef = (ref: string): unknown => {
    if (resolved.has(ref)) return resolved.get(ref);
    const target = resolvePointer(document, ref);
    if (isObject(target) && typeof target.$ref !== 'string') {
      // registered before its children are walked, so that a recursive schema ends in a cycle of
      // shared objects instead of an endless copy
      const out: Record<string, unknown> = {};
      resolved.set(ref, out);
      for (const [key, child] of Object.entries(target)) out[key] = walk(child);
      return out;
    }
    const out = walk(target);
    resolved.set(ref, out);
    return out;
  };

  return walk(document) as OpenAPIDocument;
}
