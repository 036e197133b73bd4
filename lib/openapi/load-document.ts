import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import { pointerSegments } from './json-pointer';
import { dereference, eachRef, followRef, resolveRef, type PathSegment } from './refs';
import { SpecError } from './spec-error';
import type { OpenAPIDocument } from './types';
import { upgradeToOpenApi31 } from './upgrade';

export interface LoadedDocument {
  /** Path of the document relative to the project root, as shown in errors. */
  file: string;
  /**
   * The document with its `$ref`s kept, brought to OpenAPI 3.1 semantics (see `upgrade.ts`; a 3.1
   * document is as written): what `/openapi.json` serves, Ajv compiles and the types come from.
   */
  raw: OpenAPIDocument;
  /** The same document with every local `$ref` replaced by its target (recursive schemas become cycles). */
  dereferenced: OpenAPIDocument;
}

interface Position {
  line: number;
  column?: number;
}

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
 * Reads, validates and dereferences an OpenAPI 3.0 or 3.1 document (YAML or JSON, in one file).
 * Everything the site renders comes from here. Only an invalid document is refused, with a
 * {@link SpecError} naming the file, line and column: YAML that does not parse, a `$ref` that
 * dangles or points to another file, or what the specification forbids (checked by
 * `@redocly/openapi-core`, see `structure-check.mjs`).
 */
export function loadDocument(file: string = defaultDocumentPath()): LoadedDocument {
  const absolute = path.resolve(/*turbopackIgnore: true*/ file);
  const version = fileVersion(absolute);
  const cached = cache.get(absolute);
  if (cached?.version === version) return cached.loaded;
  const loaded = readDocument(file);
  cache.set(absolute, { version, loaded });
  return loaded;
}

/** {@link loadDocument} without its cache: for reading many documents once (the corpus test). */
export function readDocument(file: string): LoadedDocument {
  const absolute = path.resolve(/*turbopackIgnore: true*/ file);
  const display = path.relative(process.cwd(), absolute) || file;

  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new SpecError(display, `cannot read the OpenAPI document (${(error as Error).message})`);
  }

  const { value, positionOf } = parse(text, display);
  const fail = (reason: string, at: PathSegment[]): never => {
    const position = positionOf(at);
    throw new SpecError(display, reason, position?.line, position?.column);
  };
  checkVersion(value, fail);
  const document = value as OpenAPIDocument;
  checkRefs(document, fail);
  checkStructure(absolute, display, text);

  upgradeToOpenApi31(document);
  breakRefCycles(document);
  document.paths ??= {};
  return { file: display, raw: document, dereferenced: dereference(document) };
}

/**
 * Parses YAML or JSON. A JSON document (GitHub's is 13 MB) is read with `JSON.parse`, and only
 * parsed again as YAML, for positions, when there is an error to point at.
 */
function parse(text: string, file: string): { value: unknown; positionOf: (segments: PathSegment[]) => Position | undefined } {
  let yaml: { document: YamlDocument; counter: LineCounter } | undefined;
  const parseYaml = () => {
    if (yaml) return yaml;
    const counter = new LineCounter();
    const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (document.errors.length > 0) {
      const first = document.errors[0];
      const { line, col } = counter.linePos(first.pos[0]);
      throw new SpecError(file, `invalid ${looksLikeJson(text) ? 'JSON' : 'YAML'}: ${first.message.split('\n')[0]}`, line, col);
    }
    yaml = { document, counter };
    return yaml;
  };
  const positionOf = (segments: PathSegment[]) => {
    const { document, counter } = parseYaml();
    return positionOfNode(document, counter, segments);
  };
  if (looksLikeJson(text)) {
    try {
      return { value: JSON.parse(text), positionOf };
    } catch {
      // fall through: the YAML parser says where (JSON is YAML), or accepts what JSON.parse did not
    }
  }
  return { value: parseYaml().document.toJS({ maxAliasCount: 1000 }), positionOf };
}

