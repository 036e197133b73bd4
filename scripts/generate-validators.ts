/**
 * Compiles the document's schemas into plain JavaScript validators for the try-it panel (Ajv
 * standalone code): the browser validates without `eval`, which the site's Content-Security-Policy
 * does not allow, and each endpoint page loads only its own operation's validators.
 * Run by postinstall, dev and build; the output in lib/generated/ is not committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone';
import { listOperations } from '../lib/endpoints/operation-key';
import { loadDocument } from '../lib/openapi/load-document';
import { sliceDocument } from '../lib/openapi/slice-document';
import { createAjv, documentId } from '../lib/try-it/create-ajv';
import { collectValidatorSchemas } from '../lib/try-it/validator-schemas';

const outDir = 'lib/generated/validators';
const { raw } = loadDocument();
const byOperation = new Map<string, [string, string][]>();
for (const [key, pointer] of Object.entries(collectValidatorSchemas(raw))) {
  // validator keys start with the operation's key, which is URL-safe: a file name too
  const operationKey = key.split(' ')[0];
  byOperation.set(operationKey, [...(byOperation.get(operationKey) ?? []), [key, pointer]]);
}
const operations = new Map(listOperations(raw).map((entry) => [entry.key, entry]));

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

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let count = 0;
for (const [operationKey, entries] of byOperation) {
  // the operation's slice keeps every pointer of the document and spares Ajv the rest of it
  const { route, method } = operations.get(operationKey)!;
  const ajv = createAjv(sliceDocument(raw, route, method), { code: { source: true, esm: true } });
  const names: Record<string, string> = {};
  entries.forEach(([key, pointer], i) => {
    ajv.addSchema({ $ref: `${documentId}${pointer}` }, `v${i}`);
    names[key] = `v${i}`;
  });
  const code = standaloneCode(ajv, Object.fromEntries(Object.values(names).map((name) => [name, name])));
  const table = Object.entries(names).map(([key, name]) => `  ${JSON.stringify(key)}: ${name},`).join('\n');
  writeFileSync(`${outDir}/${operationKey}.js`, `${toImports(code)}\nexport const validators = {\n${table}\n};\n`);
  count += entries.length;
}
const loaders = [...byOperation.keys()].map((id) => `  ${JSON.stringify(id)}: () => import('./${id}.js'),`).join('\n');
writeFileSync(
  `${outDir}/index.js`,
  `/** One loader per operation: a page fetches only its own validators. */\nexport const validatorLoaders = {\n${loaders}\n};\n`,
);
writeFileSync(
  `${outDir}/index.d.ts`,
  `import type { CompiledValidator } from '../../try-it/compiled-validator';\n` +
    `export const validatorLoaders: Record<string, () => Promise<{ validators: Record<string, CompiledValidator> }>>;\n`,
);
console.log(`${outDir}: ${count} validators for ${byOperation.size} operations`);
