import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RequestIdentity } from './client-key';
import type { ProxyHandler } from './create-proxy';
import type { DistinctKeys } from './distinct-keys';
import { proxyError } from './proxy-error';

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends, at least 1: the `Retry-After` of a refusal. */
  retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  /** Requests allowed per key and window. */
  limit: number;
  windowMs: number;
  /**
   * Counts shared by every instance on this Redis, updated atomically (one Lua script: create the
   * key with its expiry if absent, increment, read the time left). Redis expires keys in whole
   * seconds, so the window is rounded up to one. While Redis cannot answer, each instance counts
   * in its own memory. Without Redis, counts live in this process's memory.
   */
  redis?: Redis;
  /** Namespace of the keys, in Redis and in memory. */
  keyPrefix: string;
  /**
   * Whether the counts may go to Redis now. Keys that are hashes under a secret not yet agreed
   * with the other instances are counted in this process's memory meanwhile, as during an
   * outage: under Redis they would be names that no other instance uses.
   */
  shared?: () => boolean;
}

export interface RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  check(key: string): Promise<RateLimitDecision>;
}

/**
 * A fixed-window counter per key: `limit` requests, then refusals until the window ends. It never
 * waits for Redis: while Redis is connecting, down or not yet to be used, requests are counted in
 * memory at once.
 */
export function createRateLimiter({ limit, windowMs, redis, keyPrefix, shared }: RateLimiterOptions): RateLimiter {
  const seconds = redis ? Math.max(1, Math.ceil(windowMs / 1000)) : windowMs / 1000;
  const memory = new RateLimiterMemory({ points: limit, duration: seconds, keyPrefix });
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        storeClient: redis,
        points: limit,
        duration: seconds,
        keyPrefix,
        // a disconnected client fails at once instead of waiting: the insurance counts meanwhile
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    : memory;
  const decide = (allowed: boolean, result: RateLimiterRes): RateLimitDecision => ({
    allowed,
    limit,
    remaining: Math.max(0, result.remainingPoints),
    retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  });
  return {
    limit,
    windowMs: seconds * 1000,
    async check(key) {
      try {
        return decide(true, await (shared && !shared() ? memory : limiter).consume(key, 1));
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) return decide(false, outcome);
        throw outcome;
      }
    },
  };
}

/** Which limit refused a request: its client's, or the instance's ceiling. */
export type RateLimitScope = 'client' | 'global';

export interface RateLimitOptions {
  /** Per client: a request with a token counts under the token; one without, under its address. */
  client?: RateLimiter;
  /** Per address, behind trusted proxies: the share of the ceiling one address may take. */
  address?: RateLimiter;
  /** How many different tokens one address may use per window. */
  tokensPerAddress?: DistinctKeys;
  /** Per instance, over the requests that passed their client's and their address's limits. */
  global?: RateLimiter;
  /** Who a request is: its token's key and its trusted address, either possibly missing. */
  identify: (request: Request) => RequestIdentity;
  /** What `client` counts a request with neither token nor address under; unset, only the ceiling counts it. */
  anonymousKey?: string;
  /** Told when counting failed and the request was let through. */
  onError?: (error: unknown) => void;
  /** What a refusal calls the service it protects. */
  serviceName?: string;
}

function describeWindow(ms: number): string {
  if (ms % 60_000 === 0) return ms === 60_000 ? 'minute' : `${ms / 60_000} minutes`;
  if (ms % 1000 === 0) return ms === 1000 ? 'second' : `${ms / 1000} seconds`;
  return `${ms} ms`;
}

/** What refused a request: its token (or tokenless client), its address, its address's new tokens, or the ceiling. */
type Refuser = 'client' | 'address' | 'tokens' | 'global';

function refusal(serviceName: string, refuser: Refuser, limit: number, windowMs: number, retryAfterSeconds: number): Response {
  const window = describeWindow(windowMs);
  const retry = `try again in ${retryAfterSeconds} s.`;
  const message = {
    client: `${serviceName} takes at most ${limit} requests per ${window} from one client; ${retry}`,
    address: `${serviceName} takes at most ${limit} requests per ${window} from one address; ${retry}`,
    tokens: `${serviceName} takes at most ${limit} different tokens per ${window} from one address; ${retry}`,
    global: `${serviceName} is busy: it takes at most ${limit} requests per ${window} from everyone together; ${retry}`,
  }[refuser];
  const scope: RateLimitScope = refuser === 'global' ? 'global' : 'client';
  return proxyError(429, 'proxy_rate_limited', message, {
    details: { scope },
    headers: {
      'Retry-After': String(retryAfterSeconds),
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': String(retryAfterSeconds),
    },
  });
}

/**
 * The rate limits as a gate: over a limit, the answer is 429 `proxy_rate_limited` in the API's
 * envelope, with `Retry-After`; `undefined` lets the request through. In order:
 *
 * 1. a token new to its address when the address has used its different tokens of the window:
 *    refused without being counted anywhere, so inventing tokens leaves no keys behind;
 * 2. the client (its token): every request asked about counts, refused ones too, so that a
 *    client hammering the proxy stays refused;
 * 3. the address, counted only for requests their token let through, so one integrator
 *    hammering does not use up the address of colleagues behind the same NAT;
 * 4. the instance's ceiling, counted only for requests that passed all the above, so one client
 *    or one address cannot use up everyone's allowance.
 *
 * When counting fails, requests pass: the try-it panel stays usable.
 */
export function createRateLimitGate({
  client,
  address,
  tokensPerAddress,
  global,
  identify,
  anonymousKey,
  onError,
  serviceName = 'The try-it proxy',
}: RateLimitOptions): (request: Request) => Promise<Response | undefined> {
  const refuse = (refuser: Refuser, limiter: { limit: number; windowMs: number }, retryAfterSeconds: number) =>
    refusal(serviceName, refuser, limiter.limit, limiter.windowMs, retryAfterSeconds);
  return async (request) => {
    try {
      const identity = identify(request);
      if (identity.token && identity.address && tokensPerAddress) {
        const decision = tokensPerAddress.admit(identity.address, identity.token);
        if (!decision.allowed) return refuse('tokens', tokensPerAddress, decision.retryAfterSeconds);
      }
      const clientKey = identity.token ? `token:${identity.token}` : (identity.address ?? anonymousKey);
      if (client && clientKey) {
        const decision = await client.check(clientKey);
        if (!decision.allowed) return refuse('client', client, decision.retryAfterSeconds);
      }
      if (address && identity.address) {
        const decision = await address.check(identity.address);
        if (!decision.allowed) return refuse('address', address, decision.retryAfterSeconds);
      }
      if (global) {
        const decision = await global.check('all');
        if (!decision.allowed) return refuse('global', global, decision.retryAfterSeconds);
      }
    } catch (error) {
      onError?.(error);
    }
    return undefined;
  };
}

/** The rate limits in front of a whole handler (the MCP server): nothing reaches it over a limit. */
export function withRateLimit(handler: ProxyHandler, options: RateLimitOptions): ProxyHandler {
  const gate = createRateLimitGate(options);
  return async (request) => (await gate(request)) ?? handler(request);
}
