import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anonymousClientKey, clientKey, createClientKeys, sharedClientKey } from '@/lib/proxy/client-key';
import { proxySettingDefaults, readProxySettings } from '@/lib/proxy/proxy-settings';
import { createRateLimiter, withRateLimit, type RateLimiter } from '@/lib/proxy/rate-limit';
import { createTokenKey } from '@/lib/proxy/token-key';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

const memoryLimiter = (limit: number, windowMs: number) => createRateLimiter({ limit, windowMs, keyPrefix: 'test' });

describe('rate limiter (in memory)', () => {
  it('allows the limit, then refuses until the window ends', async () => {
    const limiter = memoryLimiter(3, 60_000);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.check('a'));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(decisions[3].retryAfterSeconds).toBe(60);

    vi.advanceTimersByTime(45_500);
    const later = await limiter.check('a');
    expect(later.allowed).toBe(false);
    expect(later.retryAfterSeconds).toBe(15);

    vi.advanceTimersByTime(14_500);
    expect((await limiter.check('a')).allowed).toBe(true);
  });

  it('counts each key separately', async () => {
    const limiter = memoryLimiter(1, 1_000);
    expect((await limiter.check('a')).allowed).toBe(true);
    expect((await limiter.check('a')).allowed).toBe(false);
    expect((await limiter.check('b')).allowed).toBe(true);
  });

  it('never says to retry in less than a second', async () => {
    const limiter = memoryLimiter(1, 10);
    await limiter.check('a');
    expect((await limiter.check('a')).retryAfterSeconds).toBe(1);
  });
});

describe('token keys', () => {
  it('are a keyed hash: never the token, stable for one secret, different for another', async () => {
    const key = createTokenKey({ secret: 'one' });
    const token = 'Bearer tok_ext_v1_secret.value';
    const hashed = await key(token);
    expect(hashed).not.toContain('tok_ext');
    expect(hashed).toMatch(/^[\w-]{32}$/);
    expect(await key(token)).toBe(hashed);
    expect(await key('Bearer other')).not.toBe(hashed);
    expect(await createTokenKey({ secret: 'two' })(token)).not.toBe(hashed);
  });

  it('use a secret agreed with other instances once it is known, and the process secret meanwhile', async () => {
    let attempts = 0;
    const key = createTokenKey({
      sharedSecret: async () => {
        attempts++;
        if (attempts === 1) throw new Error('redis down');
        return 'agreed';
      },
    });
    const first = await key('Bearer t');
    const second = await key('Bearer t');
    expect(second).toBe(await createTokenKey({ secret: 'agreed' })('Bearer t'));
    expect(first).not.toBe(second);
    await key('Bearer t');
    expect(attempts).toBe(2);
  });

  it('offer their secret again after a while, and follow the one that holds', async () => {
    const offered: string[] = [];
    let held: string | undefined;
    const key = createTokenKey({
      refreshMs: 60_000,
      sharedSecret: async (candidate) => {
        offered.push(candidate);
        held ??= candidate;
        return held;
      },
    });
    const before = await key('Bearer t');
    // Redis lost its data, and another instance offered its own secret first
    held = 'other instance';
    vi.advanceTimersByTime(61_000);
    await key('Bearer t');
    await vi.waitFor(async () => expect(await key('Bearer t')).toBe(await createTokenKey({ secret: 'other instance' })('Bearer t')));
    expect(offered).toHaveLength(2);
    expect(offered[1]).toBe(offered[0]);
    expect(before).not.toBe(await key('Bearer t'));
  });
});

