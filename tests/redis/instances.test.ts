import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisTestsEnabled, startRedis, type RedisProcess } from './support/redis-server';
import { hasProductionBuild, startSite, startUpstream, type SiteServer } from './support/site-server';

const suite = 'two next start instances on one Redis (tests/redis/instances.test.ts)';
const enabled = redisTestsEnabled(suite);
if (enabled && !hasProductionBuild()) throw new Error(`${suite} needs a production build: run npm run build first`);

const limit = 6;

describe.skipIf(!enabled)('two instances of the site on one Redis', { timeout: 60_000 }, () => {
  let redis: RedisProcess;
  let upstream: { url: string; server: Server; count: () => number };
  let sites: SiteServer[] = [];
  const send = (site: SiteServer, token: string, path = '/api/v1/courts/11111111-2222-4333-8444-555555555555') =>
    fetch(`${site.url}/api/proxy?url=${encodeURIComponent(`${upstream.url}${path}`)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });

  /**
   * Until both instances count in Redis under one agreed secret, which they agree on in the
   * background (a request never waits for it): a new token sent to each is then one key, counted twice.
   */
  async function untilShared() {
    const reader = new Redis(redis.url);
    try {
      for (let probe = 0, deadline = Date.now() + 20_000; ; probe++) {
        const before = new Set(await reader.keys('wingfield:rate:client:token:*'));
        const token = `tok_ext_v1_probe-${probe}.agree`;
        for (const site of sites) await (await send(site, token)).arrayBuffer();
        const added = (await reader.keys('wingfield:rate:client:token:*')).filter((key) => !before.has(key));
        if (added.length === 1 && (await reader.get(added[0])) === '2') return;
        if (Date.now() > deadline) throw new Error('the instances did not agree on one secret within 20 s');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      reader.disconnect();
    }
  }

  beforeAll(async () => {
    redis = await startRedis();
    upstream = await startUpstream();
    const env = {
      REDIS_URL: redis.url,
      WINGFIELD_DEV_URL: upstream.url,
      WINGFIELD_RATE_LIMIT: String(limit),
      WINGFIELD_RATE_LIMIT_WINDOW_MS: '60000',
      // the counts are what is tested: a machine too busy to answer within the default 500 ms
      // would have a request counted in one instance's memory, and the total would be off by one
      WINGFIELD_REDIS_TIMEOUT_MS: '10000',
    };
    // no WINGFIELD_RATE_LIMIT_SECRET: the instances agree on one through Redis
    sites = await Promise.all([startSite(env), startSite(env)]);
    // the first request of a route loads its code: slow on a busy machine, and not what is measured
    for (const site of sites) await (await send(site, 'tok_ext_v1_warm.up')).arrayBuffer();
    await untilShared();
  }, 180_000);

  afterAll(async () => {
    await Promise.all(sites.map((site) => site.stop()));
    await redis?.kill();
    upstream?.server.close();
  });

  it("holds one client's limit across both: twice the instances is not twice the allowance", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2 * limit; i++) {
      const response = await send(sites[i % 2], 'tok_ext_v1_shared.client');
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      await response.arrayBuffer();
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(limit);
    // another token is another client, on either instance
    expect((await send(sites[0], 'tok_ext_v1_other.client')).status).toBe(200);
    expect((await send(sites[1], 'tok_ext_v1_third.client')).status).toBe(200);
  });

  it('logs one line per request with the path template, never the token or the IDs', async () => {
    const lines = sites.flatMap((site) => site.logLines()).filter((line) => line.msg === 'proxy request');
    expect(lines.length).toBeGreaterThanOrEqual(2 * limit + 2);
    expect(lines[0]).toMatchObject({ env: 'dev', method: 'GET', path: '/api/v1/courts/{courtId}' });
    expect(lines.some((line) => line.status === 429 && line.reason === 'proxy_rate_limited' && line.scope === 'client')).toBe(true);
    const all = sites.map((site) => site.output()).join('');
    expect(all).not.toContain('tok_ext_v1');
    expect(all).not.toContain('11111111-2222');
  });

  it('keeps answering when Redis dies, warning once per instance, and shares counts again when it is back', async () => {
    await redis.kill();
    for (let i = 0; i < 10; i++) {
      const response = await send(sites[i % 2], 'tok_ext_v1_during.outage');
      expect([200, 429]).toContain(response.status);
      await response.arrayBuffer();
    }
    for (const site of sites) {
      await expect.poll(() => site.output().split('redis is unreachable').length - 1, { timeout: 10_000 }).toBe(1);
    }
    await redis.restart();
    for (const site of sites) {
      await expect.poll(() => site.output().split('reachable again').length - 1, { timeout: 20_000 }).toBe(1);
      expect(site.output().split('redis is unreachable').length - 1).toBe(1);
    }
    // a fresh Redis, without the secret: the instances offer theirs again as soon as it is back
    await untilShared();
    // the limit is one again across both
    const statuses: number[] = [];
    for (let i = 0; i < 2 * limit; i++) statuses.push((await send(sites[i % 2], 'tok_ext_v1_after.outage')).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(limit);
  });
});
