import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document as YamlDocument } from 'yaml';
import { checkProfileExtensions } from '../profile/extensions';
import { malformedPointerEscape, pointerSegments } from './json-pointer';
import { findExcessiveNesting, nestingLimits } from './nesting';
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

export interface Position {
  line: number;
  column?: number;
}

/** The project's own OpenAPI document. */
export const projectDocumentPath = 'openapi/wingfield-partner-api.yaml';

/** The project's OpenAPI document; `WINGFIELD_OPENAPI` points elsewhere (tests, synthetic documents). */
export function defaultDocumentPath(): string {
  return process.env.WINGFIELD_OPENAPI ?? projectDocumentPath;
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

/**
 * The largest document read: GitHub's description, among the largest published, is 13 MB of
 * JSON. Everything the loader builds grows with the text, so a document is refused before it is
 * read rather than exhaust the memory of a build.
 */
export const maxDocumentBytes = 32 * 1024 * 1024;

/**
 * How many times YAML aliases may be expanded, relative to what they stand for: the `yaml`
 * library's default. A 430 KB file of aliases of aliases would otherwise expand to 413 MB.
 */
export const maxYamlAliasCount = 100;

/** {@link loadDocument} without its cache: for reading many documents once (the corpus test). */
export function readDocument(file: string): LoadedDocument {
  const absolute = path.resolve(/*turbopackIgnore: true*/ file);
  const display = path.relative(process.cwd(), absolute) || file;

  let text: string;
  try {
    const { size } = statSync(absolute);
    if (size > maxDocumentBytes) {
      throw new SpecError(display, `the document is ${megabytes(size)}, more than the ${megabytes(maxDocumentBytes)} a document may have`);
    }
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError(display, `cannot read the OpenAPI document (${(error as Error).message})`);
  }

  const { value, positionOf } = parse(text, display);
  const fail = (reason: string, at: PathSegment[]): never => {
    const position = positionOf(at);
    throw new SpecError(display, reason, position?.line, position?.column);
  };
  // before anything that recurses (finding a position in JSON does): later walks are bounded by these depths
  checkNesting(value as OpenAPIDocument, looksLikeJson(text) ? jsonFail(text, display) : fail, false);
  checkVersion(value, fail);
  const document = value as OpenAPIDocument;
  checkRefs(document, fail);
  checkNesting(document, fail, true);
  checkProfileExtensions(document, fail);
  checkStructure(absolute, display, text, document, positionOf);

  upgradeToOpenApi31(document);
  breakRefCycles(document);
  document.paths ??= {};
  return { file: display, raw: document, dereferenced: dereference(document) };
}

/**
 * Where a path from the document's root is written in `file`, as a loaded document names it
 * (`LoadedDocument.file`): for what is reported after loading, such as an example that does not
 * match its schema. The file is read and parsed once, on the first question; `undefined` when it
 * cannot be read again.
 */
export function createPositionFinder(file: string): (segments: PathSegment[]) => Position | undefined {
  let positionOf: ((segments: PathSegment[]) => Position | undefined) | null | undefined;
  return (segments) => {
    try {
      positionOf ??= parse(readFileSync(path.resolve(/*turbopackIgnore: true*/ file), 'utf8'), file).positionOf;
      return positionOf(segments);
    } catch {
      positionOf = null;
      return undefined;
    }
  };
}

/**
 * Parses YAML or JSON. A JSON document (GitHub's is 13 MB) is read with `JSON.parse`, and only
 * parsed again, for positions, when there is an error to point at.
 */
function parse(text: string, file: string): { value: unknown; positionOf: (segments: PathSegment[]) => Position | undefined } {
  let yaml: { document: YamlDocument; counter: LineCounter } | undefined;
  const parseYaml = () => {
    if (yaml) return yaml;
    const counter = new LineCounter();
    let document: YamlDocument;
    try {
      // duplicate keys are looked for below, in linear time: the parser's own check compares
      // each key with every other, for minutes on a mapping of 100,000 keys
      document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
    } catch (error) {
      if (error instanceof RangeError) throw new SpecError(file, tooDeepToRead);
      throw error;
    }
    const first = document.errors[0];
    if (first) {
      const { line, col } = counter.linePos(first.pos[0]);
      // the parser recurses per level of nesting, and reports running out of stack as an error
      const message = /call stack/i.test(first.message) ? tooDeepToRead : first.message.split('\n')[0];
      throw new SpecError(file, `invalid ${looksLikeJson(text) ? 'JSON' : 'YAML'}: ${message}`, line, col);
    }
    const duplicate = firstDuplicateKeyOffset(document);
    if (duplicate !== undefined) {
      const { line, col } = counter.linePos(duplicate);
      throw new SpecError(file, `invalid YAML: Map keys must be unique`, line, col);
    }
    yaml = { document, counter };
    return yaml;
  };
  if (looksLikeJson(text)) {
    try {
      return { value: JSON.parse(text), positionOf: (segments) => positionInJson(text, segments) };
    } catch {
      // fall through: the YAML parser says where (JSON is YAML), or accepts what JSON.parse did not
    }
  }
  const positionOf = (segments: PathSegment[]) => {
    const { document, counter } = parseYaml();
    return positionOfNode(document, counter, segments);
  };
  const { document, counter } = parseYaml();
  try {
    return { value: document.toJS({ maxAliasCount: maxYamlAliasCount }), positionOf };
  } catch (error) {
    if (error instanceof RangeError) throw new SpecError(file, tooDeepToRead);
    // the yaml library's refusal of aliases that expand too much
    if (error instanceof ReferenceError) {
      const { line, col } = counter.linePos(firstAliasOffset(document));
      throw new SpecError(
        file,
        `YAML aliases expand the document more than ${maxYamlAliasCount} times what they stand for; write the repeated values out, or use $ref`,
        line,
        col,
      );
    }
    throw error;
  }
}

function firstDuplicateKeyOffset(document: YamlDocument): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Map(_, node) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (keys.has(key)) {
          offset = pair.key.range?.[0] ?? 0;
          return visit.BREAK;
        }
        keys.add(key);
      }
      return undefined;
    },
  });
  return offset;
}

