import { getApiModel } from '../endpoints';
import { getEnvironments } from '../environments';
import { clientKey } from './client-key';
import { createProxy, type ProxyHandler } from './create-proxy';
import { readProxySettings } from './proxy-settings';
import { createMemoryRateLimitStore, createRateLimiter, withRateLimit, type RateLimitStore } from './rate-limit';

let handler: ProxyHandler | undefined;

/**
 * The store of the site's rate limit: in memory, per server process. To share counts between
 * instances, replace this with a store backed by Redis or similar (see `RateLimitStore`).
 */
function rateLimitStore(): RateLimitStore {
  return createMemoryRateLimitStore();
}

/**
 * The site's proxy: the configured environments, the document's methods and header parameters,
 * the timeout and rate limit of `WINGFIELD_PROXY_TIMEOUT_MS`, `WINGFIELD_RATE_LIMIT`,
 * `WINGFIELD_RATE_LIMIT_WINDOW_MS` and `WINGFIELD_TRUST_PROXY`.
 */
export function getSiteProxy(): ProxyHandler {
  if (handler) return handler;
  const settings = readProxySettings();
  const { endpoints } = getApiModel();
  const proxy = createProxy({
    allowedOrigins: () => getEnvironments().flatMap((environment) => (environment.origin ? [environment.origin] : [])),
    allowedMethods: [...new Set(endpoints.map((endpoint) => endpoint.method))],
    extraRequestHeaders: [...new Set(endpoints.flatMap((endpoint) => endpoint.parameters.header.map((p) => p.name)))],
    timeoutMs: settings.timeoutMs,
  });
  handler =
    settings.rateLimit > 0
      ? withRateLimit(proxy, {
          limiter: createRateLimiter({
            limit: settings.rateLimit,
            windowMs: settings.rateLimitWindowMs,
            store: rateLimitStore(),
          }),
          clientKey: (request) => clientKey(request, settings),
        })
      : proxy;
  return handler;
}
