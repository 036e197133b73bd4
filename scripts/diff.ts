/**
 * `npm run diff`: what the current document changes on top of its newest release, one change a
 * line as `file:line: class: summary`. Exits 1 when a change is breaking, unless
 * `--allow-breaking` (for a release that bumps the major version); 2 when a document or a release
 * cannot be read.
 */
import { byClass, compareDocuments, loadReleases, requiredBump } from '../lib/changes';
import { changeLines } from '../lib/changes/change-lines';
import { defaultDocumentPath, loadDocument } from '../lib/openapi/load-document';
import { SpecError } from '../lib/openapi/spec-error';

const known = new Set(['--allow-breaking']);
const unknown = process.argv.slice(2).filter((argument) => !known.has(argument));
if (unknown.length > 0) {
  console.error(`npm run diff: unknown argument ${JSON.stringify(unknown[0])}; the only one is --allow-breaking`);
  process.exit(2);
}
const allowBreaking = process.argv.includes('--allow-breaking');

try {
  const current = loadDocument();
  const [newest] = loadReleases(defaultDocumentPath());
  if (!newest) {
    console.log(`${current.file}: no release to compare with yet; \`npm run release\` records the first`);
    process.exit(0);
  }
  const changes = byClass(compareDocuments(newest.document, current));
  for (const line of changeLines(changes, current)) console.log(line);
  const count = (klass: string) => changes.filter((change) => change.class === klass).length;
  const breaking = count('breaking');
  const since = `since ${newest.release.version} (${newest.release.file})`;
  if (changes.length === 0) {
    console.log(`No changes ${since}.`);
    process.exit(0);
  }
  console.log(
    `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} ${since}: ${breaking} breaking, ${count('non-breaking')} non-breaking, ${count('documentation')} documentation only; the next release must bump the ${requiredBump(changes)} version.`,
  );
  if (breaking > 0 && !allowBreaking) {
    console.error(`${breaking} breaking ${breaking === 1 ? 'change' : 'changes'}: every integrator may have to change their code. If that is intended, release them as a new major version and run \`npm run diff -- --allow-breaking\`.`);
    process.exit(1);
  }
} catch (error) {
  if (error instanceof SpecError) {
    console.error(`OpenAPI document error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
