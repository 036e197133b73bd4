import { proxyDefaults } from './create-proxy';

/** The proxy's tunables, read from the process environment when the server starts handling requests. */
export interface ProxySettings {
  /** `WINGFIELD_PROXY_TIMEOUT_MS`: how long the API may take to answer before the proxy gives up with 504. */
  timeoutMs: number;
  /** `WINGFIELD_RATE_LIMIT`: proxy requests allowed per client and window; 0 turns the limit off. */
  rateLimit: number;
  /** `WINGFIELD_RATE_LIMIT_WINDOW_MS`: the length of the rate limit's window. */
  rateLimitWindowMs: number;
  /**
   * `WINGFIELD_TRUST_PROXY`: how many proxies in front of the site append to `X-Forwarded-For`
   * (`1` for one load balancer); 0 trusts none and puts every client in one shared bucket.
   */
  trustedProxyHops: number;
}

export const proxySettingDefaults: ProxySettings = {
  timeoutMs: proxyDefaults.timeoutMs,
  rateLimit: 60,
  rateLimitWindowMs: 60_000,
  trustedProxyHops: 0,
};

type Environment = Record<string, string | undefined>;

function whole(env: Environment, name: string, fallback: number, { min }: { min: number }): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`${name}: "${value}" is not a whole number ≥ ${min}`);
  return Number(value);
}

function trustedHops(env: Environment): number {
  const value = env.WINGFIELD_TRUST_PROXY?.trim().toLowerCase();
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  return whole(env, 'WINGFIELD_TRUST_PROXY', 0, { min: 0 });
}

/** Reads the proxy's environment variables; a malformed value throws, naming the variable. */
export function readProxySettings(env: Environment = process.env): ProxySettings {
  return {
    timeoutMs: whole(env, 'WINGFIELD_PROXY_TIMEOUT_MS', proxySettingDefaults.timeoutMs, { min: 1 }),
    rateLimit: whole(env, 'WINGFIELD_RATE_LIMIT', proxySettingDefaults.rateLimit, { min: 0 }),
    rateLimitWindowMs: whole(env, 'WINGFIELD_RATE_LIMIT_WINDOW_MS', proxySettingDefaults.rateLimitWindowMs, { min: 1 }),
    trustedProxyHops: trustedHops(env),
  };
}
