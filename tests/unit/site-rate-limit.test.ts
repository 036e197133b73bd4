import { createServer, type Server } from 'node:http';
import { fc } from '@fast-check/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/** `lib/proxy/site-proxy` as a fresh process would load it: its counts and settings made from `env`. */
async function freshSite(env: Record<string, string>) {
  vi.unstubAllEnvs();
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('WINGFIELD_ENVIRONMENTS', '');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import('@/lib/proxy/site-proxy');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const ok = async () => new Response('ok');
const mcpRequest = (headers: Record<string, string> = {}) => new Request('http://localhost/mcp', { method: 'POST', headers });
const scopeOf = async (response: Response) => ((await response.clone().json()) as { error: { scope: string } }).error.scope;

describe("the site's rate limit around the MCP server", () => {
  it('counts per address behind a trusted proxy, with the proxy settings, then answers 429 with Retry-After', async () => {
    const { withSiteRateLimit } = await freshSite({ WINGFIELD_RATE_LIMIT: '2', WINGFIELD_TRUST_PROXY: '1' });
    const mcp = withSiteRateLimit(ok, 'mcp-test', 'The MCP server');
    const other = withSiteRateLimit(ok, 'other-test', 'Other');
    const agent = { 'X-Forwarded-For': '203.0.113.5' };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await mcp(mcpRequest(agent))).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await mcp(mcpRequest(agent));
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // the refusal names what refused: an agent is not told about a proxy it never used
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^The MCP server takes at most 2 requests per minute/);
    // another agent, at another address, has its own allowance
    expect((await mcp(mcpRequest({ 'X-Forwarded-For': '203.0.113.6' }))).status).toBe(200);
    // a scope of its own: the agent's calls do not use up another handler's budget
    expect((await other(mcpRequest(agent))).status).toBe(200);
  });

  it('is not escaped by rotating the Authorization header: it takes no token and never counts by one', async () => {
    const { withSiteRateLimit } = await freshSite({ WINGFIELD_RATE_LIMIT: '2', WINGFIELD_RATE_LIMIT_GLOBAL: '4' });
    const mcp = withSiteRateLimit(ok, 'mcp-rotation', 'The MCP server');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await mcp(mcpRequest({ Authorization: `Bearer rotated-${i}` }))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);

    const { withSiteRateLimit: behindProxy } = await freshSite({ WINGFIELD_RATE_LIMIT: '2', WINGFIELD_TRUST_PROXY: '1' });
    const counted = behindProxy(ok, 'mcp-rotation-address', 'The MCP server');
    const fromOneAddress = [];
    for (let i = 0; i < 4; i++) fromOneAddress.push((await counted(mcpRequest({ 'X-Forwarded-For': '203.0.113.7', Authorization: `Bearer rotated-${i}` }))).status);
    expect(fromOneAddress).toEqual([200, 200, 429, 429]);
  });

  it('without a trusted address, does not put every agent in one small bucket: its own ceiling is the limit', async () => {
    const { withSiteRateLimit } = await freshSite({ WINGFIELD_RATE_LIMIT: '2', WINGFIELD_RATE_LIMIT_GLOBAL: '5' });
    const mcp = withSiteRateLimit(ok, 'mcp-anonymous', 'The MCP server');
    const responses = [];
    // agents that cannot be told apart, some sending a token, which changes nothing
    for (let i = 0; i < 6; i++) responses.push(await mcp(mcpRequest(i % 2 ? { Authorization: `Bearer agent-${i}` } : {})));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await scopeOf(responses[5])).toBe('global');
    expect(((await responses[5].json()) as { error: { message: string } }).error.message).toMatch(
      /^The MCP server is busy: it takes at most 5 requests per minute from everyone together/,
    );
  });

  it('is off when the limit is 0', async () => {
    const { withSiteRateLimit } = await freshSite({ WINGFIELD_RATE_LIMIT: '0' });
    const mcp = withSiteRateLimit(ok, 'mcp-off', 'The MCP server');
    for (let i = 0; i < 5; i++) expect((await mcp(mcpRequest())).status).toBe(200);
  });
});

