import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { getApiModel, type ApiModel } from '../endpoints';
import { getEnvironments, getProxyEnvironments, serverBasePath } from '../environments';
import { createRequestIdentity } from './client-key';
import { credentialCookieHeader, credentialQueryHeader } from './credential-transport';
import { createProxy, type ProxyHandler } from './create-proxy';
import { createDistinctKeys, type DistinctKeys } from './distinct-keys';
import { apiKeyLocation, type SecurityModel } from '../endpoints/security';
import { createPathTemplateMatcher, type ProxyCredentials } from './path-template';
import { addressAllowance, readProxySettings, type ProxySettings } from './proxy-settings';
import { createRateLimitGate, createRateLimiter, withRateLimit, type RateLimiter } from './rate-limit';
import { createRedisConnection } from './redis-connection';
import { createProxyLogger, withRequestLog } from './request-log';
import { createTokenKey, type TokenKey } from './token-key';

const redisPrefix = 'wingfield:rate';

interface ProxyServices {
  settings: ProxySettings;
  logger: Logger;
  redis?: Redis;
  client?: RateLimiter;
  address?: RateLimiter;
  tokensPerAddress?: DistinctKeys;
  global?: RateLimiter;
  tokenKey: TokenKey;
}

let services: ProxyServices | undefined;
let built: { model: ApiModel; handler: ProxyHandler } | undefined;

/** The names under which the API key schemes of an operation (any of its alternatives) send their keys. */
function apiKeyNames(security: SecurityModel): ProxyCredentials {
  const names = { headers: new Set<string>(), query: new Set<string>(), cookies: new Set<string>() };
  for (const scheme of security.alternatives.flat()) {
    if (scheme.type !== 'apiKey' || !scheme.name) continue;
    ({ header: names.headers, query: names.query, cookie: names.cookies })[apiKeyLocation(scheme)].add(scheme.name);
  }
  return { headers: [...names.headers], query: [...names.query], cookies: [...names.cookies] };
}

/**
 * The secret of the tokens' hashes that every instance on this Redis uses: the first one to offer
 * one sets it. Fails at once while Redis is not connected: it is asked again when Redis is ready.
 */
function sharedSecret(redis: Redis): (candidate: string) => Promise<string> {
  return async (candidate) => {
    if (redis.status !== 'ready') throw new Error('redis is not connected');
    const key = `${redisPrefix}:secret`;
    await redis.set(key, candidate, 'NX');
    const secret = await redis.get(key);
    if (!secret) throw new Error('no shared secret in redis');
    return secret;
  };
}

/** Logs the first failure to count, not one per request. */
function onceWarning(logger: Logger): (error: unknown) => void {
  let logged = false;
  return (error) => {
    if (logged) return;
    logged = true;
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'rate limit failed; requests are let through');
  };
}

/** What lives as long as the process: settings, logger, the Redis connection and the counts. */
function createServices(): ProxyServices {
  const settings = readProxySettings();
  const logger = createProxyLogger();
  const limited = settings.rateLimit > 0;
  const redis = limited && settings.redisUrl ? createRedisConnection({ url: settings.redisUrl, logger, commandTimeoutMs: settings.redisTimeoutMs }) : undefined;
  const tokenKey = createTokenKey({ secret: settings.tokenSecret, sharedSecret: redis && sharedSecret(redis) });
  // agreed in the background, as soon as Redis is there (at start-up, and again after an outage)
  redis?.on('ready', () => void tokenKey.agree());
  const windowMs = settings.rateLimitWindowMs;
  const ceiling = settings.globalRateLimit;
  return {
    settings,
    logger,
    redis,
    client: limited
      ? // a token's name depends on the secret: until it is agreed, counted in memory, as during an outage
        createRateLimiter({ limit: settings.rateLimit, windowMs, redis, keyPrefix: `${redisPrefix}:client`, shared: () => tokenKey.shared })
      : undefined,
    address:
      limited && settings.trustedProxyHops > 0
        ? createRateLimiter({ limit: addressAllowance(settings, ceiling), windowMs, redis, keyPrefix: `${redisPrefix}:address` })
        : undefined,
    tokensPerAddress: limited && settings.trustedProxyHops > 0 ? createDistinctKeys({ limit: settings.tokensPerAddress, windowMs }) : undefined,
    // per instance by design: it protects dev from what this instance forwards
    global: limited && ceiling > 0 ? createRateLimiter({ limit: ceiling, windowMs, keyPrefix: 'global' }) : undefined,
    tokenKey,
  };
}

