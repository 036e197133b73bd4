import { proxyDefaults } from './create-proxy';

/** The proxy's tunables, read from the process environment when the server starts handling requests. */
export interface ProxySettings {
  /** `WINGFIELD_PROXY_TIMEOUT_MS`: how long the client's upload and the API's answer may take together. */
  timeoutMs: number;
  /** `WINGFIELD_PROXY_CONCURRENCY`: requests one instance sends to the API at once; more get 503 `proxy_busy` at once, not a queue. */
  concurrency: number;
  /** `WINGFIELD_RATE_LIMIT`: proxy requests allowed per client (token, or trusted address) and window; 0 turns the limits off. */
  rateLimit: number;
  /** `WINGFIELD_RATE_LIMIT_WINDOW_MS`: the length of the rate limit's window. */
  rateLimitWindowMs: number;
  /**
   * `WINGFIELD_RATE_LIMIT_GLOBAL`: requests one instance forwards per window, from all clients
   * together; it caps requests without a token and clients that invent tokens. 0: no ceiling.
   */
  globalRateLimit: number;
  /**
   * `WINGFIELD_RATE_LIMIT_ADDRESS_SHARE`: the percentage of the ceiling that one address (behind
   * trusted proxies) may take per window, all its tokens together, so that one address cannot
   * fill the ceiling. Without a ceiling an address has one client's allowance.
   */
  addressShare: number;
  /**
   * `WINGFIELD_RATE_LIMIT_TOKENS_PER_ADDRESS`: how many different tokens one address (behind
   * trusted proxies) may use per window; a further one is refused before it is counted.
   */
  tokensPerAddress: number;
  /**
   * `WINGFIELD_TRUST_PROXY`: how many proxies in front of the site append to `X-Forwarded-For`
   * (`1` for one load balancer); 0 trusts none, and clients are told apart by token only.
   */
  trustedProxyHops: number;
  /** `REDIS_URL`: where instances share their counts; unset, each counts in its own memory. */
  redisUrl?: string;
  /**
   * `WINGFIELD_REDIS_TIMEOUT_MS`: how long a Redis command may take before the instance counts
   * that request in its own memory instead (a slow Redis must not slow every proxied request).
   */
  redisTimeoutMs: number;
  /** `WINGFIELD_RATE_LIMIT_SECRET`: the key of the tokens' hashes; unset, one is agreed through Redis or made per process. */
  tokenSecret?: string;
}

export const proxySettingDefaults: ProxySettings = {
  timeoutMs: proxyDefaults.timeoutMs,
  concurrency: proxyDefaults.maxConcurrent,
  rateLimit: 60,
  rateLimitWindowMs: 60_000,
  globalRateLimit: 1_200,
  addressShare: 10,
  tokensPerAddress: 10,
  trustedProxyHops: 0,
  redisTimeoutMs: 500,
};

type Environment = Record<string, string | undefined>;

function whole(env: Environment, name: string, fallback: number, { min, max }: { min: number; max?: number }): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || (max !== undefined && number > max)) {
    throw new Error(`${name}: "${value}" is not a whole number ${max === undefined ? `≥ ${min}` : `from ${min} to ${max}`}`);
  }
  return number;
}

function trustedHops(env: Environment): number {
  const value = env.WINGFIELD_TRUST_PROXY?.trim().toLowerCase();
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  return whole(env, 'WINGFIELD_TRUST_PROXY', 0, { min: 0 });
}

function redisUrl(env: Environment): string | undefined {
  const value = env.REDIS_URL?.trim();
  if (!value) return undefined;
  if (!/^rediss?:\/\//.test(value)) throw new Error(`REDIS_URL: "${value.replace(/:[^:@/]*@/, ':***@')}" is not a redis:// or rediss:// URL`);
  return value;
}

/** Reads the proxy's environment variables; a malformed value throws, naming the variable. */
export function readProxySettings(env: Environment = process.env): ProxySettings {
  return {
    timeoutMs: whole(env, 'WINGFIELD_PROXY_TIMEOUT_MS', proxySettingDefaults.timeoutMs, { min: 1 }),
    concurrency: whole(env, 'WINGFIELD_PROXY_CONCURRENCY', proxySettingDefaults.concurrency, { min: 1 }),
    rateLimit: whole(env, 'WINGFIELD_RATE_LIMIT', proxySettingDefaults.rateLimit, { min: 0 }),
    rateLimitWindowMs: whole(env, 'WINGFIELD_RATE_LIMIT_WINDOW_MS', proxySettingDefaults.rateLimitWindowMs, { min: 1 }),
    globalRateLimit: whole(env, 'WINGFIELD_RATE_LIMIT_GLOBAL', proxySettingDefaults.globalRateLimit, { min: 0 }),
    addressShare: whole(env, 'WINGFIELD_RATE_LIMIT_ADDRESS_SHARE', proxySettingDefaults.addressShare, { min: 1, max: 100 }),
    tokensPerAddress: whole(env, 'WINGFIELD_RATE_LIMIT_TOKENS_PER_ADDRESS', proxySettingDefaults.tokensPerAddress, { min: 1 }),
    trustedProxyHops: trustedHops(env),
    redisUrl: redisUrl(env),
    redisTimeoutMs: whole(env, 'WINGFIELD_REDIS_TIMEOUT_MS', proxySettingDefaults.redisTimeoutMs, { min: 1 }),
    tokenSecret: env.WINGFIELD_RATE_LIMIT_SECRET?.trim() || undefined,
  };
}

/**
 * What one address may send per window against a ceiling of `ceiling` (0: none): its share of
 * it, at least one request; without a ceiling, one client's allowance.
 */
export function addressAllowance({ rateLimit, addressShare }: Pick<ProxySettings, 'rateLimit' | 'addressShare'>, ceiling: number): number {
  return ceiling > 0 ? Math.max(1, Math.floor((ceiling * addressShare) / 100)) : rateLimit;
}