/** {@link positionOfNode} for JSON text, which JSON.parse read without positions. */
function positionInJson(text: string, segments: PathSegment[]): Position | undefined {
  let root: JsonNode | undefined;
  try {
    root = parseTree(text);
  } catch {
    return undefined; // too deep for the parser, which recurses per level: no position, still the reason
  }
  for (let depth = segments.length; root && depth > 0; depth--) {
    const node = findNodeAtLocation(root, segments.slice(0, depth));
    if (!node) continue;
    const at = node.parent?.type === 'property' ? (node.parent.children?.[0] ?? node) : node;
    return lineAndColumn(text, at.offset);
  }
  return { line: 1, column: 1 };
}

function lineAndColumn(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const tooDeepToRead = 'the document nests too deeply to be read';

function firstAliasOffset(document: YamlDocument): number {
  let offset = 0;
  visit(document, {
    Alias(_, node) {
      if (!isAlias(node) || !node.range) return undefined;
      offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Where JSON nests deeper than the written limit, found by counting brackets: the YAML parser
 * that gives positions otherwise recurses once per level, and a document refused for its depth
 * may be too deep for it.
 */
function jsonFail(text: string, file: string): (reason: string, at: PathSegment[]) => never {
  return (reason) => {
    let depth = 0;
    let inString = false;
    let offset = 0;
    for (; offset < text.length; offset++) {
      const char = text[offset];
      if (inString) {
        if (char === '\\') offset++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '{' || char === '[') {
        // the root is inside one bracket, a value `limit + 1` levels below it inside `limit + 2`
        if (++depth > nestingLimits.written + 1) break;
      } else if (char === '}' || char === ']') depth--;
    }
    const { line, column } = lineAndColumn(text, offset);
    throw new SpecError(file, reason, line, column);
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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

/**
 * Deeper than the walks after the loader can go: as written (a value inside 20,000 arrays), or,
 * once the `$ref`s are known good, through them (a chain of schemas each inside the one before).
 */
function checkNesting(document: OpenAPIDocument, fail: (reason: string, at: PathSegment[]) => never, throughReferences: boolean) {
  const problem = findExcessiveNesting(document, throughReferences);
  if (!problem) return;
  if (problem.endless) fail('a YAML alias inside its own anchor makes this value contain itself, without end; write it out, or use $ref', problem.at);
  fail(
    throughReferences
      ? `the document nests more than ${problem.limit} levels deep here once its $refs are followed; a reference cannot show a value that deep`
      : `the document nests more than ${problem.limit} levels deep here; a reference cannot show a value that deep`,
    problem.at,
  );
}

/** Every `$ref` must point into this document, at something that exists: documents are bundled. */
function checkRefs(document: OpenAPIDocument, fail: (reason: string, at: PathSegment[]) => never) {
  eachRef(document, (_holder, ref, at) => {
    if (!ref.startsWith('#')) {
      fail(`external $ref "${ref}" is not supported; bundle the document into one file (e.g. \`redocly bundle\`)`, [...at, '$ref']);
    }
    const escape = malformedPointerEscape(ref);
    if (escape !== undefined) {
      fail(`$ref "${ref}" has a malformed percent-escape in "${escape}"; write a character as %XX of its UTF-8 bytes`, [...at, '$ref']);
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
 * document was checked when the site was built. openapi-core gives up on a `$ref` that leads only
 * back to itself; the document is then checked again without those `$ref`s (see
 * {@link breakRefCycles}), and each problem placed in the file from its pointer.
 */
function checkStructure(
  absolute: string,
  display: string,
  text: string,
  document: OpenAPIDocument,
  positionOf: (segments: PathSegment[]) => Position | undefined,
) {
  const script = path.join(/*turbopackIgnore: true*/ process.cwd(), structureScript);
  if (!existsSync(script)) return;
  let problems = readCachedStructure(text) ?? runStructureCheck(script, display, [absolute]);
  if (problems === null) {
    const unlooped = structuredClone(document);
    breakRefCycles(unlooped);
    let copy: string | undefined;
    try {
      copy = JSON.stringify(unlooped);
    } catch {
      copy = undefined; // a YAML alias inside itself: nothing to write, and nothing checked
    }
    problems = copy === undefined ? null : readCachedStructure(copy) ?? runStructureCheck(script, display, ['--stdin', absolute], copy);
    problems = problems?.map((problem) => {
      const position = problem.pointer ? positionOf(pointerSegments(problem.pointer)) : undefined;
      return { ...problem, line: position?.line, column: position?.column };
    }) ?? null;
  }
  if (problems === null) {
    console.warn(`${display}: openapi-core could not check the document; it is read without the specification's rules`);
    return;
  }
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

/** The problems of a text (`null`: openapi-core gave up on it), when structure-check.mjs has cached them. */
function readCachedStructure(text: string): StructureProblem[] | undefined {
  // the same hash and folder as structure-check.mjs, to skip starting a process when it is known
  try {
    const hash = createHash('sha256').update('struct-v1').update(text).digest('hex');
    return JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/.cache/wingfield-openapi', `${hash}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

function runStructureCheck(script: string, display: string, args: string[], input?: string): StructureProblem[] | null {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, input });
  if (result.status !== 0) {
    throw new SpecError(display, `the specification check failed to run: ${(result.stderr || String(result.error)).trim().split('\n')[0]}`);
  }
  return JSON.parse(result.stdout.trim().split('\n')[0]) as StructureProblem[] | null;
}

function decodePointer(pointer: string): string {
  return malformedPointerEscape(pointer) === undefined ? pointerSegments(pointer).join(' > ') : pointer;
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