describe('withRateLimit', () => {
  const request = (headers: Record<string, string> = {}) => new Request('http://docs.local/api/proxy?url=x', { headers });
  const clientKeys = (trustedProxyHops = 0) => createClientKeys({ trustedProxyHops, tokenKey: createTokenKey({ secret: 'test' }) });
  const counting = () => {
    const handler = Object.assign(
      async () => {
        handler.calls++;
        return new Response('ok');
      },
      { calls: 0 },
    );
    return handler;
  };

  it('answers 429 in the API envelope with Retry-After, without calling the handler', async () => {
    const inner = counting();
    const handler = withRateLimit(inner, { client: memoryLimiter(2, 60_000), clientKeys: clientKeys() });
    const token = { Authorization: 'Bearer a' };
    expect((await handler(request(token))).status).toBe(200);
    vi.advanceTimersByTime(20_000);
    expect((await handler(request(token))).status).toBe(200);
    const refused = await handler(request(token));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(refused.headers.get('x-proxy-error')).toBe('proxy_rate_limited');
    const body = (await refused.json()) as { error: { type: string; message: string; scope: string } };
    expect(body.error).toEqual({
      type: 'proxy_rate_limited',
      message: 'The try-it proxy takes at most 2 requests per minute from one client; try again in 40 s.',
      scope: 'client',
    });
    expect(inner.calls).toBe(2);
  });

  it('gives every token its own allowance, without trusting any proxy', async () => {
    const handler = withRateLimit(counting(), { client: memoryLimiter(1, 60_000), clientKeys: clientKeys() });
    expect((await handler(request({ Authorization: 'Bearer a' }))).status).toBe(200);
    expect((await handler(request({ Authorization: 'Bearer a' }))).status).toBe(429);
    expect((await handler(request({ Authorization: 'Bearer b' }))).status).toBe(200);
    // requests without a token cannot be told apart: they share one allowance
    expect((await handler(request())).status).toBe(200);
    expect((await handler(request())).status).toBe(429);
  });

  it('counts tokens and, behind a trusted proxy, addresses: inventing tokens does not make a new client', async () => {
    const handler = withRateLimit(counting(), { client: memoryLimiter(2, 60_000), clientKeys: clientKeys(1) });
    const from = (address: string, token: string) => request({ 'X-Forwarded-For': address, Authorization: `Bearer ${token}` });
    expect((await handler(from('203.0.113.1', 'a'))).status).toBe(200);
    expect((await handler(from('203.0.113.1', 'b'))).status).toBe(200);
    expect((await handler(from('203.0.113.1', 'c'))).status).toBe(429);
    expect((await handler(from('203.0.113.2', 'a'))).status).toBe(200);
    // a forged first hop does not make a new client: the load balancer's entry is the last one
    expect((await handler(from('198.51.100.9, 203.0.113.1', 'd'))).status).toBe(429);
  });

  it('caps everyone together at the global ceiling, which a flooding client does not use up', async () => {
    const inner = counting();
    const handler = withRateLimit(inner, { client: memoryLimiter(3, 60_000), global: memoryLimiter(10, 60_000), clientKeys: clientKeys() });
    // one client floods: refused after its 3; its refusals do not count against the ceiling
    for (let i = 0; i < 50; i++) await handler(request({ Authorization: 'Bearer flood' }));
    expect(inner.calls).toBe(3);
    // invented tokens: each new, so the ceiling is what stops them
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await handler(request({ Authorization: `Bearer invented-${i}` }))).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(7);
    const refused = await handler(request({ Authorization: 'Bearer honest' }));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { scope: string } }).error.scope).toBe('global');
    expect(refused.headers.get('retry-after')).toBe('60');
  });

  it('never refuses 50 integrators sending 10 requests a minute each, with the default limits', async () => {
    const { rateLimit, globalRateLimit, rateLimitWindowMs } = proxySettingDefaults;
    const inner = counting();
    const handler = withRateLimit(inner, {
      client: memoryLimiter(rateLimit, rateLimitWindowMs),
      global: memoryLimiter(globalRateLimit, rateLimitWindowMs),
      clientKeys: clientKeys(),
    });
    let refusedIntegrators = 0;
    let refusedFlood = 0;
    for (let minute = 0; minute < 3; minute++) {
      for (let second = 0; second < 60; second += 6) {
        // and one script floods all along with one token, 20 requests a second
        for (let i = 0; i < 120; i++) if ((await handler(request({ Authorization: 'Bearer script' }))).status === 429) refusedFlood++;
        for (let integrator = 0; integrator < 50; integrator++) {
          const response = await handler(request({ Authorization: `Bearer integrator-${integrator}` }));
          if (response.status !== 200) refusedIntegrators++;
        }
        vi.advanceTimersByTime(6_000);
      }
    }
    expect(refusedIntegrators).toBe(0);
    expect(refusedFlood).toBe(3 * (1_200 - rateLimit));
  });

  it('lets requests through when counting fails, and says so', async () => {
    const failing: RateLimiter = {
      limit: 1,
      windowMs: 1_000,
      check: () => Promise.reject(new Error('store down')),
    };
    const errors: unknown[] = [];
    const handler = withRateLimit(counting(), { client: failing, clientKeys: clientKeys(), onError: (error) => errors.push(error) });
    expect((await handler(request())).status).toBe(200);
    expect(errors).toHaveLength(1);
  });
});

