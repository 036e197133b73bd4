import { fc, test as property } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientKey, createRequestIdentity, sharedClientKey } from '@/lib/proxy/client-key';
import { createDistinctKeys } from '@/lib/proxy/distinct-keys';
import { addressAllowance, proxySettingDefaults, readProxySettings } from '@/lib/proxy/proxy-settings';
import { createRateLimiter, withRateLimit, type RateLimiter, type RateLimitOptions } from '@/lib/proxy/rate-limit';
import { createTokenKey, normaliseAuthorization } from '@/lib/proxy/token-key';

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

  it('use the process secret at once and a secret agreed with other instances once it is known, never waiting', async () => {
    let attempts = 0;
    let answer: (secret: string) => void = () => undefined;
    const key = createTokenKey({
      retryMs: 1_000,
      sharedSecret: () => {
        attempts++;
        if (attempts === 1) return Promise.reject(new Error('redis down'));
        return new Promise((resolve) => (answer = resolve));
      },
    });
    const first = key('Bearer t');
    expect(typeof first).toBe('string');
    expect(key.shared).toBe(false);
    // the failed attempt has settled
    await new Promise((resolve) => setImmediate(resolve));
    // the failed attempt is not repeated by every request: once a second at most
    expect(key('Bearer t')).toBe(first);
    expect(attempts).toBe(1);
    vi.advanceTimersByTime(1_000);
    // the next attempt is under way and has not answered: requests go on with the process secret
    expect(key('Bearer t')).toBe(first);
    expect(attempts).toBe(2);
    answer('agreed');
    await vi.waitFor(() => expect(key.shared).toBe(true));
    expect(key('Bearer t')).toBe(createTokenKey({ secret: 'agreed' })('Bearer t'));
    expect(key('Bearer t')).not.toBe(first);
    expect(attempts).toBe(2);
  });

  it('agree when told to (Redis is ready), without a request', async () => {
    const key = createTokenKey({ sharedSecret: async () => 'agreed' });
    await key.agree();
    expect(key.shared).toBe(true);
    expect(key('Bearer t')).toBe(createTokenKey({ secret: 'agreed' })('Bearer t'));
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
    await key.agree();
    const before = key('Bearer t');
    // Redis lost its data, and another instance offered its own secret first
    held = 'other instance';
    vi.advanceTimersByTime(61_000);
    key('Bearer t');
    await vi.waitFor(() => expect(key('Bearer t')).toBe(createTokenKey({ secret: 'other instance' })('Bearer t')));
    expect(offered).toHaveLength(2);
    expect(offered[1]).toBe(offered[0]);
    expect(before).not.toBe(key('Bearer t'));
  });
});

describe('one token, however it is written', () => {
  const key = createTokenKey({ secret: 'test' });
  const token = fc.stringMatching(/^[A-Za-z0-9._~+/-]+=*$/);
  const whitespace = fc.stringMatching(/^[ \t]+$/);
  const padding = fc.stringMatching(/^[ \t]*$/);
  const caseMask = fc.array(fc.boolean(), { minLength: 8, maxLength: 8 });
  const spell = (word: string, upper: boolean[]) => [...word].map((letter, i) => (upper[i] ? letter.toUpperCase() : letter.toLowerCase())).join('');

  it('is one client whatever the case of the scheme and the spaces: Bearer t, bearer t, Bearer  t', () => {
    const same = ['Bearer t', 'bearer t', 'Bearer  t', 'BEARER\tt', '  Bearer t  ', '\tbearer \t t\t'];
    expect(new Set(same.map(key)).size).toBe(1);
    expect(normaliseAuthorization(' Bearer \t t ')).toBe('bearer t');
  });

  property.prop([fc.constantFrom('Bearer', 'Basic', 'Token', 'ApiKey'), caseMask, token, padding, whitespace, padding])(
    'has one key for every spelling of the scheme and of the whitespace',
    (scheme, upper, credentials, before, between, after) => {
      expect(key(`${before}${spell(scheme, upper)}${between}${credentials}${after}`)).toBe(key(`${scheme} ${credentials}`));
    },
  );

  property.prop([token, token])('tells different credentials apart, and keeps their case', (a, b) => {
    fc.pre(a !== b);
    expect(key(`Bearer ${a}`)).not.toBe(key(`Bearer ${b}`));
    // an API key without a scheme is one word: its case is the key's
    fc.pre(a.toLowerCase() !== a);
    expect(key(a)).not.toBe(key(a.toLowerCase()));
  });
});

