import type { LookupAddress } from 'node:dns';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProxy, type ProxyOperation, type ProxyOptions } from '@/lib/proxy/create-proxy';
import { upstreamRequestHeaders } from '@/lib/proxy/request-headers';
import { checkTargetUrl, type ProxyEnvironment } from '@/lib/proxy/target-url';
import { createUpstreamFetch } from '@/lib/proxy/upstream-agent';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP server on loopback that records what reaches it. */
async function startServer(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const received: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, received };
}

let api: Awaited<ReturnType<typeof startServer>>;
/** Requests to `/hang` whose connection the proxy closed. */
const hangsClosed: string[] = [];
let canary: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  canary = await startServer((_req, res) => res.end('canary'));
  api = await startServer((req, res, body) => {
    const path = req.url ?? '';
    if (path.startsWith('/redirect-to-other-environment')) {
      res.writeHead(302, { Location: `${canary.origin}/landing` }).end();
    } else if (path.startsWith('/loop')) {
      res.writeHead(302, { Location: '/loop' }).end();
    } else if (path.startsWith('/hang')) {
      res.on('close', () => hangsClosed.push(path));
    } else if (path.startsWith('/spoof')) {
      res
        .writeHead(500, {
          'Content-Type': 'application/json',
          'X-Proxy-Error': 'proxy_upstream_timeout',
          'X-Upstream-Url': 'https://elsewhere.example/',
          'X-Upstream-Location': 'https://elsewhere.example/',
          Location: '/somewhere',
        })
        .end('{}');
    } else if (path.startsWith('/redirect-to-localhost')) {
      res.writeHead(302, { Location: `http://localhost:${new URL(canary.origin).port}/landing` }).end();
    } else if (path.startsWith('/redirect-out')) {
      res.writeHead(302, { Location: `${canary.origin}/stolen` }).end();
    } else if (path.startsWith('/redirect-in')) {
      res.writeHead(307, { Location: '/api/v1/echo?after=redirect' }).end();
    } else if (path.startsWith('/big')) {
      const big = JSON.stringify({ data: 'x'.repeat(4096) });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(big.length) }).end(big);
    } else if (path.startsWith('/chunked')) {
      // no Content-Length: the size shows only as the answer arrives
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      for (let i = 0; i < 8; i++) res.write('y'.repeat(512));
      res.end();
    } else if (path.startsWith('/status/')) {
      const status = Number(path.slice('/status/'.length));
      res.writeHead(status, { 'Content-Type': 'application/json', ETag: '"v1"' }).end(status === 304 ? undefined : '{"ignored":true}');
    } else {
      res
        .writeHead(201, {
          'Content-Type': 'application/json',
          'Set-Cookie': 'session=upstream; HttpOnly',
          'Access-Control-Allow-Origin': '*',
          'WWW-Authenticate': 'Basic realm="api"',
          'X-Request-Id': 'req-1',
        })
        .end(JSON.stringify({ echo: body }));
    }
  });
});

afterAll(() => {
  api.server.close();
  canary.server.close();
});

beforeEach(() => {
  api.received.length = 0;
  canary.received.length = 0;
});

/** The operations of the test API: every path the tests call, and their methods. */
const operations: ProxyOperation[] = [
  ...['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((method) => ({
    method,
    path: '/api/v1/things/{thingId}',
    headers: method === 'PATCH' ? ['X-Idempotency-Key'] : [],
  })),
  ...['GET', 'POST'].map((method) => ({ method, path: '/api/v1/things' })),
  ...[
    '/api/v1/echo',
    '/redirect-to-other-environment',
    '/loop',
    '/hang/{name}',
    '/spoof',
    '/redirect-out',
    '/redirect-to-localhost',
    '/redirect-in',
    '/big',
    '/chunked',
    '/status/{code}',
    '/x',
    '/landing',
    '/stolen',
  ].map((path) => ({ method: 'GET', path })),
];

/** The environments of a test: each trusted, as the operator's own. */
function trusted(...origins: string[]): () => ProxyEnvironment[] {
  return () => origins.map((origin) => ({ origin, basePath: '', trusted: true }));
}

function proxy(overrides: Partial<ProxyOptions> = {}) {
  return createProxy({ environments: trusted(api.origin), operations, ...overrides });
}

