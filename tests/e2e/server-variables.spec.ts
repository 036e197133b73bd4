import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { getApiModel } from '@/lib/endpoints';
import { projectDocumentPath } from '@/lib/openapi/load-document';
import { freePort } from '../../scripts/free-port.mjs';
import { gotoHydrated } from './support/hydrated';

/**
 * A document whose second server has a variable, served by the same build: the pages are the
 * project's, and the environments and the proxy read the document at run time. Its server is a
 * local API on loopback, whose origin the operator names, that records what arrives.
 */

const claim = getApiModel().byKey.get('claimOrganizationRelation')!;

let site: ChildProcess | undefined;
let api: Server | undefined;
let folder: string | undefined;
let siteUrl = '';
const received: { method?: string; url?: string }[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  api = createServer((request: IncomingMessage, response) => {
    received.push({ method: request.method, url: request.url });
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => api!.listen(0, '127.0.0.1', resolve));
  const apiOrigin = `http://127.0.0.1:${(api.address() as { port: number }).port}`;

  const document = parse(readFileSync(projectDocumentPath, 'utf8'));
  document.servers = [
    document.servers[0],
    { url: `${apiOrigin}/{release}`, description: 'Releases', variables: { release: { default: 'stable', enum: ['stable', 'beta'] } } },
  ];
  folder = mkdtempSync(path.join(tmpdir(), 'server-variables-'));
  const file = path.join(folder, 'servers.yaml');
  writeFileSync(file, stringify(document));

  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  site = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, WINGFIELD_OPENAPI: file, WINGFIELD_ENVIRONMENTS: `Local API=${apiOrigin}`, WINGFIELD_DEV_URL: '' },
    stdio: 'ignore',
  });
  for (let waited = 0; ; waited += 500) {
    const ready = await fetch(`${siteUrl}/api/environments`).then((r) => r.ok, () => false);
    if (ready) break;
    if (waited > 90_000) throw new Error('the site with the servers document did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  site?.kill();
  await new Promise((resolve) => api?.close(resolve));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const sentPaths = () => received.map((request) => [request.method, request.url?.replace(/[0-9a-f-]{36}/, ':id')]);
const claimAt = (release: string) => ['POST', `/${release}/api/v1/external-services/:id/organization-relations/claim`];

test('a server variable chosen in the panel changes the URL that is sent, and a shared link carries it', async ({ page, browser }) => {
  await gotoHydrated(page, `${siteUrl}${claim.url}`);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

  // the environment, then its variable: a select, since the variable has an enum
  await page.getByRole('button', { name: /^Dev/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').first().click();
  await page.getByRole('option', { name: /\{release\}/ }).click();
  await dialog.getByRole('combobox', { name: 'release' }).click();
  await page.getByRole('option', { name: 'beta' }).click();
  await page.keyboard.press('Escape');
  const trigger = page.getByRole('button', { name: /^Releases/ });
  await expect(trigger).toContainText('/beta');
  await expect(page.getByText(/Environment \(Releases\):/)).toContainText('/beta');

  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('200');
  expect(sentPaths()).toEqual([claimAt('beta')]);
  await expect(page.getByRole('list', { name: 'Request history' })).toContainText('/beta/api/v1/external-services/');

  // a reader elsewhere, with nothing remembered: the link alone chooses the environment and its variable
  await page.getByRole('button', { name: 'Copy link to this request' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this request' }).inputValue();
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await gotoHydrated(other, link);
  await expect(other.getByRole('button', { name: /^Releases/ })).toContainText('/beta');
  await other.getByRole('button', { name: 'Send' }).click();
  await expect(other.getByRole('region', { name: 'Response' })).toContainText('200');
  expect(sentPaths()).toEqual([claimAt('beta'), claimAt('beta')]);
  await elsewhere.close();
});

test('a shared link whose server variable the server cannot produce is refused, and nothing is sent', async ({ page }) => {
  const payload = { v: 1, op: claim.key, env: 'Releases', vars: { release: 'stable/../../admin' } };
  const before = received.length;
  await gotoHydrated(page, `${siteUrl}${claim.url}#try-it=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`);
  await expect(page.getByText(/its server variables make .* which is not a URL of "Releases"/)).toBeVisible();
  expect(received.length).toBe(before);
});