function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** The position of the key that holds `segments` (or of the nearest ancestor that exists). */
function positionOfNode(yaml: YamlDocument, counter: LineCounter, segments: PathSegment[]): Position | undefined {
  for (let depth = segments.length; depth > 0; depth--) {
    const parent = depth === 1 ? yaml.contents : yaml.getIn(segments.slice(0, depth - 1), true);
    if (!isMap(parent) && !isSeq(parent)) continue;
    const key = segments[depth - 1];
    const item = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.key
      : parent.items[Number(key)];
    const range = (item as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      const { line, col } = counter.linePos(range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What openapi-core cannot say for us: that this is not an OpenAPI 3.0/3.1 document at all. */
function checkVersion(value: unknown, fail: (reason: string, at: PathSegment[]) => never) {
  if (!isObject(value)) fail('the document is not a mapping', []);
  const version = (value as Record<string, unknown>).openapi;
  if (typeof version !== 'string' || !/^3\.[01]\.\d+/.test(version)) {
    const swagger = (value as Record<string, unknown>).swagger;
    fail(
      swagger !== undefined
        ? `Swagger ${String(swagger)} is not supported; convert the document to OpenAPI 3.0 or 3.1`
        : '`openapi` must name an OpenAPI 3.0.x or 3.1.x version',
      swagger !== undefined ? ['swagger'] : ['openapi'],
    );
  }
}

/** Every `$ref` must point into this document, at something that exists: documents are bundled. */
function checkRefs(document: OpenAPIDocument, fail: (reason: string, at: PathSegment[]) => never) {
  eachRef(document, (_holder, ref, at) => {
    if (!ref.startsWith('#')) {
      fail(`external $ref "${ref}" is not supported; bundle the document into one file (e.g. \`redocly bundle\`)`, [...at, '$ref']);
    }
    if (resolveRef(document, ref) === undefined) {
      fail(`dangling $ref "${ref}": nothing exists at that location (at ${at.map(String).join(' > ')})`, [...at, '$ref']);
    }
  });
}

const structureScript = 'lib/openapi/structure-check.mjs';

/**
 * The specification's rules, by openapi-core, in a child process (it is asynchronous; this
 * loader is not). Where the script is absent (a standalone server, which has no `lib/`), the
 * document was checked when the site was built.
 */
function checkStructure(absolute: string, display: string, text: string) {
  const script = path.join(/*turbopackIgnore: true*/ process.cwd(), structureScript);
  if (!existsSync(script)) return;
  const cached = readCachedStructure(text);
  const problems = cached ?? runStructureCheck(script, absolute, display);
  const first = problems[0];
  if (!first) return;
  const where = first.pointer ? ` (at ${decodePointer(first.pointer)})` : '';
  throw new SpecError(display, `${first.message.replace(/\.$/, '')}${where}`, first.line, first.column);
}

interface StructureProblem {
  message: string;
  pointer?: string;
  line?: number;
  column?: number;
}

function readCachedStructure(text: string): StructureProblem[] | undefined {
  // the same hash and folder as structure-check.mjs, to skip starting a process when it is known
  try {
    const hash = createHash('sha256').update('struct-v1').update(text).digest('hex');
    return JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/.cache/wingfield-openapi', `${hash}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

function runStructureCheck(script: string, absolute: string, display: string): StructureProblem[] {
  const result = spawnSync(process.execPath, [script, absolute], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new SpecError(display, `the specification check failed to run: ${(result.stderr || String(result.error)).trim().split('\n')[0]}`);
  }
  if (result.stderr.trim()) console.warn(result.stderr.trim());
  return JSON.parse(result.stdout.trim().split('\n')[0]) as StructureProblem[];
}

function decodePointer(pointer: string): string {
  return pointerSegments(pointer).join(' > ');
}

/**
 * A `$ref` that leads only to `$ref`s and back to itself (`A: {$ref: B}`, `B: {$ref: A}`) means
 * nothing; Ajv and the type generator recurse on it forever. The `$ref` that closes such a loop
 * is removed, leaving `{}` (any value), which is also what the dereferenced form holds there.
 */
function breakRefCycles(document: OpenAPIDocument) {
  const holders: Record<string, unknown>[] = [];
  eachRef(document, (holder) => holders.push(holder));
  for (const holder of holders) {
    const { loop } = followRef(document, holder);
    if (loop) delete loop.$ref;
  }
}
