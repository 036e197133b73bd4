import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { streamMarkHeader, streamTimeLimitComment } from '@/lib/proxy/event-stream';
import { getSiteProxy } from '@/lib/proxy/site-proxy';

/**
 * A stream of events through the site's proxy as `/api/proxy` runs it, from an API on loopback
 * that sends five events 300 ms apart and records when it sent each and when its connection
 * closed: the events pass as they are sent, the reader's abort closes the API's connection, and
 * the time limit ends the stream instead of breaking it.
 */

const timeLimitMs = 2_500;
const saved = { ...process.env };
let dir: string;
let server: Server;
let origin: string;
/** Per request: when each event was sent, and when the API saw its connection close. */
const streams: { sent: number[]; closedAt?: number; ended: boolean }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const record: (typeof streams)[number] = { sent: [], ended: false };
    streams.push(record);
    res.on('close', () => (record.closedAt = performance.now()));
    // an API posing as the proxy: its mark must not reach the panel
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', [streamMarkHeader]: 'from-the-api' });
    const count = req.url?.endsWith('/endless') ? Infinity : 5;
    let n = 0;
    const send = () => {
      if (res.destroyed) return;
      n += 1;
      res.write(`event: tick\nid: ${n}\ndata: {"n":${n}}\n\n`);
      record.sent.push(performance.now());
      if (n >= count) {
        record.ended = true;
        res.end();
      } else setTimeout(send, 300);
    };
    send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'wingfield-streams-'));
  const file = path.join(dir, 'events.json');
  const stream = { '200': { description: 'Events', content: { 'text/event-stream': { schema: { type: 'string' } } } } };
  writeFileSync(
    file,
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Ticks', version: '1' },
      servers: [{ url: 'https://api.ticks.example' }],
      paths: { '/ticks': { get: { operationId: 'ticks', responses: stream } }, '/ticks/endless': { get: { operationId: 'endless', responses: stream } } },
    }),
  );
  process.env.WINGFIELD_OPENAPI = file;
  process.env.WINGFIELD_DEV_URL = origin;
  process.env.WINGFIELD_RATE_LIMIT = '0';
  process.env.WINGFIELD_PROXY_TIMEOUT_MS = String(timeLimitMs);
});

afterAll(() => {
  for (const name of ['WINGFIELD_OPENAPI', 'WINGFIELD_DEV_URL', 'WINGFIELD_RATE_LIMIT', 'WINGFIELD_PROXY_TIMEOUT_MS']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function call(target: string, signal?: AbortSignal) {
  return getSiteProxy()(new Request(`http://docs.local/api/proxy?url=${encodeURIComponent(`${origin}${target}`)}`, { signal }));
}

/** Reads until `text` has arrived; the time each chunk arrived, and everything read. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string) {
  let read = '';
  while (!read.includes(text)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    read += new TextDecoder().decode(chunk.value);
  }
  return { read, at: performance.now() };
}

it('passes each event on as the API sends it: the first arrives before the API has sent the last', async () => {
  const response = await call('/ticks');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  // compression or an intermediary would hold the events back to fill a buffer
  expect(response.headers.get('cache-control')).toBe('no-store, no-transform');
  const reader = response.body!.getReader();
  const first = await readUntil(reader, '\n\n');
  expect(first.read).toBe('event: tick\nid: 1\ndata: {"n":1}\n\n');
  const api = streams.at(-1)!;
  expect(api.sent.length, 'events the API had sent when the first arrived').toBeLessThan(5);
  const rest = await readUntil(reader, 'id: 5');
  expect(rest.read).toContain('data: {"n":5}');
  expect((await reader.read()).done).toBe(true);
  expect(api.sent).toHaveLength(5);
  expect(first.at).toBeLessThan(api.sent[4]!);
});

it("closes the API's connection when the reader aborts (the panel's Stop)", async () => {
  const stop = new AbortController();
  const response = await call('/ticks', stop.signal);
  const reader = response.body!.getReader();
  await readUntil(reader, 'id: 2');
  const api = streams.at(-1)!;
  stop.abort();
  await expect.poll(() => api.closedAt, { timeout: 2_000 }).toBeDefined();
  expect(api.ended, 'the API was cut off before its last event').toBe(false);
  expect(api.sent.length).toBeLessThan(5);
});

it('lets a stream run until the time limit, then ends it cleanly with a comment that says so, and closes the API', async () => {
  const started = performance.now();
  const response = await call('/ticks/endless');
  const reader = response.body!.getReader();
  let read = '';
  // the stream ends (done), it does not error
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) read += new TextDecoder().decode(chunk.value);
  const elapsed = performance.now() - started;
  expect(elapsed).toBeGreaterThanOrEqual(timeLimitMs - 50);
  expect(read).toContain('data: {"n":5}');
  const mark = response.headers.get(streamMarkHeader);
  // the proxy's own, drawn for this stream: the API's header of that name was dropped
  expect(mark).toMatch(/^[0-9a-f-]{36}$/);
  expect(read.endsWith(`: ${streamTimeLimitComment} (2500 ms) ${mark}\n\n`)).toBe(true);
  const api = streams.at(-1)!;
  await expect.poll(() => api.closedAt, { timeout: 2_000 }).toBeDefined();
});
