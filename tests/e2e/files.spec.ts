import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { proxyDefaults } from '@/lib/proxy/proxy-limits';
import { buildFixtureSite, startFixtureSite, type FixtureSite } from './support/fixture-site';
import { openPanel, send } from './support/panel';

/**
 * Files through the panel, the real proxy and a local API that records what arrives, on a site
 * built from `tests/fixtures/files/files.yaml` (a multipart upload of an array of files, an
 * octet-stream upload, a PDF and pictures to download). The build is the spec's own: its pages are
 * the fixture's operations.
 */

const fixture = 'tests/fixtures/files/files.yaml';

interface Arrived {
  method: string;
  url: string;
  contentType: string;
  body: Buffer;
}

/** Bytes of every value, and some that are no UTF-8 at all: any text decoding on the way would show. */
const scan = Buffer.from(Array.from({ length: 3000 }, (_, index) => (index * 31) % 256));
const notes = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a, 0x0d]);
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)), Buffer.from('\n%%EOF\n')]);
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>window.__svgRan = true</script><rect width="10" height="10"/></svg>`;

let api: Server | undefined;
let site: FixtureSite | undefined;
let apiOrigin = '';
const arrived: Arrived[] = [];

function answer(request: IncomingMessage, body: Buffer, respond: (status: number, headers: Record<string, string>, body: Buffer | string) => void) {
  const url = request.url ?? '';
  if (url === '/documents') return respond(201, { 'content-type': 'application/json' }, '{"stored":2}');
  if (url.endsWith('/raw')) return respond(201, { 'content-type': 'application/json' }, JSON.stringify({ stored: body.byteLength }));
  if (url === '/statements/2026-11') {
    return respond(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="statement-2026-11.pdf"' }, pdf);
  }
  if (url === '/statements/hostile') {
    // a path out of the downloads folder, and a right-to-left override that makes `fdp.exe` read as `exe.pdf`
    return respond(
      200,
      { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="x.pdf"; filename*=UTF-8''..%2F..%2Fhome%2F%E2%80%AEfdp.exe.pdf` },
      pdf,
    );
  }
  if (url === '/pictures/photo') return respond(200, { 'content-type': 'image/png' }, png);
  if (url === '/pictures/logo') return respond(200, { 'content-type': 'image/svg+xml', 'content-disposition': 'inline; filename="logo.svg"' }, svg);
  respond(404, { 'content-type': 'application/json' }, '{}');
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // one `next build` of the fixture: minutes on a busy machine
  test.setTimeout(900_000);
  api = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      arrived.push({ method: request.method ?? '', url: request.url ?? '', contentType: request.headers['content-type'] ?? '', body });
      answer(request, body, (status, headers, payload) => response.writeHead(status, headers).end(payload));
    });
  });
  await new Promise<void>((resolve) => api!.listen(0, '127.0.0.1', resolve));
  apiOrigin = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
  const distDir = await buildFixtureSite('files', fixture);
  site = await startFixtureSite(distDir, fixture, { WINGFIELD_DEV_URL: apiOrigin, WINGFIELD_ENVIRONMENTS: '' });
});

test.afterAll(async () => {
  site?.stop();
  await new Promise((resolve) => api?.close(resolve));
});

test.beforeEach(() => {
  arrived.length = 0;
});

const pageOf = (operation: string) => `${site!.url}/partner-api/files/${operation}`;
const panelOf = (page: Page) => page.getByRole('region', { name: 'Try it' });

/** What the API read from a multipart body: its files' names and bytes, and its fields. */
async function formOf(request: Arrived) {
  const form = await new Request('http://api.local/', { method: 'POST', headers: { 'content-type': request.contentType }, body: new Uint8Array(request.body) }).formData();
  const files = await Promise.all(
    (form.getAll('documents') as File[]).map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })),
  );
  return { files, caption: form.get('caption') };
}

test('a multipart upload of two files arrives upstream with their names and bytes, and the other parts are validated as today', async ({ page }) => {
  await openPanel(page, pageOf('uploadDocuments'));
  const panel = panelOf(page);
  const caption = panel.getByLabel(/^caption/);
  await caption.fill('A caption much longer than the forty characters allowed');
  await panel.getByLabel(/^documents/).setInputFiles([
    { name: 'scan one.png', mimeType: 'image/png', buffer: scan },
    { name: 'notes.bin', mimeType: 'application/octet-stream', buffer: notes },
  ]);
  await expect(panel.getByRole('list', { name: 'Files chosen for documents' }).getByRole('listitem')).toHaveText(['scan one.png (2.9 KiB)', 'notes.bin (7 B)']);
  // the files count as present; the caption is checked against its schema
  await expect(panel.getByText('/caption must NOT have more than 40 characters')).toBeVisible();
  await expect(panel.getByText('documents is required')).toHaveCount(0);
  await caption.fill('March statements');
  await expect(panel.getByText('/caption must NOT have more than 40 characters')).toHaveCount(0);

  const response = await send(page);
  await expect(response).toContainText('201');
  expect(arrived).toHaveLength(1);
  expect(arrived[0].method).toBe('POST');
  expect(arrived[0].contentType).toMatch(/^multipart\/form-data; boundary=/);
  const { files, caption: sentCaption } = await formOf(arrived[0]);
  expect(files.map((file) => file.name)).toEqual(['scan one.png', 'notes.bin']);
  expect(files[0].bytes.equals(scan)).toBe(true);
  expect(files[1].bytes.equals(notes)).toBe(true);
  expect(sentCaption).toBe('March statements');

  // the history keeps the request without its files, which stay on the reader's device
  const stored = await page.evaluate(() => Object.values({ ...sessionStorage }).join('\n'));
  expect(stored).toContain('March statements');
  expect(stored).not.toContain('scan one.png');
});

