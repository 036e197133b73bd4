/**
 * The authoring loop as a maintainer lives it: `npm run dev` (scripts/dev.mjs) on a copy of the
 * document, Chromium on a page, an edit, a reload. `next dev` compiles each route on first use,
 * which takes long on a small machine: the timeouts are generous, and every wait is on a condition.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.mjs';
import { whenReady } from '../support/ready';

const root = path.resolve(import.meta.dirname, '../..');
const pageUrl = '/partner-api/organization/claimOrganizationRelation';
const guideFile = path.join(root, 'content/partner-api/authentication.mdx');
const validatorFile = path.join(root, 'lib/generated/validators/claimOrganizationRelation.js');
const compile = 240_000;

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return undefined;
}

let dir: string;
let documentFile: string;
let server: ChildProcess;
let output = '';
let baseUrl: string;
let browser: Browser;
let page: Page;
const originalGuide = readFileSync(guideFile, 'utf8');
const originalValidator = readFileSync(validatorFile, 'utf8');

function editDocument(change: (text: string) => string) {
  writeFileSync(documentFile, change(readFileSync(documentFile, 'utf8')));
}

/** Reloads until `read` gives what is expected: each reload is one request to `next dev`. */
async function reloadUntil(url: string, read: (page: Page) => Promise<unknown>, expected: RegExp | string) {
  await expect
    .poll(
      async () => {
        await page.goto(`${baseUrl}${url}`, { waitUntil: 'domcontentloaded', timeout: compile });
        return String(await read(page));
      },
      { timeout: compile, interval: 1_000 },
    )
    .toMatch(expected);
}

const heading = (p: Page) => p.locator('h1').first().textContent();

/** How many times `next dev` has said it compiled a change so far. */
const compilations = () => output.match(/✓ Compiled in\b/g)?.length ?? 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'wingfield-dev-'));
  documentFile = path.join(dir, 'wingfield-partner-api.yaml');
  copyFileSync(path.join(root, 'openapi/wingfield-partner-api.yaml'), documentFile);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/dev.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', WINGFIELD_OPENAPI: documentFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await whenReady(server, () => output, compile);
  // the first request compiles the route: one request, answered once it is built
  const health = await fetch(`${baseUrl}/api/environments`);
  if (health.status !== 200) throw new Error(`npm run dev answers ${health.status} on /api/environments:\n${output}`);
  const executablePath = chromiumPath();
  browser = await chromium.launch({
    executablePath,
    args: executablePath ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] : [],
  });
  page = await browser.newPage();
}, compile + 60_000);

afterAll(async () => {
  writeFileSync(guideFile, originalGuide);
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    // the whole group: scripts/dev.mjs and the next dev it started
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  }
  // the watcher wrote the validators of the edited copy; the copy is back to the original, and
  // so must the generated file be
  if (readFileSync(validatorFile, 'utf8') !== originalValidator) writeFileSync(validatorFile, originalValidator);
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('npm run dev follows the document and the guides without a restart', () => {
  // first in this file: the guide's route must not have been compiled before the edit
  it('shows a guide edited after an endpoint page was opened, on its first load or the next reload', async () => {
    // a tab of its own, closed before the edit: an open one would refetch the endpoint page when
    // the edit is compiled, and that request would carry the edit to the guide's route as well
    const endpointTab = await browser.newPage();
    await endpointTab.goto(`${baseUrl}${pageUrl}`, { waitUntil: 'domcontentloaded', timeout: compile });
    expect(await heading(endpointTab)).toBe('Claim organization relation');
    await endpointTab.close();

    const line = 'A line added after an endpoint page was opened.';
    const before = compilations();
    writeFileSync(guideFile, `${originalGuide}\n${line}\n`);
    await expect.poll(compilations, { timeout: compile, interval: 250 }).toBeGreaterThan(before);
    await page.goto(`${baseUrl}/partner-api/authentication`, { waitUntil: 'domcontentloaded', timeout: compile });
    if ((await page.getByText(line).count()) === 0) await page.reload({ waitUntil: 'domcontentloaded', timeout: compile });
    expect(await page.getByText(line).count()).toBe(1);

    writeFileSync(guideFile, originalGuide);
    await reloadUntil('/partner-api/authentication', (p) => p.getByText(line).count(), '0');
  }, compile * 2);

  it('shows an edited summary on the page, in the sidebar, in search and in the Markdown twin', async () => {
    await reloadUntil(pageUrl, heading, 'Claim organization relation');
    editDocument((text) => text.replace('summary: Claim organization relation', 'summary: Claim a club by its connect token'));
    await reloadUntil(pageUrl, heading, 'Claim a club by its connect token');
    expect(await page.locator(`a[href="${pageUrl}"]`, { hasText: 'Claim a club by its connect token' }).count()).toBeGreaterThan(0);

    const markdown = await (await fetch(`${baseUrl}${pageUrl}.md`)).text();
    expect(markdown).toContain('Claim a club by its connect token');
    const hits = (await (await fetch(`${baseUrl}/api/search?query=${encodeURIComponent('club by its connect token')}`)).json()) as {
      url: string;
    }[];
    expect(hits.some((hit) => hit.url.startsWith(pageUrl))).toBe(true);
  }, compile * 2);

  it('compiles the try-it validators again after an edit of a schema', async () => {
    editDocument((text) =>
      text.replace(
        "          description: Your system's organization identifier.\n",
        "          description: Your system's organization identifier.\n          maxLength: 77\n",
      ),
    );
    await expect.poll(() => readFileSync(validatorFile, 'utf8'), { timeout: 60_000, interval: 250 }).toContain('77');
    const payload = await (await fetch(`${baseUrl}/api/try-it/claimOrganizationRelation`)).text();
    expect(payload).toContain('"maxLength":77');
  }, 120_000);

  it('shows file:line: reason of a broken document in the browser and the terminal, and recovers when fixed', async () => {
    const good = readFileSync(documentFile, 'utf8');
    editDocument((text) => text.replace("$ref: '#/components/schemas/CourtBookingList'", "$ref: '#/components/schemas/NoSuchSchema'"));
    const reason = /wingfield-partner-api\.yaml:\d+:\d+: dangling \$ref "#\/components\/schemas\/NoSuchSchema"/;
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}${pageUrl}`, { waitUntil: 'load', timeout: compile });
          return page.getByText(reason).count();
        },
        { timeout: compile, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    expect(output).toMatch(reason);

    editDocument(() => good);
    await reloadUntil(pageUrl, heading, 'Claim a club by its connect token');
  }, compile * 2);

  it('shows an edited guide on reload', async () => {
    await reloadUntil('/partner-api/authentication', heading, 'Authentication');
    writeFileSync(guideFile, originalGuide.replace('## The bearer token', '## The bearer token, edited'));
    await reloadUntil('/partner-api/authentication', (p) => p.locator('h2').first().textContent(), 'The bearer token, edited');
    writeFileSync(guideFile, originalGuide);
    await reloadUntil('/partner-api/authentication', (p) => p.locator('h2').first().textContent(), /^The bearer token#?$/);
  }, compile * 2);
});
