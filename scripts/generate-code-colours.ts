/**
 * `npm run generate:code-colours`: writes `app/code-colours.css`, the classes that highlighted
 * code uses for its colours instead of an inline style on every token. Run it after changing the
 * code themes; a unit test says when the file no longer matches them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeColoursCss, loadCodePalettes } from '../lib/code-colours';

const file = path.resolve(import.meta.dirname, '../app/code-colours.css');
writeFileSync(file, codeColoursCss(await loadCodePalettes()));
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