describe('withRateLimit', () => {
  const request = (headers: Record<string, string> = {}) => new Request('http://docs.local/api/proxy?url=x', { headers });
  const identify = (trustedProxyHops = 0) => createRequestIdentity({ trustedProxyHops, tokenKey: createTokenKey({ secret: 'test' }) });
  const proxyLimits = (options: Partial<RateLimitOptions> & Pick<RateLimitOptions, 'client'>): RateLimitOptions => ({
    identify: identify(),
    anonymousKey: 'anonymous',
    ...options,
  });
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
  const from = (address: string, token: string) => request({ 'X-Forwarded-For': address, Authorization: `Bearer ${token}` });

  it('answers 429 in the API envelope with Retry-After, without calling the handler', async () => {
    const inner = counting();
    const handler = withRateLimit(inner, proxyLimits({ client: memoryLimiter(2, 60_000) }));
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

  it('counts an API key in a header, or the keys the panel carries for the query and cookies, as the token of its client', async () => {
    const identifyKeys = createRequestIdentity({
      trustedProxyHops: 1,
      tokenKey: createTokenKey({ secret: 'test' }),
      credentialHeaders: ['X-API-Key', 'x-try-it-credential-query', 'x-try-it-credential-cookie'],
    });
    const handler = withRateLimit(counting(), proxyLimits({ identify: identifyKeys, client: memoryLimiter(1, 60_000) }));
    const behindOneAddress = (headers: Record<string, string>) => request({ 'X-Forwarded-For': '198.51.100.7', ...headers });
    // two integrators behind one address, each with an API key of their own: one allowance each
    expect((await handler(behindOneAddress({ 'X-API-Key': 'key-a' }))).status).toBe(200);
    expect((await handler(behindOneAddress({ 'X-API-Key': 'key-b' }))).status).toBe(200);
    expect((await handler(behindOneAddress({ 'X-API-Key': 'key-a' }))).status).toBe(429);
    expect((await handler(behindOneAddress({ 'x-try-it-credential-query': 'api_key=key-c' }))).status).toBe(200);
    expect((await handler(behindOneAddress({ 'x-try-it-credential-query': 'api_key=key-c' }))).status).toBe(429);
    // the same value under another carrier is another credential
    expect((await handler(behindOneAddress({ 'x-try-it-credential-cookie': 'api_key=key-c' }))).status).toBe(200);
    // the key's value is hashed: no identity names it
    const identity = identifyKeys(behindOneAddress({ 'X-API-Key': 'key-secret-value' }));
    expect(identity.token).toBeDefined();
    expect(JSON.stringify(identity)).not.toContain('key-secret-value');
    // a header the document does not name as a key is no credential
    expect(identifyKeys(behindOneAddress({ 'X-Other': 'x' })).token).toBeUndefined();
  });

  it('gives every token its own allowance, without trusting any proxy', async () => {
    const handler = withRateLimit(counting(), proxyLimits({ client: memoryLimiter(1, 60_000) }));
    expect((await handler(request({ Authorization: 'Bearer a' }))).status).toBe(200);
    expect((await handler(request({ Authorization: 'Bearer a' }))).status).toBe(429);
    expect((await handler(request({ Authorization: 'Bearer b' }))).status).toBe(200);
    // requests without a token cannot be told apart: they share one allowance
    expect((await handler(request())).status).toBe(200);
    expect((await handler(request())).status).toBe(429);
  });

  it('counts one token once, however its scheme and spaces are written', async () => {
    const handler = withRateLimit(counting(), proxyLimits({ client: memoryLimiter(3, 60_000) }));
    const spellings = ['Bearer t', 'bearer t', 'Bearer  t', 'BEARER\tt'];
    const statuses = [];
    for (const authorization of spellings) statuses.push((await handler(request({ Authorization: authorization }))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('counts tokens and, behind a trusted proxy, addresses: inventing tokens does not make a new client', async () => {
    const handler = withRateLimit(
      counting(),
      proxyLimits({ client: memoryLimiter(5, 60_000), address: memoryLimiter(2, 60_000), identify: identify(1) }),
    );
    expect((await handler(from('203.0.113.1', 'a'))).status).toBe(200);
    expect((await handler(from('203.0.113.1', 'b'))).status).toBe(200);
    const refused = await handler(from('203.0.113.1', 'c'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/at most 2 requests per minute from one address/);
    expect((await handler(from('203.0.113.2', 'a'))).status).toBe(200);
    // a forged first hop does not make a new client: the load balancer's entry is the last one
    expect((await handler(from('198.51.100.9, 203.0.113.1', 'd'))).status).toBe(429);
  });

  it('refuses a token new to its address once the address has used its different tokens, before counting it', async () => {
    const inner = counting();
    const client = memoryLimiter(60, 60_000);
    const consumed: string[] = [];
    const watched: RateLimiter = { ...client, check: (key) => (consumed.push(key), client.check(key)) };
    const handler = withRateLimit(
      inner,
      proxyLimits({ client: watched, address: memoryLimiter(1_000, 60_000), tokensPerAddress: createDistinctKeys({ limit: 3, windowMs: 60_000 }), identify: identify(1) }),
    );
    for (const token of ['a', 'b', 'c']) expect((await handler(from('203.0.113.1', token))).status).toBe(200);
    const refused = await handler(from('203.0.113.1', 'd'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string; scope: string } }).error).toMatchObject({
      scope: 'client',
      message: 'The try-it proxy takes at most 3 different tokens per minute from one address; try again in 60 s.',
    });
    // the tokens it already used go on; the invented one left no count behind
    expect((await handler(from('203.0.113.1', 'a'))).status).toBe(200);
    expect(consumed.filter((key) => key === `token:${createTokenKey({ secret: 'test' })('Bearer d')}`)).toEqual([]);
    // another address has tokens of its own, and the window ends
    expect((await handler(from('203.0.113.2', 'd'))).status).toBe(200);
    vi.advanceTimersByTime(60_000);
    expect((await handler(from('203.0.113.1', 'd'))).status).toBe(200);
    expect(inner.calls).toBe(6);
  });

  it('caps everyone together at the global ceiling, which a flooding client does not use up', async () => {
    const inner = counting();
    const handler = withRateLimit(inner, proxyLimits({ client: memoryLimiter(3, 60_000), global: memoryLimiter(10, 60_000) }));
    // one client floods: refused after its 3; its refusals do not count against the ceiling
    for (let i = 0; i < 50; i++) await handler(request({ Authorization: 'Bearer flood' }));
    expect(inner.calls).toBe(3);
    // invented tokens without a trusted address: each new, so the ceiling is what stops them
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await handler(request({ Authorization: `Bearer invented-${i}` }))).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(7);
    const refused = await handler(request({ Authorization: 'Bearer honest' }));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { scope: string } }).error.scope).toBe('global');
    expect(refused.headers.get('retry-after')).toBe('60');
  });

  /** The proxy's limits as `getSiteProxy` builds them from these settings, in memory. */
  const siteLimits = (settings: typeof proxySettingDefaults): RateLimitOptions => ({
    client: memoryLimiter(settings.rateLimit, settings.rateLimitWindowMs),
    address: memoryLimiter(addressAllowance(settings, settings.globalRateLimit), settings.rateLimitWindowMs),
    tokensPerAddress: createDistinctKeys({ limit: settings.tokensPerAddress, windowMs: settings.rateLimitWindowMs }),
    global: memoryLimiter(settings.globalRateLimit, settings.rateLimitWindowMs),
    identify: identify(1),
    anonymousKey: 'anonymous',
  });

  /** 50 integrators, each from an address of their own with a token, 10 requests a minute; a flood beside them. */
  async function integratorsBesideFlood(handler: (request: Request) => Promise<Response>, flood: (i: number) => Request) {
    let refusedIntegrators = 0;
    let refusedFlood = 0;
    let sent = 0;
    for (let minute = 0; minute < 3; minute++) {
      for (let second = 0; second < 60; second += 6) {
        // 20 requests a second
        for (let i = 0; i < 120; i++) if ((await handler(flood(sent++))).status === 429) refusedFlood++;
        for (let integrator = 0; integrator < 50; integrator++) {
          const response = await handler(from(`198.51.100.${integrator + 1}`, `integrator-${integrator}`));
          if (response.status !== 200) refusedIntegrators++;
        }
        vi.advanceTimersByTime(6_000);
      }
    }
    return { refusedIntegrators, refusedFlood, sent };
  }

  it('never refuses integrators while one address floods with a new token every request (default limits)', async () => {
    const inner = counting();
    const { refusedIntegrators, refusedFlood, sent } = await integratorsBesideFlood(
      withRateLimit(inner, siteLimits(proxySettingDefaults)),
      (i) => from('203.0.113.66', `invented-${i}`),
    );
    expect(refusedIntegrators).toBe(0);
    // each minute the flood passed with its first 10 tokens only, once each
    const floodPassed = sent - refusedFlood;
    expect(floodPassed).toBe(3 * proxySettingDefaults.tokensPerAddress);
    expect(inner.calls).toBe(floodPassed + 3 * 10 * 50);
  });

  it('never lets one address fill the ceiling, even with the per-client limit raised to it', async () => {
    const settings = { ...proxySettingDefaults, rateLimit: 1_200 };
    const { refusedIntegrators, refusedFlood, sent } = await integratorsBesideFlood(withRateLimit(counting(), siteLimits(settings)), () =>
      from('203.0.113.66', 'one-token'),
    );
    expect(refusedIntegrators).toBe(0);
    expect(sent - refusedFlood).toBe(3 * 120);
  });

  it('never refuses 50 integrators sending 10 requests a minute each, with the default limits', async () => {
    const { rateLimit, globalRateLimit, rateLimitWindowMs } = proxySettingDefaults;
    const inner = counting();
    const handler = withRateLimit(
      inner,
      proxyLimits({ client: memoryLimiter(rateLimit, rateLimitWindowMs), global: memoryLimiter(globalRateLimit, rateLimitWindowMs) }),
    );
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
    const handler = withRateLimit(counting(), proxyLimits({ client: failing, onError: (error) => errors.push(error) }));
    expect((await handler(request())).status).toBe(200);
    expect(errors).toHaveLength(1);
  });
});

describe('request identity', () => {
  const identityOf = (headers: Record<string, string>, trustedProxyHops = 0, tokenKey?: (value: string) => string) =>
    createRequestIdentity({ trustedProxyHops, tokenKey })(new Request('http://docs.local/', { headers }));
  const hashed = (value: string) => `h(${value})`;

  it('is the hashed token, and the address behind trusted proxies', () => {
    expect(identityOf({ Authorization: 'Bearer a', 'X-Forwarded-For': '203.0.113.1' }, 0, hashed)).toEqual({ token: 'h(Bearer a)' });
    expect(identityOf({ Authorization: 'Bearer a', 'X-Forwarded-For': '203.0.113.1' }, 1, hashed)).toEqual({ token: 'h(Bearer a)', address: 'ip:203.0.113.1' });
    expect(identityOf({ 'X-Forwarded-For': '203.0.113.1' }, 1, hashed)).toEqual({ address: 'ip:203.0.113.1' });
    expect(identityOf({ 'X-Forwarded-For': '203.0.113.1' }, 0, hashed)).toEqual({});
    expect(identityOf({ Authorization: '  ' }, 0, hashed)).toEqual({});
  });

  it('never looks at Authorization when it is given no token key (the MCP server takes no token)', () => {
    expect(identityOf({ Authorization: 'Bearer a', 'X-Forwarded-For': '203.0.113.1' }, 1)).toEqual({ address: 'ip:203.0.113.1' });
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
      addressShare: 10,
      tokensPerAddress: 10,
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
        WINGFIELD_RATE_LIMIT_ADDRESS_SHARE: '25',
        WINGFIELD_RATE_LIMIT_TOKENS_PER_ADDRESS: '3',
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
      addressShare: 25,
      tokensPerAddress: 3,
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
    expect(() => readProxySettings({ WINGFIELD_RATE_LIMIT_ADDRESS_SHARE: '150' })).toThrow(/WINGFIELD_RATE_LIMIT_ADDRESS_SHARE: "150" is not a whole number from 1 to 100/);
    expect(() => readProxySettings({ WINGFIELD_RATE_LIMIT_TOKENS_PER_ADDRESS: '0' })).toThrow(/WINGFIELD_RATE_LIMIT_TOKENS_PER_ADDRESS/);
    expect(() => readProxySettings({ REDIS_URL: 'http://user:pw@cache' })).toThrow(/REDIS_URL: "http:\/\/user:\*\*\*@cache"/);
  });
});

describe('what one address may send', () => {
  it('is its share of the ceiling, at least one request; without a ceiling, one client allowance', () => {
    expect(addressAllowance(proxySettingDefaults, 1_200)).toBe(120);
    expect(addressAllowance({ rateLimit: 60, addressShare: 1 }, 50)).toBe(1);
    expect(addressAllowance({ rateLimit: 60, addressShare: 10 }, 0)).toBe(60);
  });
});