describe('client keys', () => {
  const keysOf = (headers: Record<string, string>, trustedProxyHops = 0) =>
    createClientKeys({ trustedProxyHops, tokenKey: async (value) => `h(${value})` })(new Request('http://docs.local/', { headers }));

  it('are the hashed token, and the address behind trusted proxies', async () => {
    expect(await keysOf({ Authorization: 'Bearer a', 'X-Forwarded-For': '203.0.113.1' })).toEqual(['token:h(Bearer a)']);
    expect(await keysOf({ Authorization: 'Bearer a', 'X-Forwarded-For': '203.0.113.1' }, 1)).toEqual(['token:h(Bearer a)', 'ip:203.0.113.1']);
    expect(await keysOf({ 'X-Forwarded-For': '203.0.113.1' }, 1)).toEqual(['ip:203.0.113.1']);
    expect(await keysOf({ 'X-Forwarded-For': '203.0.113.1' })).toEqual([anonymousClientKey]);
    expect(await keysOf({ Authorization: '  ' })).toEqual([anonymousClientKey]);
  });
});

describe('client identity', () => {
  const withXff = (value?: string) =>
    new Request('http://docs.local/', { headers: value === undefined ? {} : { 'X-Forwarded-For': value } });

  it('is one shared bucket unless a proxy is trusted', () => {
    expect(clientKey(withXff('203.0.113.1'), { trustedProxyHops: 0 })).toBe(sharedClientKey);
  });

  it('takes the entry the outermost trusted proxy appended', () => {
    expect(clientKey(withXff('203.0.113.1'), { trustedProxyHops: 1 })).toBe('ip:203.0.113.1');
    expect(clientKey(withXff('10.9.9.9, 203.0.113.1'), { trustedProxyHops: 1 })).toBe('ip:203.0.113.1');
    expect(clientKey(withXff('10.9.9.9, 203.0.113.1, 10.0.0.2'), { trustedProxyHops: 2 })).toBe('ip:203.0.113.1');
    expect(clientKey(withXff('203.0.113.1'), { trustedProxyHops: 3 })).toBe('ip:203.0.113.1');
  });

  it('normalises ports, brackets and IPv4-mapped IPv6', () => {
    expect(clientKey(withXff('203.0.113.1:5555'), { trustedProxyHops: 1 })).toBe('ip:203.0.113.1');
    expect(clientKey(withXff('::ffff:203.0.113.1'), { trustedProxyHops: 1 })).toBe('ip:203.0.113.1');
    expect(clientKey(withXff('[2001:DB8::1]:443'), { trustedProxyHops: 1 })).toBe('ip:2001:db8:0:0::/64');
  });

  it('counts an IPv6 client by its /64 network', () => {
    const key = (address: string) => clientKey(withXff(address), { trustedProxyHops: 1 });
    expect(key('2001:db8:aa:bb:1:2:3:4')).toBe('ip:2001:db8:aa:bb::/64');
    expect(key('2001:db8:aa:bb::ffff')).toBe(key('2001:0db8:00aa:00bb:dead:beef:0:1'));
    expect(key('2001:db8:aa:bc::1')).not.toBe(key('2001:db8:aa:bb::1'));
    expect(key('::1')).toBe('ip:0:0:0:0::/64');
    expect(key('fe80::1%eth0')).toBe('ip:fe80:0:0:0::/64');
    expect(key('64:ff9b::192.0.2.1')).toBe('ip:64:ff9b:0:0::/64');
  });

  it('falls back to the shared bucket without a usable address', () => {
    expect(clientKey(withXff(), { trustedProxyHops: 1 })).toBe(sharedClientKey);
    expect(clientKey(withXff(' , '), { trustedProxyHops: 1 })).toBe(sharedClientKey);
    expect(clientKey(withXff('unknown'), { trustedProxyHops: 1 })).toBe(sharedClientKey);
  });
});

