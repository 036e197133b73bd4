import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getSiteProxy } from '@/lib/proxy/site-proxy';
import { startCanary, type Canary } from '../e2e/support/canary';

/**
 * The site's proxy as `/api/proxy` runs it (the real handler, environments from the process
 * environment, operations from a document) against real HTTP servers on loopback: what a
 * document that someone else wrote, and a client that crafts its own requests, can make it do.
 */

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

async function startApi(route: Route) {
  const received: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => route(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, received, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A small document of someone else's: header and cookie parameters of its own choosing, a base path. */
function documentFor(server: string): string {
  const ok = { '200': { description: 'OK' } };
  const thingId = { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } };
  const header = (name: string) => ({ name, in: 'header', schema: { type: 'string' } });
  return JSON.stringify({
    openapi: '3.1.0',
    info: { title: 'Things', version: '1' },
    servers: [{ url: server }],
    paths: {
      '/things/{thingId}': {
        parameters: [thingId],
        get: {
          operationId: 'getThing',
          parameters: [header('Cookie'), header('Connection'), header('Transfer-Encoding'), header('X-Forwarded-For'), header('Host'), header('Metadata-Flavor')],
          responses: ok,
        },
        delete: { operationId: 'deleteThing', responses: { '204': { description: 'Deleted' } } },
      },
      '/things/{thingId}/reset': {
        parameters: [thingId],
        post: { operationId: 'resetThing', responses: { '205': { description: 'Reset' } } },
        put: { operationId: 'replaceReset', responses: ok },
      },
      '/session': {
        get: { operationId: 'getSession', parameters: [{ name: 'session_hint', in: 'cookie', schema: { type: 'string' } }], responses: ok },
      },
      '/stream': { get: { operationId: 'stream', responses: ok } },
      '/slow': { get: { operationId: 'slow', responses: ok } },
      '/download': { get: { operationId: 'download', responses: ok } },
    },
  });
}

let dir: string;
let api: Awaited<ReturnType<typeof startApi>>;
let canary: Canary;
/** Answers of `/v1/stream` and `/v1/slow` wait for this to be called. */
let finish: () => void = () => undefined;
let finished = Promise.resolve();
const saved = { ...process.env };

function holdAnswers() {
  finished = new Promise<void>((resolve) => (finish = resolve));
}

function useDocument(server: string) {
  const file = path.join(dir, `${encodeURIComponent(server)}.json`);
  writeFileSync(file, documentFor(server));
  process.env.WINGFIELD_OPENAPI = file;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'wingfield-site-proxy-'));
  process.env.WINGFIELD_RATE_LIMIT = '0';
  process.env.WINGFIELD_PROXY_CONCURRENCY = '2';
  delete process.env.WINGFIELD_ENVIRONMENTS;
  canary = await startCanary();
  api = await startApi((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/v1/things/') && url.endsWith('/reset') && req.method === 'POST') {
      res.writeHead(205).end();
    } else if (url === '/v1/stream') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first part;');
      void finished.then(() => res.end('last part'));
    } else if (url === '/v1/slow') {
      void finished.then(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}'));
    } else if (url === '/v1/download') {
      res
        .writeHead(200, {
          'Content-Type': 'text/html',
          'Content-Disposition': 'attachment; filename="report.html"',
          'Content-Security-Policy': "script-src 'unsafe-inline' *",
          'X-Frame-Options': 'ALLOWALL',
          'Cross-Origin-Opener-Policy': 'unsafe-none',
          'Cross-Origin-Resource-Policy': 'cross-origin',
          'Permissions-Policy': 'camera=*',
          'Strict-Transport-Security': 'max-age=0',
        })
        .end('<script>alert(document.domain)</script>');
    } else {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    }
  });
});

afterAll(async () => {
  for (const name of ['WINGFIELD_OPENAPI', 'WINGFIELD_DEV_URL', 'WINGFIELD_ENVIRONMENTS', 'WINGFIELD_RATE_LIMIT', 'WINGFIELD_PROXY_CONCURRENCY']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  finish();
  api.server.closeAllConnections();
  api.server.close();
  await canary.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  api.received.length = 0;
  canary.hits.length = 0;
});

/** The proxy's answer as it starts, its body still streaming. */
function sendStreamed(target: string, init: RequestInit = {}, cookie?: string) {
  const query = new URLSearchParams({ url: target });
  if (cookie !== undefined) query.set('cookie', cookie);
  return getSiteProxy()(new Request(`http://docs.local/api/proxy?${query}`, init));
}

/** The proxy's answer read to its end, as a browser reads it. */
async function send(target: string, init: RequestInit = {}, cookie?: string) {
  const response = await sendStreamed(target, init, cookie);
  const body = await response.arrayBuffer();
  return new Response(body.byteLength ? body : null, { status: response.status, headers: response.headers });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { type: string; message: string } }).error;
}

