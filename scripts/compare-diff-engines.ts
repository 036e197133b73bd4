/**
 * Prints, as a Markdown table, how each diff engine classifies the fixture set of known changes
 * (tests/fixtures/changes/cases.ts) against the expected verdict: api-smart-diff as it is,
 * compareDocuments (api-smart-diff with lib/changes/engine-corrections.ts), and `redocly diff`
 * (@redocly/cli, experimental) with its `diff-recommended` rules. For choosing or re-checking the
 * engine after an upgrade: `npx tsx scripts/compare-diff-engines.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiCompare } from 'api-smart-diff';
import { stringify } from 'yaml';
import type { ChangeClass } from '../lib/changes';
import { compareDocuments } from '../lib/changes';
import { readDocument } from '../lib/openapi/load-document';
import { baseDocument, changeCases } from '../tests/fixtures/changes/cases';

const order: ChangeClass[] = ['breaking', 'non-breaking', 'documentation'];
const strictest = (classes: ChangeClass[]): ChangeClass | 'none' => order.find((klass) => classes.includes(klass)) ?? 'none';

const dir = mkdtempSync(path.join(tmpdir(), 'diff-engines-'));
try {
  const config = path.join(dir, 'redocly.yaml');
  writeFileSync(config, 'extends:\n  - recommended\n  - diff-recommended\n');
  const baseFile = path.join(dir, 'base.yaml');
  writeFileSync(baseFile, stringify(baseDocument()));
  const base = readDocument(baseFile);
  const rows: string[][] = [];
  for (const testCase of changeCases) {
    const after = baseDocument();
    testCase.change(after);
    const file = path.join(dir, `${testCase.name}.yaml`);
    writeFileSync(file, stringify(after));
    const expected = strictest(testCase.expected.map((change) => change.class));
    // api-smart-diff on its own: only what it says of the operations, and of security schemes
    const engine = apiCompare(baseDocument(), after)
      .diffs.filter((diff) => diff.path[0] !== 'components' || diff.path[1] === 'securitySchemes')
      .map((diff): ChangeClass => (diff.type === 'breaking' ? 'breaking' : diff.type === 'annotation' ? 'documentation' : 'non-breaking'));
    const corrected = compareDocuments(base, readDocument(file)).map((change) => change.class);
    const redocly = spawnSync(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'diff', baseFile, file, '--format=json', '--fail-on=none', '--config', config], { encoding: 'utf8' });
    let redoclyVerdict = 'error';
    try {
      const bump = (JSON.parse(redocly.stdout) as { bump: string }).bump;
      redoclyVerdict = bump === 'major' ? 'breaking' : bump === 'minor' ? 'non-breaking' : bump === 'patch' ? 'documentation' : bump;
    } catch {
      redoclyVerdict = `error: ${redocly.stderr.trim().split('\n')[0]}`;
    }
    const mark = (verdict: string) => (verdict === expected ? verdict : `**${verdict}** ✗`);
    rows.push([testCase.title, expected, mark(strictest(engine)), mark(redoclyVerdict), mark(strictest(corrected))]);
  }
  console.log('| change | expected | api-smart-diff 1.0.6 | redocly diff 2.77.0 (diff-recommended) | compareDocuments |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