function call(target: string, init: RequestInit = {}) {
  return new Request(`http://docs.local/api/proxy?url=${encodeURIComponent(target)}`, init);
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { type: string; message: string } }).error;
}

describe('allowlist: only the exact configured origins', () => {
  const allowed: ProxyEnvironment[] = [{ origin: 'https://dev.wingfield.systems', basePath: '', trusted: false }];
  const refused = [
    'https://dev.wingfield.systems.attacker.tld/api/v1/courts',
    'https://dev-wingfield.systems/api/v1/courts',
    'https://dev.wingfield.systems:8443/api/v1/courts',
    'http://dev.wingfield.systems/api/v1/courts',
    'https://dev.wingfield.systems@127.0.0.1/api/v1/courts',
    'https://user:pass@dev.wingfield.systems/api/v1/courts',
    'http://127.0.0.1:3000/api/proxy',
    'http://localhost/',
    'http://[::1]/',
    'http://0.0.0.0/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://127.1/',
    'http://169.254.169.254/latest/meta-data/',
    'file:///etc/passwd',
    'gopher://dev.wingfield.systems/',
    'javascript:alert(1)',
  ];

  it('allows the dev origin, with any path and query', () => {
    const check = checkTargetUrl('https://DEV.wingfield.systems/api/v1/courts/1?x=1', allowed);
    expect(check.ok).toBe(true);
  });

  for (const url of refused) {
    it(`refuses ${url}`, () => {
      expect(checkTargetUrl(url, allowed).ok).toBe(false);
    });
  }

  it('says why, in the API envelope, with 403', async () => {
    const response = await proxy()(call('http://0x7f.1/'));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ type: 'proxy_target_not_allowed' });
  });

  it('answers 400 when the url is missing or not a URL', async () => {
    const missing = await proxy()(new Request('http://docs.local/api/proxy'));
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).type).toBe('proxy_missing_url');
    const invalid = await proxy()(call('not a url'));
    expect(invalid.status).toBe(400);
    expect((await errorOf(invalid)).type).toBe('proxy_invalid_url');
  });
});