describe('the proxy counts only what it would forward', { timeout: 120_000 }, () => {
  let upstream: Server;
  let upstreamUrl = '';
  let received = 0;
  const documented = '/api/v1/courts/11111111-2222-4333-8444-555555555555';

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      received++;
      req.resume();
      req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":[]}'));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
  });
  afterAll(() => {
    upstream?.closeAllConnections();
    upstream?.close();
  });

  const proxied = (target: string | undefined, init: RequestInit = {}) =>
    new Request(`http://docs.local/api/proxy${target === undefined ? '' : `?url=${encodeURIComponent(target)}`}`, init);
  const auth = (token: string, extra: Record<string, string> = {}) => ({ headers: { Authorization: `Bearer ${token}`, ...extra } });

  /** Requests the proxy refuses by itself, whatever the limits say. */
  const junk = (token: string): Request[] => [
    proxied(undefined, auth(token)),
    proxied('not a url', auth(token)),
    proxied(`http://127.0.0.1:9${documented}`, auth(token)),
    proxied(`https://elsewhere.example${documented}`, auth(token)),
    proxied(`${upstreamUrl}${documented}`, { method: 'PROPFIND', ...auth(token) }),
    proxied(`${upstreamUrl}/api/v1/courts`, { method: 'POST', ...auth(token, { 'Content-Length': String(1 << 30) }) }),
  ];

  async function site(env: Record<string, string>) {
    const { getSiteProxy } = await freshSite({ WINGFIELD_DEV_URL: upstreamUrl, ...env });
    const proxy = getSiteProxy();
    return async (request: Request) => {
      const response = await proxy(request);
      await response.clone().arrayBuffer();
      return response;
    };
  }

  it("does not count junk (no url, a bad or forbidden target, a method or size it refuses) against the client's allowance", async () => {
    const proxy = await site({ WINGFIELD_RATE_LIMIT: '3', WINGFIELD_RATE_LIMIT_GLOBAL: '1000' });
    for (let round = 0; round < 20; round++) {
      for (const request of junk('junk-and-real')) {
        const response = await proxy(request);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.headers.get('x-proxy-error')).not.toBe('proxy_rate_limited');
      }
    }
    const before = received;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await proxy(proxied(`${upstreamUrl}${documented}`, auth('junk-and-real')))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(received - before).toBe(3);
  });

  it('does not count junk against the global ceiling, even with a new token every request', async () => {
    const proxy = await site({ WINGFIELD_RATE_LIMIT: '1000', WINGFIELD_RATE_LIMIT_GLOBAL: '3' });
    for (let round = 0; round < 50; round++) for (const request of junk(`invented-${round}`)) await proxy(request);
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await proxy(proxied(`${upstreamUrl}${documented}`, auth(`integrator-${i}`))));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 429]);
    expect(await scopeOf(responses[3])).toBe('global');
  });

  it('counts one token once, however the scheme is cased and the spaces are written', async () => {
    const proxy = await site({ WINGFIELD_RATE_LIMIT: '3' });
    const spellings = ['Bearer spelt', 'bearer spelt', 'Bearer  spelt', 'BEARER\tspelt', ' Bearer spelt '];
    const statuses = [];
    for (const authorization of spellings) statuses.push((await proxy(proxied(`${upstreamUrl}${documented}`, { headers: { Authorization: authorization } }))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('behind a trusted proxy, refuses a token new to an address that has used its 10 of the window', async () => {
    const proxy = await site({ WINGFIELD_RATE_LIMIT: '60', WINGFIELD_TRUST_PROXY: '1' });
    const from = (token: string, address = '203.0.113.20') => proxied(`${upstreamUrl}${documented}`, auth(token, { 'X-Forwarded-For': address }));
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await proxy(from(`invented-${i}`))).status);
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429, 429]);
    const refused = await proxy(from('invented-12'));
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/at most 10 different tokens per minute from one address/);
    // its own tokens go on; an integrator elsewhere is not concerned
    expect((await proxy(from('invented-0'))).status).toBe(200);
    expect((await proxy(from('integrator', '198.51.100.1'))).status).toBe(200);
  });

  it('behind a trusted proxy, does not let one address fill the ceiling, even with the client limit raised', async () => {
    const proxy = await site({ WINGFIELD_RATE_LIMIT: '1000', WINGFIELD_RATE_LIMIT_GLOBAL: '100', WINGFIELD_TRUST_PROXY: '1' });
    const from = (token: string, address: string) => proxied(`${upstreamUrl}${documented}`, auth(token, { 'X-Forwarded-For': address }));
    let floodPassed = 0;
    for (let i = 0; i < 150; i++) if ((await proxy(from('flood', '203.0.113.30'))).status === 200) floodPassed++;
    // 10 % of the ceiling
    expect(floodPassed).toBe(10);
    const integrators = [];
    for (let i = 0; i < 30; i++) integrators.push((await proxy(from(`integrator-${i}`, `198.51.100.${i + 1}`))).status);
    expect(integrators.every((status) => status === 200)).toBe(true);
  });

  it('counts a request exactly when the proxy would forward it, whatever the proxy refuses by itself (paths included)', async () => {
    const limit = 40;
    const proxy = await site({ WINGFIELD_RATE_LIMIT: String(limit), WINGFIELD_RATE_LIMIT_GLOBAL: '100000' });
    const target = fc.oneof(
      fc.constant(`${upstreamUrl}${documented}`),
      fc.constantFrom('/admin', '/api/v1/../../admin', '/api/v1/%2e%2e/admin', '/api/v1/courts%2F..%2Fadmin', '/api/v2/courts', '/').map((path) => `${upstreamUrl}${path}`),
      fc.constantFrom(`http://127.0.0.1:9${documented}`, 'not a url', 'javascript:alert(1)', 'file:///etc/passwd'),
      fc.constant(undefined),
    );
    const method = fc.constantFrom('GET', 'GET', 'POST', 'DELETE', 'PROPFIND');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ target, method }), { minLength: 1, maxLength: 12 }), async (requests) => {
        const token = `property-${run++}`;
        const before = received;
        for (const { target, method } of requests) {
          const response = await proxy(proxied(target, { method, ...auth(token) }));
          expect(response.headers.get('x-proxy-error')).not.toBe('proxy_rate_limited');
        }
        const forwarded = received - before;
        // what is left of the client's allowance is what it had less what was forwarded
        let passed = 0;
        while ((await proxy(proxied(`${upstreamUrl}${documented}`, auth(token)))).status === 200) passed++;
        expect(passed).toBe(limit - forwarded);
      }),
      { numRuns: 12, seed: 20 },
    );
  });
});
