import type { ProxyHandler } from './create-proxy';
import { proxyError } from './proxy-error';

/** One client's window: how many requests it has made in it, and when it ends (ms since the epoch). */
export interface RateLimitWindow {
  count: number;
  resetAt: number;
}

/**
 * Where request counts live. The in-memory store counts per server process; with several
 * instances, plug in a shared one (Redis: `INCR key`, and `PEXPIRE key windowMs` when the count
 * is 1, then `PTTL key` for `resetAt`) so that every instance sees the same counts.
 */
export interface RateLimitStore {
  /** Counts one request of `key` in its current window (a new one starts when the last has ended). */
  hit(key: string, windowMs: number, now: number): Promise<RateLimitWindow> | RateLimitWindow;
}

export interface MemoryRateLimitStoreOptions {
  /** Clients tracked at most; beyond it, ended windows are dropped, then the oldest. */
  maxKeys?: number;
}

/** The in-memory store answers at once. */
export interface MemoryRateLimitStore extends RateLimitStore {
  hit(key: string, windowMs: number, now: number): RateLimitWindow;
}

export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): MemoryRateLimitStore {
  const maxKeys = options.maxKeys ?? 10_000;
  const windows = new Map<string, RateLimitWindow>();

  function makeRoom(now: number) {
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
    // still full: many clients at once; forgetting the oldest windows lets them start afresh
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  return {
    hit(key, windowMs, now) {
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        windows.delete(key);
        if (windows.size >= maxKeys) makeRoom(now);
        window = { count: 0, resetAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { ...window };
    },
  };
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends, at least 1: the `Retry-After` of a refusal. */
  retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  /** Requests allowed per client and window. */
  limit: number;
  windowMs: number;
  store?: RateLimitStore;
  /** Injected in tests; `Date.now` otherwise. */
  now?: () => number;
}

export interface RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  check(key: string): Promise<RateLimitDecision>;
}

/** A fixed-window counter per client key: `limit` requests, then refusals until the window ends. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options;
  const store = options.store ?? createMemoryRateLimitStore();
  const now = options.now ?? Date.now;
  return {
    limit,
    windowMs,
    async check(key) {
      const at = now();
      const window = await store.hit(key, windowMs, at);
      return {
        allowed: window.count <= limit,
        limit,
        remaining: Math.max(0, limit - window.count),
        retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - at) / 1000)),
      };
    },
  };
}

export interface RateLimitOptions {
  limiter: RateLimiter;
  /** Which bucket a request counts against, see `clientKey`. */
  clientKey: (request: Request) => string;
}

function describeWindow(ms: number): string {
  if (ms % 60_000 === 0) return ms === 60_000 ? 'minute' : `${ms / 60_000} minutes`;
  if (ms % 1000 === 0) return ms === 1000 ? 'second' : `${ms / 1000} seconds`;
  return `${ms} ms`;
}

/**
 * Puts a rate limit in front of a handler: over the limit, the answer is 429 `proxy_rate_limited`
 * in the API's envelope, with `Retry-After`, and nothing is forwarded. Every request counts,
 * refused ones too, so probing the proxy is limited like using it. When the store fails, requests
 * pass: the try-it panel stays usable while a shared store is down.
 */
export function withRateLimit(handler: ProxyHandler, { limiter, clientKey }: RateLimitOptions): ProxyHandler {
  return async (request) => {
    let decision: RateLimitDecision;
    try {
      decision = await limiter.check(clientKey(request));
    } catch (error) {
      console.error('rate limit store failed; request let through:', error);
      return handler(request);
    }
    if (decision.allowed) return handler(request);
    return proxyError(
      429,
      'proxy_rate_limited',
      `The try-it proxy takes at most ${decision.limit} requests per ${describeWindow(limiter.windowMs)} from one client; try again in ${decision.retryAfterSeconds} s.`,
      {
        headers: {
          'Retry-After': String(decision.retryAfterSeconds),
          'RateLimit-Limit': String(decision.limit),
          'RateLimit-Remaining': '0',
          'RateLimit-Reset': String(decision.retryAfterSeconds),
        },
      },
    );
  };
}