describe('forwarding', () => {
  it('passes method, path, query, Authorization, Content-Type, Accept and the body', async () => {
    const response = await proxy()(
      call(`${api.origin}/api/v1/things/1?offset=2`, {
        method: 'PATCH',
        headers: {
          Authorization: 'Bearer tok_ext_v1_a.b',
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'X-Idempotency-Key': 'k-1',
        },
        body: JSON.stringify({ a: 1 }),
      }),
    );
    expect(response.status).toBe(201);
    expect(api.received).toHaveLength(1);
    const [received] = api.received;
    expect(received.method).toBe('PATCH');
    expect(received.url).toBe('/api/v1/things/1?offset=2');
    expect(received.headers.authorization).toBe('Bearer tok_ext_v1_a.b');
    expect(received.headers['content-type']).toBe('application/json');
    expect(received.headers['x-idempotency-key']).toBe('k-1');
    expect(received.body).toBe('{"a":1}');
  });

  it("never forwards the browser's cookies, origin, referer or other headers", async () => {
    await proxy()(
      call(`${api.origin}/api/v1/things`, {
        headers: {
          Cookie: 'site_session=secret',
          Origin: 'http://docs.local',
          Referer: 'http://docs.local/partner-api',
          'X-Forwarded-For': '10.0.0.1',
          'X-Custom': 'no',
        },
      }),
    );
    const headers = api.received[0].headers;
    expect(headers.cookie).toBeUndefined();
    expect(headers.origin).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(headers['x-custom']).toBeUndefined();
  });

  it('never passes Set-Cookie or CORS headers back, and disarms WWW-Authenticate', async () => {
    const response = await proxy()(call(`${api.origin}/api/v1/things`));
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(response.headers.get('x-upstream-www-authenticate')).toBe('Basic realm="api"');
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(response.headers.get('server-timing')).toMatch(/^upstream;dur=\d/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('redirects', () => {
  it('follows a redirect that stays on the allowed origin', async () => {
    const response = await proxy()(call(`${api.origin}/redirect-in`));
    expect(response.status).toBe(201);
    expect(api.received.map((r) => r.url)).toEqual(['/redirect-in', '/api/v1/echo?after=redirect']);
  });

  it('refuses a redirect that leaves the allowlist, and the other host receives nothing', async () => {
    const response = await proxy()(call(`${api.origin}/redirect-out`, { headers: { Authorization: 'Bearer t' } }));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).type).toBe('proxy_redirect_not_allowed');
    expect(canary.received).toEqual([]);
  });
});

describe('limits', () => {
  it('refuses a body over 1 MiB with 413 before calling the API', async () => {
    const response = await proxy()(
      call(`${api.origin}/api/v1/things`, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) }),
    );
    expect(response.status).toBe(413);
    expect((await errorOf(response)).type).toBe('proxy_body_too_large');
    expect(api.received).toEqual([]);
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const response = await proxy()(call(`${api.origin}/api/v1/things`, { method: 'POST', body: 'x'.repeat(1024 * 1024) }));
    expect(response.status).toBe(201);
  });

  it('ends a silent upstream with 504 after the timeout, and hangs up on it', async () => {
    // the API never answers: without the deadline this request would outlive the test's timeout
    const response = await proxy({ timeoutMs: 300 })(call(`${api.origin}/hang/timeout`));
    expect(response.status).toBe(504);
    expect((await errorOf(response)).type).toBe('proxy_upstream_timeout');
    await expect.poll(() => hangsClosed).toContain('/hang/timeout');
  });

  it('refuses an answer whose Content-Length is over the response limit, before sending any of it', async () => {
    const response = await proxy({ maxResponseBytes: 1024 })(call(`${api.origin}/big`));
    expect(response.status).toBe(502);
    expect((await errorOf(response)).type).toBe('proxy_response_too_large');
  });

  it('cuts an answer off when it grows past the limit: the body errors instead of ending short', async () => {
    const response = await proxy({ maxResponseBytes: 1024 })(call(`${api.origin}/chunked`));
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/exceeds 1024 bytes/);
  });

  it('streams an answer under the limit whole', async () => {
    const response = await proxy({ maxResponseBytes: 4096 })(call(`${api.origin}/chunked`));
    expect(await response.text()).toBe('y'.repeat(4096));
  });

  for (const status of [204, 205, 304]) {
    it(`passes ${status} through, without a body`, async () => {
      const response = await proxy()(call(`${api.origin}/status/${status}`));
      expect(response.status).toBe(status);
      expect(response.headers.get('x-proxy-error')).toBeNull();
      expect(response.headers.get('etag')).toBe('"v1"');
      expect(response.body).toBeNull();
    });
  }

  it('frees its slot however an answer ends: read, cut off, or cancelled by the browser', async () => {
    const one = proxy({ maxConcurrent: 1, maxResponseBytes: 1024 });
    await (await one(call(`${api.origin}/api/v1/things`))).text();
    await expect((await one(call(`${api.origin}/chunked`))).text()).rejects.toThrow();
    await (await one(call(`${api.origin}/big`))).text();
    await (await one(call(`${api.origin}/api/v1/things`))).body?.cancel();
    expect((await one(call(`${api.origin}/api/v1/things`))).status).toBe(201);
  });

  it('frees the slot of an answer nobody reads when the deadline passes', async () => {
    const one = proxy({ maxConcurrent: 1, timeoutMs: 300 });
    const unread = await one(call(`${api.origin}/api/v1/things`));
    expect(unread.status).toBe(201);
    expect((await one(call(`${api.origin}/api/v1/things`))).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await one(call(`${api.origin}/api/v1/things`))).status).toBe(201);
  });

  it('answers 405 for a method the document does not use', async () => {
    const response = await proxy()(call(`${api.origin}/api/v1/things`, { method: 'OPTIONS' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST, PUT, PATCH, DELETE');
    expect(api.received).toEqual([]);
  });

  it('explains an unreachable API: connection refused', async () => {
    const closed = await startServer(() => undefined);
    // the callback runs once the port no longer accepts connections
    await new Promise<void>((resolve, reject) => closed.server.close((error) => (error ? reject(error) : resolve())));
    const response = await proxy({ environments: trusted(closed.origin) })(call(`${closed.origin}/x`));
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ type: 'proxy_upstream_unreachable', reason: 'refused' });
  });
});

