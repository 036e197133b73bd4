import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/proxy/rate-limit';
import { createRedisConnection } from '@/lib/proxy/redis-connection';
import { redisTestsEnabled, startRedis, type RedisProcess } from './support/redis-server';

const enabled = redisTestsEnabled('rate limit on Redis (tests/redis/rate-limit-redis.test.ts)');

function recordingLogger() {
  const warn: string[] = [];
  const info: string[] = [];
  return {
    warn,
    info,
    logger: {
      warn: (_fields: object, message: string) => void warn.push(message),
      info: (_fields: object, message: string) => void info.push(message),
    } as unknown as Parameters<typeof createRedisConnection>[0]['logger'],
  };
}

async function ready(redis: Redis) {
  if (redis.status === 'ready') return;
  await new Promise((resolve) => redis.once('ready', resolve));
}

describe.skipIf(!enabled)('rate limit counts in a real Redis', { timeout: 30_000 }, () => {
  let server: RedisProcess;
  const connections: Redis[] = [];
  const connect = async () => {
    const connection = createRedisConnection({ url: server.url, logger: recordingLogger().logger });
    connections.push(connection);
    await ready(connection);
    return connection;
  };

  beforeAll(async () => {
    server = await startRedis();
  }, 30_000);

  afterAll(async () => {
    for (const connection of connections) connection.disconnect();
    await server?.kill();
  });

  it('is one count for every instance: two limiters on one Redis allow the limit once, not twice', async () => {
    const a = createRateLimiter({ limit: 5, windowMs: 60_000, redis: await connect(), keyPrefix: 'shared' });
    const b = createRateLimiter({ limit: 5, windowMs: 60_000, redis: await connect(), keyPrefix: 'shared' });
    const allowed = [];
    for (let i = 0; i < 10; i++) allowed.push((await (i % 2 ? a : b).check('client')).allowed);
    expect(allowed.filter(Boolean)).toHaveLength(5);
    const refused = await a.check('client');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    expect((await b.check('other')).allowed).toBe(true);
  });

  it('counts under keys that always expire, and start afresh when they have', async () => {
    const redis = await connect();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1_000, redis, keyPrefix: 'expiring' });
    await limiter.check('k');
    await limiter.check('k');
    expect((await limiter.check('k')).allowed).toBe(false);
    const keys = await redis.keys('expiring*');
    expect(keys).toHaveLength(1);
    const ttl = await redis.pttl(keys[0]);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1_000);
    await expect.poll(async () => redis.exists(keys[0]), { timeout: 5_000, interval: 100 }).toBe(0);
    expect((await limiter.check('k')).allowed).toBe(true);
  });

  it('never stores the token', async () => {
    const redis = await connect();
    const { createTokenKey } = await import('@/lib/proxy/token-key');
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, redis, keyPrefix: 'tokens' });
    await limiter.check(`token:${await createTokenKey()('Bearer tok_ext_v1_abc.def')}`);
    const keys = await redis.keys('tokens*');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('tok_ext');
  });
});

describe.skipIf(!enabled)('when Redis goes away', () => {
  let server: RedisProcess;

  beforeAll(async () => {
    server = await startRedis();
  }, 30_000);

  afterAll(async () => {
    await server?.kill();
  });

  it('keeps answering from memory, warns once, and says once when Redis is back', async () => {
    const log = recordingLogger();
    const redis = createRedisConnection({ url: server.url, logger: log.logger });
    try {
      await ready(redis);
      const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, redis, keyPrefix: 'outage' });
      expect((await limiter.check('k')).allowed).toBe(true);

      await server.kill();
      const started = Date.now();
      const decisions = [];
      for (let i = 0; i < 20; i++) decisions.push(await limiter.check('k'));
      // the in-memory insurance counts on: allowed, then refused, never an error, never a wait
      expect(decisions.slice(0, 3).every((d) => d.allowed)).toBe(true);
      expect(decisions.slice(3).every((d) => !d.allowed)).toBe(true);
      expect(Date.now() - started).toBeLessThan(2_000);
      await expect.poll(() => log.warn.length, { timeout: 5_000, interval: 50 }).toBe(1);
      expect(log.warn[0]).toMatch(/redis is unreachable/);
      // reconnection attempts keep failing meanwhile: still one warning
      for (let i = 0; i < 20; i++) await limiter.check('k');
      await new Promise((resolve) => redis.once('reconnecting', resolve));
      expect(log.warn).toHaveLength(1);

      await server.restart();
      await expect.poll(() => log.info.length, { timeout: 15_000, interval: 100 }).toBe(1);
      expect(log.info[0]).toMatch(/reachable again/);
      expect((await limiter.check('fresh')).allowed).toBe(true);
      expect(await redis.keys('outage*')).toEqual(['outage:fresh']);
      expect(log.warn).toHaveLength(1);
    } finally {
      redis.disconnect();
    }
  }, 40_000);
});
