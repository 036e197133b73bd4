/**
 * Compiles the document's schemas into plain JavaScript validators for the try-it panel (Ajv
 * standalone code): the browser validates without `eval`, which the site's Content-Security-Policy
 * does not allow, and each endpoint page loads only its own operation's validators.
 * Run by postinstall, dev (again on every edit of the document) and build; the output in
 * lib/generated/ is not committed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone';
import { loadDocument, type LoadedDocument } from '../lib/openapi/load-document';
import { SpecError } from '../lib/openapi/spec-error';
import { createAjv, documentId } from '../lib/try-it/create-ajv';
import { collectValidatorSchemas } from '../lib/try-it/validator-schemas';

const outDir = 'lib/generated/validators';
let loaded: LoadedDocument;
try {
  loaded = loadDocument();
} catch (error) {
  if (!(error instanceof SpecError)) throw error;
  // `file:line: reason`, without a stack: the message is the whole story
  console.error(error.message);
  process.exit(1);
}
const { raw } = loaded;
const byOperation = new Map<string, [string, string][]>();
for (const [key, pointer] of Object.entries(collectValidatorSchemas(raw))) {
  const operationId = key.split(' ')[0];
  byOperation.set(operationId, [...(byOperation.get(operationId) ?? []), [key, pointer]]);
}

/** Ajv's standalone ESM still `require`s its runtime helpers; bundlers want imports. */
function toImports(code: string): string {
  const modules = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
  let out = code;
  const imports = modules.map((module, i) => {
    out = out.replaceAll(`require("${module}")`, `__runtime${i}`);
    return `import * as __runtime${i} from ${JSON.stringify(module)};`;
  });
  return `${imports.join('\n')}\n${out.replace(/^"use strict";/, '')}`;
}

mkdirSync(outDir, { recursive: true });
const written = new Set<string>();
let changed = 0;

/** Writes only what changed: under `next dev`, each rewritten file is a recompile of the pages using it. */
function emit(name: string, text: string) {
  written.add(name);
  const file = `${outDir}/${name}`;
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
  changed++;
}
let count = 0;
for (const [operationId, entries] of byOperation) {
  const ajv = createAjv(raw, { code: { source: true, esm: true } });
  const names: Record<string, string> = {};
  entries.forEach(([key, pointer], i) => {
    ajv.addSchema({ $ref: `${documentId}${pointer}` }, `v${i}`);
    names[key] = `v${i}`;
  });
  const code = standaloneCode(ajv, Object.fromEntries(Object.values(names).map((name) => [name, name])));
  const table = Object.entries(names).map(([key, name]) => `  ${JSON.stringify(key)}: ${name},`).join('\n');
  emit(`${operationId}.js`, `${toImports(code)}\nexport const validators = {\n${table}\n};\n`);
  count += entries.length;
}
const loaders = [...byOperation.keys()].map((id) => `  ${JSON.stringify(id)}: () => import('./${id}.js'),`).join('\n');
emit(
  'index.js',
  `/** One loader per operation: a page fetches only its own validators. */\nexport const validatorLoaders = {\n${loaders}\n};\n`,
);
emit(
  'index.d.ts',
  `import type { CompiledValidator } from '../../try-it/compiled-validator';\n` +
    `export const validatorLoaders: Record<string, () => Promise<{ validators: Record<string, CompiledValidator> }>>;\n`,
);
for (const name of readdirSync(outDir)) {
  if (!written.has(name)) {
    rmSync(`${outDir}/${name}`, { force: true });
    changed++;
  }
}
console.log(`${outDir}: ${count} validators for ${byOperation.size} operations (${changed} files changed)`);