describe('fixes: credentials, aborts, uploads, impersonation, loops', () => {
  it('drops Authorization on a redirect to another origin, even an allowed one', async () => {
    const both = proxy({ environments: trusted(api.origin, canary.origin) });
    const response = await both(call(`${api.origin}/redirect-to-other-environment`, { headers: { Authorization: 'Bearer secret' } }));
    expect(response.status).toBe(200);
    expect(api.received[0].headers.authorization).toBe('Bearer secret');
    expect(canary.received.map((r) => r.url)).toEqual(['/landing']);
    expect(canary.received[0].headers.authorization).toBeUndefined();
  });

  it('keeps Authorization on a redirect within the origin', async () => {
    await proxy()(call(`${api.origin}/redirect-in`, { headers: { Authorization: 'Bearer t' } }));
    expect(api.received.map((r) => r.headers.authorization)).toEqual(['Bearer t', 'Bearer t']);
  });

  it('answers a redirect loop with its own error type', async () => {
    const response = await proxy()(call(`${api.origin}/loop`));
    expect(response.status).toBe(502);
    expect((await errorOf(response)).type).toBe('proxy_too_many_redirects');
    expect(api.received).toHaveLength(6);
  });

  it('aborts the request to the API when the browser gives up', async () => {
    const browser = new AbortController();
    const pending = proxy()(call(`${api.origin}/hang/abort`, { signal: browser.signal }));
    await expect.poll(() => api.received.map((r) => r.url)).toContain('/hang/abort');
    browser.abort();
    const response = await pending;
    expect(response.status).toBe(499);
    expect((await errorOf(response)).type).toBe('proxy_client_closed_request');
    await expect.poll(() => hangsClosed).toContain('/hang/abort');
  });

  it('reads the upload under the same deadline, and calls nothing when it does not arrive', async () => {
    let cancelled = false;
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        // and nothing more, ever
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = await proxy({ timeoutMs: 300 })(
      call(`${api.origin}/api/v1/things`, { method: 'POST', body: trickle, duplex: 'half' } as RequestInit),
    );
    expect(response.status).toBe(408);
    expect((await errorOf(response)).type).toBe('proxy_request_timeout');
    // the proxy stopped waiting for the upload, rather than leaving the read pending
    await expect.poll(() => cancelled).toBe(true);
    expect(api.received).toEqual([]);
  });

  it("strips the proxy's own headers when the API sends them", async () => {
    const response = await proxy()(call(`${api.origin}/spoof`));
    expect(response.status).toBe(500);
    expect(response.headers.get('x-proxy-error')).toBeNull();
    expect(response.headers.get('x-upstream-url')).toBe(`${api.origin}/spoof`);
    expect(response.headers.get('x-upstream-location')).toBe('/somewhere');
  });
});

describe('an environment from the document alone reaches public addresses only', () => {
  /** A resolver that answers `answers` for every name, and counts how often it was asked. */
  function resolver(answers: LookupAddress[]) {
    const asked: string[] = [];
    const lookup = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      asked.push(hostname);
      if (options.all) callback(null, answers);
      else callback(null, answers[0].address, answers[0].family);
    }) as unknown as LookupFunction;
    return { lookup, asked };
  }

  function documentOnly(origin: string, lookup: LookupFunction) {
    return proxy({ environments: () => [{ origin, basePath: '', trusted: false }], fetch: createUpstreamFetch({ lookup }) });
  }

  it('refuses a name that resolves to loopback when the connection is made, and the canary hears nothing', async () => {
    // the name could have resolved to a public address a moment before (DNS rebinding): what
    // counts is the address the socket would connect to
    const port = new URL(canary.origin).port;
    const { lookup, asked } = resolver([{ address: '127.0.0.1', family: 4 }]);
    const response = await documentOnly(`http://rebound.example:${port}`, lookup)(call(`http://rebound.example:${port}/x`));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({
      type: 'proxy_address_not_allowed',
      message: expect.stringContaining('rebound.example resolves to 127.0.0.1, a loopback address'),
    });
    expect(asked).toEqual(['rebound.example']);
    expect(canary.received).toEqual([]);
  });

  it('refuses a name whose every address is private, link-local or IPv4-mapped loopback', async () => {
    const port = new URL(canary.origin).port;
    const { lookup } = resolver([
      { address: '::ffff:127.0.0.1', family: 6 },
      { address: '10.0.0.7', family: 4 },
      { address: '169.254.169.254', family: 4 },
      { address: 'fd12::1', family: 6 },
    ]);
    const response = await documentOnly(`http://internal.example:${port}`, lookup)(call(`http://internal.example:${port}/x`));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).type).toBe('proxy_address_not_allowed');
    expect(canary.received).toEqual([]);
  });

  it("does not follow a redirect to a document-only environment on loopback, though its origin is allowed", async () => {
    const port = new URL(canary.origin).port;
    const { lookup } = resolver([{ address: '127.0.0.1', family: 4 }]);
    const handle = proxy({
      environments: () => [
        { origin: api.origin, basePath: '', trusted: true },
        { origin: `http://localhost:${port}`, basePath: '', trusted: false },
      ],
      fetch: createUpstreamFetch({ lookup }),
    });
    const response = await handle(call(`${api.origin}/redirect-to-localhost`));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).type).toBe('proxy_address_not_allowed');
    expect(canary.received).toEqual([]);
  });

  it('calls the same canary when the operator names it', async () => {
    const { lookup } = resolver([{ address: '127.0.0.1', family: 4 }]);
    const port = new URL(canary.origin).port;
    const handle = proxy({ environments: () => [{ origin: `http://named.example:${port}`, basePath: '', trusted: true }], fetch: createUpstreamFetch({ lookup }) });
    expect((await handle(call(`http://named.example:${port}/x`))).status).toBe(200);
    expect(canary.received.map((r) => r.url)).toEqual(['/x']);
  });
});

