import { getApiModel } from '../endpoints';
import { getEnvironments } from '../environments';
import { clientKey } from './client-key';
import { createProxy, type ProxyHandler } from './create-proxy';
import { readProxySettings } from './proxy-settings';
import { createMemoryRateLimitStore, createRateLimiter, withRateLimit, type RateLimitStore } from './rate-limit';

let handler: ProxyHandler | undefined;
let store: RateLimitStore | undefined;

/**
 * The store of the site's rate limit: in memory, per server process. To share counts between
 * instances, replace this with a store backed by Redis or similar (see `RateLimitStore`).
 */
function rateLimitStore(): RateLimitStore {
  store ??= createMemoryRateLimitStore();
  return store;
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
    allowedOrigins: () => getEnvironments().map((environment) => environment.baseUrl),
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

/**
 * The site's rate limit around another of its handlers (the MCP server): the proxy's store,
 * settings and notion of a client, with counts of its own under `scope`, so that an agent's
 * look-ups do not use up the try-it budget of the same client.
 */
export function withSiteRateLimit(inner: ProxyHandler, scope: string): ProxyHandler {
  const settings = readProxySettings();
  if (settings.rateLimit <= 0) return inner;
  const limiter = createRateLimiter({ limit: settings.rateLimit, windowMs: settings.rateLimitWindowMs, store: rateLimitStore() });
  return withRateLimit(inner, { limiter, clientKey: (request) => `${scope}:${clientKey(request, settings)}` });
}
