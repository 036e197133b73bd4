/**
 * Compiles the document's schemas into plain JavaScript validators for the try-it panel (Ajv
 * standalone code): the browser validates without `eval`, which the site's Content-Security-Policy
 * does not allow, and each endpoint page loads only its own operation's validators.
 * Run by postinstall, dev and build; the output in lib/generated/ is not committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadDocument } from '../lib/openapi/load-document';
import { validatorModules } from '../lib/try-it/validator-module';

const outDir = 'lib/generated/validators';
const { modules, count, skipped } = validatorModules(loadDocument().raw);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [operationId, code] of modules) writeFileSync(`${outDir}/${operationId}.js`, code);
const loaders = [...modules.keys()].map((id) => `  ${JSON.stringify(id)}: () => import('./${id}.js'),`).join('\n');
writeFileSync(
  `${outDir}/index.js`,
  `/** One loader per operation: a page fetches only its own validators. */\nexport const validatorLoaders = {\n${loaders}\n};\n`,
);
writeFileSync(
  `${outDir}/index.d.ts`,
  `import type { CompiledValidator } from '../../try-it/compiled-validator';\n` +
    `export const validatorLoaders: Record<string, () => Promise<{ validators: Record<string, CompiledValidator> }>>;\n`,
);
for (const reason of skipped) console.warn(`no validator for ${reason}`);
console.log(`${outDir}: ${count} validators for ${modules.size} operations`);