describe('the admit hook (the rate limit) is asked only about requests the proxy would send', () => {
  function counting() {
    const asked: string[] = [];
    const handle = proxy({
      environments: () => [
        { origin: api.origin, basePath: '', trusted: true },
        { origin: 'http://10.0.0.1', basePath: '', trusted: false },
      ],
      operations: [...operations, { method: 'GET', path: '/session', cookies: ['hint'] }],
      admit: async (request) => {
        asked.push(new URL(request.url).searchParams.get('url') ?? '');
        return undefined;
      },
    });
    return { asked, handle };
  }

  for (const [name, target, cookie] of [
    ['a path of no operation', '/admin', undefined],
    ['a dot segment', '/api/v1/things/1/../../../admin', undefined],
    ['a cookie the operation does not declare', '/session', 'other=1'],
  ] as const) {
    it(`not about ${name}`, async () => {
      const { asked, handle } = counting();
      const query = new URLSearchParams({ url: `${api.origin}${target}` });
      if (cookie) query.set('cookie', cookie);
      const response = await handle(new Request(`http://docs.local/api/proxy?${query}`));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(asked).toEqual([]);
      expect(api.received).toEqual([]);
    });
  }

  it('not about a private address of a document-only environment', async () => {
    const { asked, handle } = counting();
    expect((await handle(call('http://10.0.0.1/api/v1/things'))).status).toBe(403);
    expect(asked).toEqual([]);
  });

  it('once about a documented request, before its body is read', async () => {
    const { asked, handle } = counting();
    const response = await handle(call(`${api.origin}/api/v1/things`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(201);
    expect(asked).toEqual([`${api.origin}/api/v1/things`]);
  });
});

describe('request headers', () => {
  it('drops what the Connection header names, and what is never forwarded, whatever the operation declares', () => {
    const incoming = new Headers({
      Connection: 'close, X-Trace',
      'X-Trace': 'a',
      'X-Tenant': 'b',
      Cookie: 'site=1',
      'Proxy-Authorization': 'Basic x',
      'X-Forwarded-Host': 'evil.example',
      Forwarded: 'for=1.2.3.4',
      TE: 'trailers',
      Upgrade: 'websocket',
      'Keep-Alive': 'timeout=5',
      Trailer: 'x',
      Authorization: 'Bearer t',
    });
    const declared = ['X-Trace', 'X-Tenant', 'Cookie', 'Proxy-Authorization', 'X-Forwarded-Host', 'Forwarded', 'TE', 'Upgrade', 'Keep-Alive', 'Trailer', 'Connection'];
    expect(Object.fromEntries(upstreamRequestHeaders(incoming, declared))).toEqual({
      accept: 'application/json',
      authorization: 'Bearer t',
      'x-tenant': 'b',
    });
  });
});
