/**
 * `npm run test:fuzz`: mutates OpenAPI documents (deletes keys, swaps types, deepens nesting,
 * inserts hostile strings, names and `$ref`s) and reads each one as the site does: the loader,
 * the model, every endpoint's Markdown and TypeScript definitions, the error catalogue, the
 * example check, some of the try-it validators and its changes from its seed, both ways. Each
 * must be accepted or refused with a `SpecError` that names a line; anything else (a `TypeError`, a `RangeError`, a hang) fails
 * the stage, and the document that did it is kept under `test-results/fuzz/` to reproduce it.
 *
 * The seeds are the project's document and its fixtures, plus a few small APIs.guru documents
 * when the corpus is installed (it is not needed). A fixed seed keeps runs reproducible:
 * `FUZZ_SEED` and `FUZZ_COUNT` change them (default 20261207 and 160).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { compareDocuments } from '../lib/changes';
import { changeLines } from '../lib/changes/change-lines';
import { buildApiModel } from '../lib/endpoints/build-api-model';
import { typescriptDefinitionIfAny, typeName } from '../lib/endpoints/typescript-definition';
import { buildErrorCatalog } from '../lib/errors/error-catalog';
import { endpointMarkdown } from '../lib/markdown/endpoint-markdown';
import { checkDocument } from '../lib/openapi/check-document';
import { loadDocument, readDocument, type LoadedDocument } from '../lib/openapi/load-document';
import { sliceDocument } from '../lib/openapi/slice-document';
import { SpecError } from '../lib/openapi/spec-error';
import { cachedCheck } from '../lib/openapi/structure-check.mjs';
import type { HttpMethod } from '../lib/openapi/types';
import { validatorModules } from '../lib/try-it/validator-module';
import { directoryApis } from './corpus.mjs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const seed = Number(process.env.FUZZ_SEED ?? 20261207);
const count = Number(process.env.FUZZ_COUNT ?? 160);
/** A document taking longer than this to read is a failure too: a walk that is not bounded. */
const slowMs = 20_000;

/** mulberry32: small, fast and the same everywhere. */
function createRandom(start: number) {
  let state = start >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)];
  return { next, below, pick };
}
type Random = ReturnType<typeof createRandom>;

const hostileStrings = [
  '__proto__',
  'constructor',
  'prototype',
  'index',
  'meta',
  '../../organizations/x',
  '%2e%2e/%2F',
  '%E0%A4%A',
  '%zz',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '</script><script>alert(1)</script>',
  '`\\`` ``` ~~~',
  '{{x}} ${x} %s',
  '\u0000\u202e\ud800',
  'x'.repeat(10_000),
  '',
  ' ',
  '{',
  '3.1.0',
  '2.0',
];
const hostileRefs = [
  '#',
  '#/',
  '#/paths',
  '#/components/schemas/%E0%A4%A',
  '#/components/schemas/nowhere',
  '#/components/schemas/__proto__',
  'https://elsewhere.example/schema.json',
];
const hostileValues: (() => Json)[] = [
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => 1e308,
  () => [],
  () => ({}),
  () => [null],
  () => ({ $ref: '#' }),
  () => ({ $ref: '#/components' }),
  () => ({ type: 'object', properties: { __proto__: { type: 'string' } } }),
];

const roomyKeys = /^(schema|schemas|properties|items|allOf|anyOf|oneOf|example|examples|x-.*)$/;

/** Every object and array in the document with its path, parents before children. */
function containers(root: Json): { value: Container; at: (string | number)[] }[] {
  const found: { value: Container; at: (string | number)[] }[] = [];
  const stack: { value: Json; at: (string | number)[] }[] = [{ value: root, at: [] }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    found.push({ value, at });
    const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, at: [...at, key] });
  }
  return found;
}

function keysOf(container: Container): (string | number)[] {
  return Array.isArray(container) ? container.map((_, index) => index) : Object.keys(container);
}

function get(container: Container, key: string | number): Json {
  return (container as Record<string | number, Json>)[key];
}

