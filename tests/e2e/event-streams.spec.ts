import { createServer, type Server, type ServerResponse } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './support/hydrated';
import { buildFixtureSite, startFixtureSite, type FixtureSite } from './support/fixture-site';

/**
 * A document whose operations answer with `text/event-stream`, built into a folder of its own
 * (the project's document has none, and pages come from the build's document), served with the
 * real proxy in front of a local API that streams ticks 300 ms apart and records when it wrote
 * each one and whether the client went away. Building the fixture site costs one `next build`
 * of a two-operation document (about two minutes here) on top of the suite's own build.
 */

const streamsDocument = 'tests/fixtures/streams/event-streams.yaml';
const proxyTimeoutMs = 4_000;
const tickMs = 300;

interface Stream {
  path: string;
  /** When each event was written (ms since the epoch, the clock the browser shares). */
  written: number[];
  /** The client closed the connection before the API ended the stream. */
  closedByClient: boolean;
}

let api: Server | undefined;
let site: FixtureSite | undefined;
const streams: Stream[] = [];

/** Markup in an event's data: shown as the text it is, never made into an element of the page. */
const hostileNote = '<img src=x onerror="document.title=\'owned\'">';

/**
 * Tick `n`: event name, id and JSON data; the third carries a string where the document says
 * integer, the fourth markup.
 */
function tick(response: ServerResponse, stream: Stream, n: number) {
  const data = n === 3 ? '{"n":"three"}' : JSON.stringify(n === 4 ? { n, note: hostileNote } : { n });
  response.write(`event: tick\nid: ${n}\ndata: ${data}\n\n`);
  stream.written.push(Date.now());
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  api = createServer((request, response) => {
    const stream: Stream = { path: request.url ?? '', written: [], closedByClient: false };
    streams.push(stream);
    request.resume();
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    const forever = request.url === '/ticks/forever';
    let n = 0;
    const next = () => {
      tick(response, stream, ++n);
      if (!forever && n === 5) response.end();
    };
    next();
    const timer = setInterval(next, tickMs);
    response.on('close', () => {
      clearInterval(timer);
      if (!response.writableFinished) stream.closedByClient = true;
    });
    response.on('finish', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => api!.listen(0, '127.0.0.1', resolve));
  const apiOrigin = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
  const distDir = await buildFixtureSite('event-streams', streamsDocument);
  site = await startFixtureSite(distDir, streamsDocument, {
    WINGFIELD_DEV_URL: apiOrigin,
    WINGFIELD_DOCUMENT_SERVERS: '0',
    WINGFIELD_PROXY_TIMEOUT_MS: String(proxyTimeoutMs),
  });
});

test.afterAll(async () => {
  await site?.stop();
  api?.closeAllConnections();
  await new Promise((resolve) => api?.close(resolve));
});

/** Opens the operation's panel and notes, in the page, when the first event is shown. */
async function openPanel(page: Page, operation: string) {
  await gotoHydrated(page, `${site!.url}/partner-api/ticks/${operation}`);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  await page.evaluate(() => {
    const seen = window as unknown as { firstEventShownAt?: number };
    const observer = new MutationObserver(() => {
      if (document.querySelector('[aria-label="Event 1"]')) {
        seen.firstEventShownAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

// the events themselves, not the lists of mismatches inside them
const events = (page: Page) => page.getByRole('list', { name: 'Events' }).locator(':scope > li');
const streamStatus = (page: Page) => page.getByRole('region', { name: 'Response' }).getByRole('status').filter({ hasText: /events?\b/ });

test('events show as they arrive, each with its name, id, data and mark, and the status says the API ended the stream', async ({ page }) => {
  await openPanel(page, 'streamTicks');
  const before = streams.length;
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(events(page).first()).toBeVisible();
  await expect(events(page)).toHaveCount(5);
  await expect(streamStatus(page)).toHaveText('Ended by the API after 5 events.');
  const stream = streams[before]!;
  expect(stream.written).toHaveLength(5);
  const shownAt = await page.evaluate(() => (window as unknown as { firstEventShownAt?: number }).firstEventShownAt);
  // the first event was on screen while the API had still to write its last one
  expect(shownAt).toBeGreaterThanOrEqual(stream.written[0]!);
  expect(shownAt).toBeLessThan(stream.written[4]!);

  const first = page.getByRole('listitem', { name: 'Event 1', exact: true });
  await expect(first.getByRole('definition')).toHaveText(['tick', '1']);
  await expect(first.locator('pre')).toHaveText('{\n  "n": 1\n}');
  await expect(first).toContainText('✓ Matches the documentation');
  const third = page.getByRole('listitem', { name: 'Event 3', exact: true });
  await expect(third.locator('pre')).toHaveText('{\n  "n": "three"\n}');
  await expect(third).toContainText('Differs from the documentation');
  await expect(third.getByRole('list', { name: 'Mismatches' })).toContainText('/n');
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  const fourth = page.getByRole('listitem', { name: 'Event 4', exact: true });
  await expect(fourth.locator('pre')).toContainText(`"note": ${JSON.stringify(hostileNote)}`);
  await expect(page.getByRole('list', { name: 'Events' }).locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('owned');

  // the history has the request and its status, never the events
  await expect(page.getByRole('list', { name: 'Request history' })).toContainText('/ticks');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  expect(stored).toContain('/ticks');
  expect(stored).not.toContain('three');
});

test('Stop ends the stream up to the API, before its fifth event, and the status says so', async ({ page }) => {
  await openPanel(page, 'streamTicks');
  const before = streams.length;
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('listitem', { name: 'Event 1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();

  await expect(streamStatus(page)).toHaveText(/^Stopped by you after [1-4] events?\.$/);
  const stream = streams[before]!;
  await expect.poll(() => stream.closedByClient).toBe(true);
  expect(stream.written.length).toBeLessThan(5);
});

test("a stream that never ends shows its events and ends at the proxy's time limit, which the status says", async ({ page }) => {
  await openPanel(page, 'streamTicksForever');
  const before = streams.length;
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('listitem', { name: 'Event 1', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();

  await expect(streamStatus(page)).toHaveText(/^Ended at the proxy's time limit \(4 s\) after \d+ events\.$/, { timeout: proxyTimeoutMs + 20_000 });
  const shown = await events(page).count();
  expect(shown).toBeGreaterThan(1);
  const stream = streams[before]!;
  await expect.poll(() => stream.closedByClient).toBe(true);
  expect(stream.written.length).toBeGreaterThanOrEqual(shown);
});
