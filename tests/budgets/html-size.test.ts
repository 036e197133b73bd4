import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Builds the site from a synthetic document with five times the operations (and tag groups) of
 * ours, and compares its pages' HTML with the same pages of the real build: a page carries its
 * own operation and one navigation link per group, never the rest of the document.
 */
const realDist = '.next';
const syntheticDist = '.next-synthetic-test';
const copies = 5;
/** What one more tag group may add to a page: its link in the navigation (HTML and the data React hydrates from). */
const bytesPerGroup = 400;

const realDocument = parse(readFileSync('openapi/wingfield-partner-api.yaml', 'utf8'));
const operationCount = Object.values(realDocument.paths as Record<string, object>).reduce(
  (count, item) => count + Object.keys(item).filter((key) => ['get', 'put', 'post', 'patch', 'delete'].includes(key)).length,
  0,
);
const realGroups: number = realDocument.tags.length;

function html(dist: string, page: string): string {
  const file = path.join(dist, 'server', 'app', `${page}.html`);
  if (!existsSync(file)) throw new Error(`no ${page}.html in ${dist}`);
  return readFileSync(file, 'utf8');
}

function findPage(dist: string, folderPrefix: string, name: string): string {
  const root = path.join(dist, 'server/app/partner-api');
  const folder = readdirSync(root).find((entry) => entry.startsWith(folderPrefix) && existsSync(path.join(root, entry, `${name}.html`)));
  if (!folder) throw new Error(`no ${name}.html under ${root}/${folderPrefix}*`);
  return `partner-api/${folder}/${name}`;
}

describe(`page HTML does not grow with the document (${copies}× the operations)`, () => {
  let syntheticGroups = 0;

  beforeAll(() => {
    if (!existsSync(path.join(realDist, 'BUILD_ID'))) throw new Error('no production build: run `npm run build` first');
    const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-document-'));
    const file = path.join(dir, 'synthetic.yaml');
    writeFileSync(file, execFileSync(process.execPath, ['scripts/synthetic-document.mjs', String(operationCount * copies)]));
    syntheticGroups = parse(readFileSync(file, 'utf8')).tags.length;
    const result = spawnSync('npx', ['next', 'build'], {
      env: { ...process.env, WINGFIELD_OPENAPI: file, NEXT_DIST_DIR: syntheticDist, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 600_000,
    });
    rmSync(dir, { recursive: true, force: true });
    if (result.status !== 0) throw new Error(`synthetic build failed:\n${result.stdout}\n${result.stderr}`);
  }, 660_000);

  afterAll(() => rmSync(syntheticDist, { recursive: true, force: true }));

  const pages = [
    ['endpoint', 'partner-api/organization/claimOrganizationRelation', () => findPage(syntheticDist, 'organization-', 'claimOrganizationRelation1')],
    ['guide', 'partner-api/authentication', () => 'partner-api/authentication'],
    ['error catalogue', 'partner-api/errors', () => 'partner-api/errors'],
  ] as const;

  for (const [kind, realPage, syntheticPage] of pages) {
    it(`${kind} page: at most ${bytesPerGroup} bytes more per added group, nothing per operation`, () => {
      const real = Buffer.byteLength(html(realDist, realPage));
      const synthetic = Buffer.byteLength(html(syntheticDist, syntheticPage()));
      const allowance = (syntheticGroups - realGroups) * bytesPerGroup;
      console.log(`${kind}: ${real} bytes with ${operationCount} operations, ${synthetic} with ${operationCount * copies} (${syntheticGroups} groups)`);
      expect(synthetic - real).toBeLessThanOrEqual(allowance);
    });
  }

  it('an endpoint page links to one operation of each other group (and its previous and next page)', () => {
    const page = html(syntheticDist, findPage(syntheticDist, 'organization-', 'claimOrganizationRelation1'));
    const elsewhere = new Set(
      [...page.matchAll(/href="\/partner-api\/([a-z-]+-\d+)\/(\w+)"/g)].filter(([, group]) => group !== 'organization-1').map(([, , operation]) => operation),
    );
    expect(elsewhere.size).toBeGreaterThanOrEqual(syntheticGroups - 1);
    expect(elsewhere.size).toBeLessThanOrEqual(syntheticGroups - 1 + 2);
  });
});
