import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ProxyHandler } from './create-proxy';
import { proxyError } from './proxy-error';
import { whenConnected } from './redis-connection';

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
}

export interface RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  check(key: string): Promise<RateLimitDecision>;
}

/** A fixed-window counter per key: `limit` requests, then refusals until the window ends. */
export function createRateLimiter({ limit, windowMs, redis, keyPrefix }: RateLimiterOptions): RateLimiter {
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
  // the first requests of a starting instance would otherwise be counted in memory, alone
  let connecting = redis && redis.status !== 'ready' ? whenConnected(redis, 2_000) : undefined;
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
      if (connecting) {
        await connecting;
        connecting = undefined;
      }
      try {
        return decide(true, await limiter.consume(key, 1));
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
  /** Per client: each key of a request is counted, and any key over its limit refuses it. */
  client?: RateLimiter;
  /** Per instance, over the requests that passed their client's limit. */
  global?: RateLimiter;
  /** The keys a request counts under (a token's hash, an address, or one for anonymous requests). */
  clientKeys: (request: Request) => Promise<string[]>;
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

function refusal(serviceName: string, scope: RateLimitScope, limiter: RateLimiter, decision: RateLimitDecision): Response {
  const window = describeWindow(limiter.windowMs);
  const message =
    scope === 'client'
      ? `${serviceName} takes at most ${decision.limit} requests per ${window} from one client; try again in ${decision.retryAfterSeconds} s.`
      : `${serviceName} is busy: it takes at most ${decision.limit} requests per ${window} from everyone together; try again in ${decision.retryAfterSeconds} s.`;
  return proxyError(429, 'proxy_rate_limited', message, {
    details: { scope },
    headers: {
      'Retry-After': String(decision.retryAfterSeconds),
      'RateLimit-Limit': String(decision.limit),
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': String(decision.retryAfterSeconds),
    },
  });
}

/**
 * The rate limits as a gate: over a limit, the answer is 429 `proxy_rate_limited` in the API's
 * envelope, with `Retry-After`; `undefined` lets the request through. Every request asked about
 * counts against its client, refused ones too, so that a client hammering the proxy stays
 * refused; only requests that pass their client's limit count against the instance's ceiling, so
 * that one client flooding cannot use up everyone's allowance. When counting fails, requests
 * pass: the try-it panel stays usable.
 */
export function createRateLimitGate({
  client,
  global,
  clientKeys,
  onError,
  serviceName = 'The try-it proxy',
}: RateLimitOptions): (request: Request) => Promise<Response | undefined> {
  return async (request) => {
    try {
      if (client) {
        let refused: RateLimitDecision | undefined;
        for (const key of await clientKeys(request)) {
          const decision = await client.check(key);
          if (!decision.allowed && decision.retryAfterSeconds > (refused?.retryAfterSeconds ?? 0)) refused = decision;
        }
        if (refused) return refusal(serviceName, 'client', client, refused);
      }
      if (global) {
        const decision = await global.check('all');
        if (!decision.allowed) return refusal(serviceName, 'global', global, decision);
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
