/**
 * Compiles the document's schemas into plain JavaScript validators for the try-it panel (Ajv
 * standalone code): the browser validates without `eval`, which the site's Content-Security-Policy
 * does not allow, and each endpoint page loads only its own operation's validators.
 * Run by postinstall, dev (again on every edit of the document) and build; the output in
 * lib/generated/ is not committed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildApiModel } from '../lib/endpoints/build-api-model';
import { loadDocument, type LoadedDocument } from '../lib/openapi/load-document';
import { SpecError } from '../lib/openapi/spec-error';
import { validatorModules } from '../lib/try-it/validator-module';

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
const { modules, count, skipped } = validatorModules(buildApiModel(loaded));

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

for (const [operationId, code] of modules) emit(`${operationId}.js`, code);
const loaders = [...modules.keys()].map((id) => `  ${JSON.stringify(id)}: () => import('./${id}.js'),`).join('\n');
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
for (const reason of skipped) console.warn(`no validator for ${reason}`);
console.log(`${outDir}: ${count} validators for ${modules.size} operations (${changed} files changed)`);