describe('an environment the operator names: a mock on 127.0.0.1 in WINGFIELD_DEV_URL', () => {
  beforeAll(() => {
    useDocument('https://api.things.example/v1');
    process.env.WINGFIELD_DEV_URL = api.origin;
  });

  it("is called, on the document's operations", async () => {
    const response = await send(`${api.origin}/v1/things/42`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(api.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/things/42']);
  });

  describe('the proxy reaches only the paths that the document describes', () => {
    const escapes: [string, string][] = [
      ['dot segments', '/v1/things/1/../../../admin'],
      ['encoded dot segments', '/v1/things/%2E%2e/%2e%2E/admin'],
      ['encoded dot segments in a parameter', '/v1/things/%2e%2e'],
      ['an encoded slash in a parameter', '/v1/things/..%2f..%2fadmin'],
      ['an encoded backslash in a parameter', '/v1/things/..%5C..%5Cadmin'],
      // a malformed escape stops a strict decoder, not a forgiving server
      ['an encoded slash beside a malformed escape', '/v1/things/admin%2freset%zz'],
      ['a doubly encoded dot segment', '/v1/things/%252e%252e/reset'],
      ['a dot segment with a path parameter, as Tomcat reads it', '/v1/things/..;/reset'],
      ['full-width dots, as Unicode folding reads them', '/v1/things/%EF%BC%8E%EF%BC%8E/reset'],
      ['a path the document does not have', '/v1/admin'],
      ['a path outside the base path', '/admin/things/1'],
      ['a documented path outside the base path', '/things/1'],
      ['a documented path with more segments', '/v1/things/1/reset/extra'],
    ];
    for (const [name, target] of escapes) {
      it(`refuses ${name}, before anything is sent`, async () => {
        const response = await send(`${api.origin}${target}`);
        expect(response.status, target).toBeGreaterThanOrEqual(400);
        expect(response.status, target).toBeLessThan(500);
        expect(response.headers.get('x-proxy-error')).toMatch(/^proxy_(invalid_path|path_not_documented)$/);
        expect((await errorOf(response)).message).toMatch(/path/);
        expect(api.received).toEqual([]);
      });
    }

    it("refuses a method that the path's operations do not have, naming the ones they do", async () => {
      // PUT is a method of the document, but not of this path
      const response = await send(`${api.origin}/v1/things/1`, { method: 'PUT' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, DELETE');
      expect(api.received).toEqual([]);
    });
  });

  describe('headers', () => {
    it("never forwards the site's cookies, even when the document declares a Cookie header", async () => {
      const response = await send(`${api.origin}/v1/things/1`, { headers: { Cookie: 'site_session=secret' } });
      expect(response.status).toBe(200);
      expect(api.received[0].headers.cookie).toBeUndefined();
    });

    it('ignores declared hop-by-hop and forwarding headers instead of failing the request', async () => {
      const response = await send(`${api.origin}/v1/things/1`, {
        headers: { Connection: 'x-forwarded-for', 'Transfer-Encoding': 'chunked', 'X-Forwarded-For': '10.0.0.1', Host: 'internal.example' },
      });
      expect(response.status).toBe(200);
      const [received] = api.received;
      expect(received.headers['x-forwarded-for']).toBeUndefined();
      expect(received.headers['transfer-encoding']).toBeUndefined();
      expect(received.headers.host).toBe(new URL(api.origin).host);
    });

    it('forwards a header parameter only to the operations that declare it', async () => {
      await send(`${api.origin}/v1/things/1`, { headers: { 'Metadata-Flavor': 'Google' } });
      await send(`${api.origin}/v1/things/1`, { method: 'DELETE', headers: { 'Metadata-Flavor': 'Google' } });
      expect(api.received.map((r) => [r.method, r.headers['metadata-flavor']])).toEqual([
        ['GET', 'Google'],
        ['DELETE', undefined],
      ]);
    });
  });

  describe('cookie parameters', () => {
    it('travel in the `cookie` query parameter and reach the API as its Cookie header, without the browser\'s cookies', async () => {
      const response = await send(
        `${api.origin}/v1/session`,
        { headers: { Cookie: 'site_session=secret' } },
        `session_hint=${encodeURIComponent('a b;c')}`,
      );
      expect(response.status).toBe(200);
      expect(api.received[0].headers.cookie).toBe('session_hint=a%20b%3Bc');
    });

    it('go to that request only', async () => {
      await send(`${api.origin}/v1/session`, {}, 'session_hint=1');
      await send(`${api.origin}/v1/session`);
      expect(api.received.map((r) => r.headers.cookie)).toEqual(['session_hint=1', undefined]);
    });

    it('are refused when the operation does not declare them, naming the ones it does', async () => {
      const response = await send(`${api.origin}/v1/session`, {}, 'session_hint=1; admin=true');
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ type: 'proxy_cookie_not_allowed', message: expect.stringContaining('"session_hint"') });
      const other = await send(`${api.origin}/v1/things/1`, {}, 'session_hint=1');
      expect(other.status).toBe(400);
      expect(api.received).toEqual([]);
    });
  });

  it('passes 205 Reset Content through, without a body', async () => {
    const response = await send(`${api.origin}/v1/things/1/reset`, { method: 'POST' });
    expect(response.status).toBe(205);
    expect(response.headers.get('x-proxy-error')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it("streams the API's answer: the first part arrives before the API has finished", async () => {
    holdAnswers();
    const answer = sendStreamed(`${api.origin}/v1/stream`);
    const response = await Promise.race([answer, new Promise<undefined>((resolve) => setTimeout(resolve, 3_000))]);
    expect(response, 'the answer started within 3 s although the API had not finished').toBeDefined();
    const reader = response!.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('first part;');
    finish();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe('last part');
  });

  it('caps the requests it sends at once (WINGFIELD_PROXY_CONCURRENCY): one more gets 503 with Retry-After, not a place in a queue', async () => {
    holdAnswers();
    const pending = [send(`${api.origin}/v1/slow`), send(`${api.origin}/v1/slow`)];
    await expect.poll(() => api.received.length).toBe(2);
    const over = await Promise.race([send(`${api.origin}/v1/slow`), new Promise<undefined>((resolve) => setTimeout(resolve, 3_000))]);
    expect(over?.status, 'the third request was answered at once').toBe(503);
    expect(over!.headers.get('retry-after')).toBe('1');
    expect(await errorOf(over!)).toMatchObject({ type: 'proxy_busy' });
    finish();
    expect((await Promise.all(pending)).map((r) => r.status)).toEqual([200, 200]);
    // the slots are free again
    expect((await send(`${api.origin}/v1/things/1`)).status).toBe(200);
    expect(api.received).toHaveLength(3);
  });

  it("renames the API's download and security headers, and adds nosniff", async () => {
    const response = await send(`${api.origin}/v1/download`);
    expect(response.status).toBe(200);
    for (const name of ['content-disposition', 'content-security-policy', 'x-frame-options', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'permissions-policy', 'strict-transport-security']) {
      expect(response.headers.get(name), name).toBeNull();
      expect(response.headers.get(`x-upstream-${name}`), name).not.toBeNull();
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('an environment from the document alone: WINGFIELD_DEV_URL unset', () => {
  beforeAll(() => {
    delete process.env.WINGFIELD_DEV_URL;
  });

  const servers: [string, (port: number) => string][] = [
    ['localhost', (port) => `http://localhost:${port}`],
    ['127.0.0.1', (port) => `http://127.0.0.1:${port}`],
    ['an IPv4-mapped IPv6 loopback', (port) => `http://[::ffff:127.0.0.1]:${port}`],
    ['a decimal IPv4 loopback', (port) => `http://2130706433:${port}`],
  ];
  for (const [name, server] of servers) {
    it(`never reaches a canary at ${name}, the document's server`, async () => {
      const origin = new URL(server(canary.port)).origin;
      useDocument(`${origin}/v1`);
      const response = await send(`${origin}/v1/things/1`, { headers: { Authorization: 'Bearer t' } });
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toMatchObject({ type: 'proxy_address_not_allowed', message: expect.stringMatching(/loopback/) });
      expect(canary.hits).toEqual([]);
    });
  }

  for (const [name, host] of [
    ['the link-local metadata address', '169.254.169.254'],
    ['a private address', '10.1.2.3'],
    ['a unique-local IPv6 address', '[fd00::1]'],
    ['the unspecified address', '0.0.0.0'],
  ]) {
    it(`refuses ${name} before connecting`, async () => {
      useDocument(`http://${host}/v1`);
      const response = await send(`http://${host}/v1/things/1`);
      expect(response.status).toBe(403);
      expect((await errorOf(response)).type).toBe('proxy_address_not_allowed');
    });
  }

  it('reaches the same canary once the operator names it in WINGFIELD_DEV_URL', async () => {
    useDocument(`http://localhost:${canary.port}/v1`);
    process.env.WINGFIELD_DEV_URL = canary.url;
    try {
      const response = await send(`${canary.url}/v1/things/1`);
      expect(response.status).toBe(200);
      expect(canary.hits.map((hit) => hit.url)).toEqual(['/v1/things/1']);
    } finally {
      delete process.env.WINGFIELD_DEV_URL;
    }
  });
});