describe('proxy settings from the environment', () => {
  it('default to a 15 s timeout and 60 requests a minute, trusting no proxy', () => {
    expect(readProxySettings({})).toEqual({
      timeoutMs: 15_000,
      concurrency: 128,
      rateLimit: 60,
      rateLimitWindowMs: 60_000,
      globalRateLimit: 1_200,
      trustedProxyHops: 0,
      redisUrl: undefined,
      redisTimeoutMs: 500,
      tokenSecret: undefined,
    });
    expect(readProxySettings({})).toEqual(proxySettingDefaults);
  });

  it('read every variable', () => {
    expect(
      readProxySettings({
        WINGFIELD_PROXY_TIMEOUT_MS: '2500',
        WINGFIELD_PROXY_CONCURRENCY: '8',
        WINGFIELD_RATE_LIMIT: '0',
        WINGFIELD_RATE_LIMIT_WINDOW_MS: '1000',
        WINGFIELD_RATE_LIMIT_GLOBAL: '50',
        WINGFIELD_TRUST_PROXY: '2',
        REDIS_URL: 'redis://cache:6379/0',
        WINGFIELD_RATE_LIMIT_SECRET: 's3cret',
        WINGFIELD_REDIS_TIMEOUT_MS: '2000',
      }),
    ).toEqual({
      timeoutMs: 2_500,
      concurrency: 8,
      rateLimit: 0,
      rateLimitWindowMs: 1_000,
      globalRateLimit: 50,
      trustedProxyHops: 2,
      redisUrl: 'redis://cache:6379/0',
      redisTimeoutMs: 2_000,
      tokenSecret: 's3cret',
    });
    expect(readProxySettings({ WINGFIELD_TRUST_PROXY: 'true' }).trustedProxyHops).toBe(1);
    expect(readProxySettings({ WINGFIELD_TRUST_PROXY: 'false' }).trustedProxyHops).toBe(0);
  });

  it('refuse a malformed value, naming the variable', () => {
    expect(() => readProxySettings({ WINGFIELD_RATE_LIMIT: 'lots' })).toThrow(/WINGFIELD_RATE_LIMIT: "lots"/);
    expect(() => readProxySettings({ WINGFIELD_PROXY_TIMEOUT_MS: '0' })).toThrow(/WINGFIELD_PROXY_TIMEOUT_MS/);
    expect(() => readProxySettings({ WINGFIELD_TRUST_PROXY: 'yes' })).toThrow(/WINGFIELD_TRUST_PROXY/);
    expect(() => readProxySettings({ REDIS_URL: 'http://user:pw@cache' })).toThrow(/REDIS_URL: "http:\/\/user:\*\*\*@cache"/);
  });
});
