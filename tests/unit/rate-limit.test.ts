import { describe, expect, it } from 'vitest';
import { clientKey, sharedClientKey } from '@/lib/proxy/client-key';
import { proxySettingDefaults, readProxySettings } from '@/lib/proxy/proxy-settings';
import {
  createMemoryRateLimitStore,
  createRateLimiter,
  withRateLimit,
  type RateLimitStore,
} from '@/lib/proxy/rate-limit';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('rate limiter', () => {
  it('allows the limit, then refuses until the window ends', async () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.check('a'));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(decisions[3].retryAfterSeconds).toBe(60);

    time.advance(45_500);
    const later = await limiter.check('a');
    expect(later.allowed).toBe(false);
    expect(later.retryAfterSeconds).toBe(15);

    time.advance(14_500);
    expect((await limiter.check('a')).allowed).toBe(true);
  });

  it('counts each client separately', async () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: time.now });
    expect((await limiter.check('a')).allowed).toBe(true);
    expect((await limiter.check('a')).allowed).toBe(false);
    expect((await limiter.check('b')).allowed).toBe(true);
  });

  it('never says to retry in less than a second', async () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 0, windowMs: 10, now: time.now });
    expect((await limiter.check('a')).retryAfterSeconds).toBe(1);
  });

  it('uses the store it is given, which may be asynchronous', async () => {
    const calls: string[] = [];
    const store: RateLimitStore = {
      async hit(key, windowMs, now) {
        calls.push(`${key}:${windowMs}:${now}`);
        return { count: 7, resetAt: now + 2_000 };
      },
    };
    const limiter = createRateLimiter({ limit: 5, windowMs: 30_000, store, now: () => 42 });
    expect(await limiter.check('k')).toEqual({ allowed: false, limit: 5, remaining: 0, retryAfterSeconds: 2 });
    expect(calls).toEqual(['k:30000:42']);
  });
});

describe('in-memory store', () => {
  it('starts a new window once the last one has ended', () => {
    const store = createMemoryRateLimitStore();
    expect(store.hit('a', 100, 0)).toEqual({ count: 1, resetAt: 100 });
    expect(store.hit('a', 100, 99)).toEqual({ count: 2, resetAt: 100 });
    expect(store.hit('a', 100, 100)).toEqual({ count: 1, resetAt: 200 });
  });

  it('stays bounded: ended windows go first, then the oldest', () => {
    const store = createMemoryRateLimitStore({ maxKeys: 2 });
    store.hit('old', 10, 0);
    store.hit('a', 1_000, 5);
    store.hit('a', 1_000, 5);
    // 'old' has ended and is dropped; 'a' keeps its count
    store.hit('b', 1_000, 20);
    expect(store.hit('a', 1_000, 21).count).toBe(3);
    // both live: the oldest ('a') is forgotten to make room
    store.hit('c', 1_000, 22);
    expect(store.hit('a', 1_000, 23).count).toBe(1);
  });
});

describe('withRateLimit', () => {
  const ok = async () => new Response('ok');
  const request = (xff?: string) =>
    new Request('http://docs.local/api/proxy?url=x', { headers: xff ? { 'X-Forwarded-For': xff } : {} });

  it('answers 429 in the API envelope with Retry-After, without calling the handler', async () => {
    const time = clock();
    let calls = 0;
    const handler = withRateLimit(
      async () => {
        calls++;
        return new Response('ok');
      },
      {
        limiter: createRateLimiter({ limit: 2, windowMs: 60_000, now: time.now }),
        clientKey: () => 'one',
      },
    );
    expect((await handler(request())).status).toBe(200);
    time.advance(20_000);
    expect((await handler(request())).status).toBe(200);
    const refused = await handler(request());
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(refused.headers.get('x-proxy-error')).toBe('proxy_rate_limited');
    const body = (await refused.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe('proxy_rate_limited');
    expect(body.error.message).toBe(
      'The try-it proxy takes at most 2 requests per minute from one client; try again in 40 s.',
    );
    expect(calls).toBe(2);
  });

  it('lets requests through when the store fails', async () => {
    const failing: RateLimitStore = {
      hit() {
        throw new Error('store down');
      },
    };
    const original = console.error;
    console.error = () => undefined;
    try {
      const handler = withRateLimit(ok, {
        limiter: createRateLimiter({ limit: 1, windowMs: 1_000, store: failing }),
        clientKey: () => 'one',
      });
      expect((await handler(request())).status).toBe(200);
    } finally {
      console.error = original;
    }
  });

  it('gives clients behind a trusted proxy their own buckets', async () => {
    const handler = withRateLimit(ok, {
      limiter: createRateLimiter({ limit: 1, windowMs: 60_000 }),
      clientKey: (r) => clientKey(r, { trustedProxyHops: 1 }),
    });
    expect((await handler(request('203.0.113.1'))).status).toBe(200);
    expect((await handler(request('203.0.113.1'))).status).toBe(429);
    expect((await handler(request('203.0.113.2'))).status).toBe(200);
    // a forged first hop does not make a new client: the load balancer's entry is the last one
    expect((await handler(request('198.51.100.9, 203.0.113.1'))).status).toBe(429);
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
      rateLimit: 60,
      rateLimitWindowMs: 60_000,
      trustedProxyHops: 0,
    });
    expect(readProxySettings({})).toEqual(proxySettingDefaults);
  });

  it('read every variable', () => {
    expect(
      readProxySettings({
        WINGFIELD_PROXY_TIMEOUT_MS: '2500',
        WINGFIELD_RATE_LIMIT: '0',
        WINGFIELD_RATE_LIMIT_WINDOW_MS: '1000',
        WINGFIELD_TRUST_PROXY: '2',
      }),
    ).toEqual({ timeoutMs: 2_500, rateLimit: 0, rateLimitWindowMs: 1_000, trustedProxyHops: 2 });
    expect(readProxySettings({ WINGFIELD_TRUST_PROXY: 'true' }).trustedProxyHops).toBe(1);
    expect(readProxySettings({ WINGFIELD_TRUST_PROXY: 'false' }).trustedProxyHops).toBe(0);
  });

  it('refuse a malformed value, naming the variable', () => {
    expect(() => readProxySettings({ WINGFIELD_RATE_LIMIT: 'lots' })).toThrow(/WINGFIELD_RATE_LIMIT: "lots"/);
    expect(() => readProxySettings({ WINGFIELD_PROXY_TIMEOUT_MS: '0' })).toThrow(/WINGFIELD_PROXY_TIMEOUT_MS/);
    expect(() => readProxySettings({ WINGFIELD_TRUST_PROXY: 'yes' })).toThrow(/WINGFIELD_TRUST_PROXY/);
  });
});
