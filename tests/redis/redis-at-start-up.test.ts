import { createServer, type Server } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, redisTestsEnabled, startRedis, type RedisProcess } from './support/redis-server';

const enabled = redisTestsEnabled('Redis absent at start-up (tests/redis/redis-at-start-up.test.ts)');

const limit = 5;
const documented = '/api/v1/courts/11111111-2222-4333-8444-555555555555';

/** One instance of the site as a fresh process loads it: its own secret, connection and counts. */
async function instance() {
  vi.resetModules();
  const { getApiModel } = await import('@/lib/endpoints');
  const { getSiteProxy, withSiteRateLimit } = await import('@/lib/proxy/site-proxy');
  // loading the document is not what is measured
  getApiModel();
  const proxy = getSiteProxy();
  const mcp = withSiteRateLimit(async () => new Response('{}'), 'mcp', 'The MCP server');
  return { proxy, mcp };
}

async function timed(send: () => Promise<Response>): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await send();
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

describe.skipIf(!enabled)('Redis absent when the site starts, without WINGFIELD_RATE_LIMIT_SECRET', { timeout: 90_000 }, () => {
  let upstream: Server;
  let upstreamUrl = '';
  let port = 0;
  let redis: RedisProcess | undefined;
  let reader: Redis | undefined;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":[]}'));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
    // nothing listens there yet
    port = await freePort();
    vi.stubEnv('REDIS_URL', `redis://127.0.0.1:${port}`);
    vi.stubEnv('WINGFIELD_DEV_URL', upstreamUrl);
    vi.stubEnv('WINGFIELD_ENVIRONMENTS', '');
    vi.stubEnv('WINGFIELD_RATE_LIMIT', String(limit));
    vi.stubEnv('WINGFIELD_RATE_LIMIT_SECRET', '');
    vi.stubEnv('LOG_LEVEL', 'silent');
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    reader?.disconnect();
    await redis?.kill();
    upstream?.closeAllConnections();
    upstream?.close();
  });

  const call = (token: string) =>
    new Request(`http://docs.local/api/proxy?url=${encodeURIComponent(`${upstreamUrl}${documented}`)}`, { headers: { Authorization: `Bearer ${token}` } });
  const mcpCall = (token: string) =>
    new Request('http://docs.local/mcp', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });

  it('answers at once while Redis is missing, then shares one count under one secret once it is there', async () => {
    const a = await instance();
    const b = await instance();

    // Redis is missing: each request is counted in memory with the instance's own secret, at once
    const proxyTimes: number[] = [];
    const mcpTimes: number[] = [];
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await timed(() => a.proxy(call('first-window')));
      statuses.push(answer.status);
      proxyTimes.push(answer.ms);
    }
    for (let i = 0; i < 10; i++) mcpTimes.push((await timed(() => b.mcp(mcpCall(`agent-${i}`)))).ms);
    const median = (times: number[]) => Math.round([...times].sort((x, y) => x - y)[times.length >> 1]);
    const slowest = (times: number[]) => Math.round(Math.max(...times));
    const total = (times: number[]) => Math.round(times.reduce((sum, ms) => sum + ms, 0));
    const describe = (times: number[]) => `${total(times)} ms (median ${median(times)} ms, slowest ${slowest(times)} ms)`;
    console.log(`Redis absent: 10 proxy requests took ${describe(proxyTimes)}, 10 MCP requests ${describe(mcpTimes)}`);
    // the limits still hold, in memory
    expect(statuses).toEqual([...Array<number>(limit).fill(200), ...Array<number>(10 - limit).fill(429)]);
    // waiting for Redis took 0.2 to 2 s a request (the client's reconnection delay); a busy machine takes well under 200 ms
    expect(median(proxyTimes)).toBeLessThan(200);
    expect(median(mcpTimes)).toBeLessThan(200);

    // Redis appears where the site expects it
    redis = await startRedis(port);
    reader = new Redis(redis.url);
    await expect.poll(() => reader!.get('wingfield:rate:secret'), { timeout: 15_000, interval: 100 }).toBeTruthy();
    // both instances count under the agreed secret in Redis: a token's count is one key, with both requests in it
    let probe = 0;
    await expect
      .poll(
        async () => {
          const token = `probe-${probe++}`;
          await (await a.proxy(call(token))).arrayBuffer();
          await (await b.proxy(call(token))).arrayBuffer();
          const keys = await reader!.keys('wingfield:rate:client:token:*');
          const counts = await Promise.all(keys.map((key) => reader!.get(key)));
          return counts.filter((count) => count === '2').length === probe && keys.length === probe;
        },
        { timeout: 15_000, interval: 200 },
      )
      .toBe(true);

    // one allowance across both instances, no longer one each
    const shared: number[] = [];
    for (let i = 0; i < 2 * limit; i++) shared.push((await (i % 2 ? b : a).proxy(call('shared'))).status);
    expect(shared.filter((status) => status === 200)).toHaveLength(limit);
    // the first window's count stayed in A's memory: the token starts afresh in Redis, and then has one count for both
    const after: number[] = [];
    for (let i = 0; i < 2 * limit; i++) after.push((await (i % 2 ? b : a).proxy(call('first-window'))).status);
    expect(after.filter((status) => status === 200)).toHaveLength(limit);
  });
});