function set(container: Container, key: string | number, value: Json) {
  if (Array.isArray(container)) container[Number(key)] = value;
  // a key such as `__proto__` must become an own property, as JSON.parse makes it
  else Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function pointerTo(at: (string | number)[]): string {
  return `#/${at.map((segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

function swapType(value: Json, random: Random): Json {
  const options: Json[] = [null, true, 7, 'text', [value], { value }, [], {}];
  return random.pick(options.filter((option) => typeof option !== typeof value || Array.isArray(option) !== Array.isArray(value)));
}

function deepen(value: Json, random: Random): Json {
  // mostly within the limits, sometimes far past them
  const levels = random.pick([3, 40, 127, 129, 400, 20_000]);
  let out = value;
  for (let level = 0; level < levels; level++) out = random.next() < 0.5 ? [out] : { nested: out };
  return out;
}

/** One mutation, described for the report. */
function mutate(document: Json, random: Random): string {
  const all = containers(document);
  const nonEmpty = all.filter(({ value }) => keysOf(value).length > 0);
  // most mutations go where the specification leaves room (schemas, examples, extensions), so
  // that many documents stay valid and reach the model; the rest go anywhere
  const roomy = nonEmpty.filter(({ at }) => at.some((segment) => typeof segment === 'string' && roomyKeys.test(segment)));
  const target = random.pick(random.next() < 0.7 && roomy.length > 0 ? roomy : nonEmpty.length > 0 ? nonEmpty : all);
  const keys = keysOf(target.value);
  const key = keys.length > 0 ? random.pick(keys) : 'added';
  const where = pointerTo([...target.at, key]);
  switch (random.below(7)) {
    case 0:
      if (Array.isArray(target.value)) target.value.splice(Number(key), 1);
      else delete target.value[key as string];
      return `delete ${where}`;
    case 1:
      set(target.value, key, swapType(get(target.value, key), random));
      return `swap the type of ${where}`;
    case 2:
      set(target.value, key, deepen(get(target.value, key), random));
      return `deepen ${where}`;
    case 3: {
      const text = random.pick(hostileStrings);
      set(target.value, key, text);
      return `set ${where} to ${JSON.stringify(text.slice(0, 40))}`;
    }
    case 4: {
      if (Array.isArray(target.value)) {
        set(target.value, key, random.pick(hostileValues)());
        return `replace ${where}`;
      }
      const name = random.pick(hostileStrings.slice(0, 6));
      const value = get(target.value, key);
      delete target.value[key as string];
      set(target.value, name, value);
      return `rename ${where} to ${JSON.stringify(name)}`;
    }
    case 5: {
      // a `$ref` to somewhere real (cycles, refs to non-schemas, refs to refs) or nowhere
      const ref = random.next() < 0.7 ? pointerTo(random.pick(all).at) : random.pick(hostileRefs);
      set(target.value, key, { $ref: ref });
      return `point ${where} at ${ref}`;
    }
    default:
      set(target.value, key, random.pick(hostileValues)());
      return `replace ${where} with a hostile value`;
  }
}

/** JSON text, one value a line, written without recursion: `JSON.stringify` overflows at 20,000 levels. */
function toJsonText(root: Json): string {
  const out: string[] = [];
  const stack: ({ raw: string } | { value: Json })[] = [{ value: root }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('raw' in item) {
      out.push(item.raw);
      continue;
    }
    const { value } = item;
    if (typeof value !== 'object' || value === null) {
      out.push(JSON.stringify(value));
      continue;
    }
    const entries: [string | undefined, Json][] = Array.isArray(value) ? value.map((child) => [undefined, child]) : Object.entries(value);
    out.push(Array.isArray(value) ? '[' : '{');
    stack.push({ raw: Array.isArray(value) ? ']' : '}' });
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index];
      stack.push({ value: child });
      stack.push({ raw: `${index > 0 ? ',' : ''}\n${key === undefined ? '' : `${JSON.stringify(key)}: `}` });
    }
  }
  return out.join('');
}

function listDocuments(folder: string): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? listDocuments(full) : /\.(ya?ml|json)$/.test(name) ? [full] : [];
    })
    .sort();
}

/** The documents mutated: ours, the fixtures that load, and small corpus documents when present. */
function seedDocuments(): { name: string; value: Json }[] {
  const files = [
    'openapi/wingfield-partner-api.yaml',
    ...['tests/fixtures/documents', 'tests/fixtures/constructs', 'tests/fixtures/xss', 'tests/fixtures/examples'].flatMap(listDocuments),
  ];
  try {
    const small = listDocuments(directoryApis).filter((file) => statSync(file).size < 40_000);
    const random = createRandom(seed);
    for (let index = 0; index < 4 && small.length > 0; index++) files.push(small.splice(random.below(small.length), 1)[0]);
  } catch {
    // no corpus installed: the project's own documents are seeds enough
  }
  return files.map((file) => ({ name: file, value: parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 100 }) as Json }));
}

/** The seed as loaded, or `undefined` when it is one that the loader refuses. */
function loadedSeed(file: string): LoadedDocument | undefined {
  try {
    return loadDocument(file);
  } catch {
    return undefined;
  }
}

/**
 * Everything the site derives from a document, as the pages, the panel and `check:openapi` do,
 * and its changes from the document it was mutated from, both ways, as the changelog and
 * `npm run diff` show them.
 */
function readAsTheSiteDoes(file: string, withValidators: boolean, seedFile: string) {
  const loaded = readDocument(file);
  const model = buildApiModel(loaded);
  for (const endpoint of model.endpoints) {
    endpointMarkdown(endpoint, { baseUrl: 'https://api.example.com' });
    typescriptDefinitionIfAny(model.document, endpoint.body?.schemaRef, typeName(endpoint.key, 'Body'), 'request');
    typescriptDefinitionIfAny(model.document, endpoint.success?.schemaRef, typeName(endpoint.key, 'Response'), 'response');
    sliceDocument(model.document, endpoint.path, endpoint.method.toLowerCase() as HttpMethod);
  }
  buildErrorCatalog(model);
  checkDocument(loaded, { strict: false });
  if (withValidators) validatorModules(model);
  const seedLoaded = loadedSeed(seedFile);
  if (seedLoaded) {
    changeLines(compareDocuments(seedLoaded, loaded), loaded);
    changeLines(compareDocuments(loaded, seedLoaded), seedLoaded);
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), 'fuzz-documents-'));
const started = performance.now();
const seeds = seedDocuments();
const random = createRandom(seed);
const failures: string[] = [];
let accepted = 0;
let refused = 0;
// the loader and openapi-core may warn (a structure check that gave up): no verdict, and noise
const warn = console.warn;
const writeError = process.stderr.write.bind(process.stderr);
console.warn = () => {};
process.stderr.write = () => true;
try {
  for (let index = 0; index < count; index++) {
    const source = seeds[index % seeds.length];
    const document = structuredClone(source.value);
    const mutations = Array.from({ length: 1 + random.below(2) }, () => mutate(document, random));
    const asYaml = random.next() < 0.25;
    const file = path.join(scratch, `${index}.${asYaml ? 'yaml' : 'json'}`);
    let text: string;
    try {
      text = asYaml ? stringifyYaml(document, { aliasDuplicateObjects: false, lineWidth: 0 }) : toJsonText(document);
    } catch {
      text = toJsonText(document); // too deep for the YAML writer: JSON then
    }
    writeFileSync(file, text);
    const began = performance.now();
    let outcome: string | undefined;
    try {
      await cachedCheck(file).catch(() => undefined); // in this process: the loader then finds the result cached
      readAsTheSiteDoes(file, index % 8 === 0, source.name);
      accepted++;
    } catch (error) {
      if (error instanceof SpecError && error.line !== undefined) refused++;
      else outcome = error instanceof SpecError ? `refused without a line: ${error.message}` : `crashed: ${(error as Error).stack ?? String(error)}`;
    }
    const took = performance.now() - began;
    if (!outcome && took > slowMs) outcome = `took ${(took / 1000).toFixed(1)} s`;
    if (outcome) {
      const kept = path.join('test-results', 'fuzz', `${seed}-${index}${path.extname(file)}`);
      mkdirSync(path.dirname(kept), { recursive: true });
      writeFileSync(kept, text);
      failures.push(`#${index} from ${source.name} (${mutations.join('; ')}), kept as ${kept}: ${outcome.split('\n').slice(0, 4).join(' | ')}`);
    }
  }
} finally {
  console.warn = warn;
  process.stderr.write = writeError;
  rmSync(scratch, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: ${count} mutated documents from ${seeds.length} seeds (seed ${seed}): ${accepted} accepted, ${refused} refused with file:line, ` +
    `${failures.length} failed, in ${seconds} s`,
);
for (const failure of failures) console.error(`  ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