/**
 * The site's proxy: the configured environments, the document's methods and header parameters,
 * the timeout, the rate limits (per token, per trusted address, per instance; shared through
 * Redis when `REDIS_URL` is set) and one log line per request. Made again when the document
 * changes under `next dev`; the counts and the Redis connection stay.
 */
export function getSiteProxy(): ProxyHandler {
  const model = getApiModel();
  if (built?.model === model) return built.handler;
  services ??= createServices();
  const { settings, logger, client, address, tokensPerAddress, global, tokenKey } = services;
  const { endpoints } = model;
  const operations = endpoints.map(({ method, path, parameters, security }) => ({
    method,
    path,
    headers: parameters.header.map((p) => p.name),
    cookies: parameters.cookie.map((p) => p.name),
    credentials: apiKeyNames(security),
  }));
  // asked by the proxy only once a request has passed its own checks: what it refuses anyway is not counted
  const admit =
    client || global
      ? createRateLimitGate({
          client,
          address,
          tokensPerAddress,
          global,
          identify: createRequestIdentity({
            trustedProxyHops: settings.trustedProxyHops,
            tokenKey,
            // an API key counts as its integrator's token, as a bearer token does
            credentialHeaders: [credentialQueryHeader, credentialCookieHeader, ...operations.flatMap(({ credentials }) => credentials.headers ?? [])],
          }),
          // tokenless requests without an address cannot be told apart: one allowance for them all
          anonymousKey: 'anonymous',
          onError: onceWarning(logger),
        })
      : undefined;
  const proxy = createProxy({
    environments: getProxyEnvironments,
    operations,
    timeoutMs: settings.timeoutMs,
    maxConcurrent: settings.concurrency,
    admit,
  });
  const handler = withRequestLog(proxy, {
    logger,
    environmentOf: (origin) => getEnvironments().find((environment) => environment.origin === origin)?.id,
    pathTemplate: createPathTemplateMatcher(
      endpoints.map((endpoint) => endpoint.path),
      serverBasePath(model.serverUrl),
    ),
  });
  built = { model, handler };
  return handler;
}

/**
 * The site's rate limit around another of its handlers (the MCP server): the proxy's settings and
 * Redis, with counts of its own under `scope`, so that an agent's look-ups do not use up the
 * try-it budget of the same client. It takes no token, so it never looks at `Authorization`
 * (rotating it would make a new client): behind trusted proxies it counts per address, at most
 * one client's allowance and the address's share of its ceiling; and it has a ceiling of its own
 * per instance (`WINGFIELD_RATE_LIMIT_GLOBAL`), the only limit of requests without an address.
 */
export function withSiteRateLimit(inner: ProxyHandler, scope: string, serviceName: string): ProxyHandler {
  // the settings of now, not of the first handler made: each handler follows the environment it was made in
  const settings = readProxySettings();
  if (settings.rateLimit <= 0) return inner;
  services ??= createServices();
  const { redis, logger } = services;
  const windowMs = settings.rateLimitWindowMs;
  const ceiling = settings.globalRateLimit;
  return withRateLimit(inner, {
    client: createRateLimiter({
      limit: Math.min(settings.rateLimit, addressAllowance(settings, ceiling)),
      windowMs,
      redis,
      keyPrefix: `${redisPrefix}:${scope}`,
    }),
    global: ceiling > 0 ? createRateLimiter({ limit: ceiling, windowMs, keyPrefix: `${scope}:global` }) : undefined,
    identify: createRequestIdentity({ trustedProxyHops: settings.trustedProxyHops }),
    onError: onceWarning(logger),
    serviceName,
  });
}