test('an API that takes no credentials is offered without them, and its samples have none to reveal', async ({ page }) => {
  await page.goto(pageOf('uploadRawDocument'));
  await expect(page.getByText('Send this request and see what comes back. It needs no credentials.')).toBeVisible();
  await expect(page.getByText('with your API token')).toHaveCount(0);
  await openPanel(page, pageOf('uploadRawDocument'));
  await expect(panelOf(page).getByRole('heading', { name: 'This request as code' })).toBeVisible();
  await expect(panelOf(page).getByLabel(/^Reveal/)).toHaveCount(0);
});

test('an octet-stream body is chosen from a file and arrives byte for byte', async ({ page }) => {
  await openPanel(page, pageOf('uploadRawDocument'));
  const panel = panelOf(page);
  await panel.getByLabel(/^name/).fill('march.bin');
  // before a file is chosen, the body is missing: not a string that failed its schema
  await expect(panel.getByText('The request body is required.')).toBeVisible();
  await expect(panel.getByText('must be string')).toHaveCount(0);
  await panel.getByLabel(/^Body \(file\)/).setInputFiles({ name: 'march.bin', mimeType: 'application/octet-stream', buffer: scan });
  await expect(panel.getByText('The request body is required.')).toHaveCount(0);
  const response = await send(page);
  await expect(response).toContainText('201');
  expect(arrived.map((request) => [request.method, request.url, request.contentType])).toEqual([['PUT', '/documents/march.bin/raw', 'application/octet-stream']]);
  expect(arrived[0].body.equals(scan)).toBe(true);
});

test('a PDF answer downloads with its file name and bytes', async ({ page }) => {
  await openPanel(page, pageOf('downloadStatement'));
  await panelOf(page).getByLabel(/^month/).fill('2026-11');
  const response = await send(page);
  await expect(response).toContainText('200');
  await expect(response).toContainText('statement-2026-11.pdf');
  const downloading = page.waitForEvent('download');
  await response.getByRole('link', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('statement-2026-11.pdf');
  expect(readFileSync(await download.path()).equals(pdf)).toBe(true);
});

test('a hostile file name in Content-Disposition is made one safe name', async ({ page }) => {
  await openPanel(page, pageOf('downloadStatement'));
  await panelOf(page).getByLabel(/^month/).fill('hostile');
  const response = await send(page);
  const downloading = page.waitForEvent('download');
  await response.getByRole('link', { name: 'Download' }).click();
  expect((await downloading).suggestedFilename()).toBe('home_fdp.exe.pdf');
});

test('a PNG answer is previewed; an answer claiming image/svg+xml is not drawn, and its script never runs', async ({ page }) => {
  await openPanel(page, pageOf('getPicture'));
  const name = panelOf(page).getByLabel(/^name/);
  await name.fill('photo');
  let response = await send(page);
  const image = response.getByRole('img', { name: /The answer's image \(image\/png/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1);

  await response.getByRole('button', { name: 'Clear response' }).click();
  await name.fill('logo');
  response = await send(page);
  await expect(response).toContainText('An SVG image can carry script, so it is not shown here');
  await expect(response.locator('img, svg image, object, embed, iframe')).toHaveCount(0);
  await expect(response.locator('rect')).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await response.getByRole('link', { name: 'Download' }).click();
  expect((await downloading).suggestedFilename()).toBe('logo.svg');
  expect(await page.evaluate(() => (window as { __svgRan?: boolean }).__svgRan)).toBeUndefined();
});

test('a file over the proxy limit is explained before sending and nothing is sent; the proxy refuses such a body clearly itself', async ({ page, request }) => {
  await openPanel(page, pageOf('uploadDocuments'));
  const panel = panelOf(page);
  await panel.getByLabel(/^caption/).fill('Too large');
  const large = Buffer.alloc(Math.round(1.5 * 1024 * 1024), 7);
  await panel.getByLabel(/^documents/).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: large });
  await expect(panel.getByRole('alert').filter({ hasText: 'Cannot be sent' })).toHaveText(
    "Cannot be sent: report.pdf is 1.5 MiB; this site's proxy sends at most 1 MiB. Choose a smaller file.",
  );
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText("Not sent: report.pdf is 1.5 MiB; this site's proxy sends at most 1 MiB. Change it and send again.")).toBeVisible();
  await expect(page.getByRole('region', { name: 'Response' })).toHaveCount(0);
  expect(arrived).toEqual([]);

  // a client that skips the panel: the proxy says the size and its limit, and forwards nothing
  const refused = await request.put(`${site!.url}/api/proxy?url=${encodeURIComponent(`${apiOrigin}/documents/big/raw`)}`, {
    headers: { 'content-type': 'application/octet-stream' },
    data: Buffer.alloc(proxyDefaults.maxRequestBytes * 2),
  });
  expect(refused.status()).toBe(413);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
    'The request body is 2.0 MiB; the try-it proxy sends at most 1 MiB (files included), so nothing was sent.',
  );
  expect(arrived).toEqual([]);
});
