import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProxy } from '@/lib/proxy/create-proxy';
import { checkTargetUrl } from '@/lib/proxy/target-url';

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
    } else if (path.startsWith('/redirect-out')) {
      res.writeHead(302, { Location: `${canary.origin}/stolen` }).end();
    } else if (path.startsWith('/redirect-in')) {
      res.writeHead(307, { Location: '/api/v1/echo?after=redirect' }).end();
    } else if (path.startsWith('/big')) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data: 'x'.repeat(4096) }));
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

function proxy(overrides: Partial<Parameters<typeof createProxy>[0]> = {}) {
  return createProxy({
    allowedOrigins: () => [api.origin],
    allowedMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    extraRequestHeaders: ['X-Idempotency-Key'],
    ...overrides,
  });
}

function call(target: string, init: RequestInit = {}) {
  return new Request(`http://docs.local/api/proxy?url=${encodeURIComponent(target)}`, init);
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { type: string; message: string } }).error;
}

describe('allowlist: only the exact configured origins', () => {
  const allowed = ['https://dev.wingfield.systems'];
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

  it('refuses an answer larger than the response limit', async () => {
    const response = await proxy({ maxResponseBytes: 1024 })(call(`${api.origin}/big`));
    expect(response.status).toBe(502);
    expect((await errorOf(response)).type).toBe('proxy_response_too_large');
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
    const response = await proxy({ allowedOrigins: () => [closed.origin] })(call(`${closed.origin}/x`));
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ type: 'proxy_upstream_unreachable', reason: 'refused' });
  });
});

describe('fixes: credentials, aborts, uploads, impersonation, loops', () => {
  it('drops Authorization on a redirect to another origin, even an allowed one', async () => {
    const both = proxy({ allowedOrigins: () => [api.origin, canary.origin] });
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
