import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { getApiModel, type ApiModel } from '../endpoints';
import { getEnvironments, getProxyEnvironments } from '../environments';
import { createClientKeys } from './client-key';
import { createProxy, type ProxyHandler } from './create-proxy';
import { createPathTemplateMatcher } from './path-template';
import { readProxySettings, type ProxySettings } from './proxy-settings';
import { createRateLimitGate, createRateLimiter, withRateLimit, type RateLimiter } from './rate-limit';
import { createRedisConnection, whenConnected } from './redis-connection';
import { createProxyLogger, withRequestLog } from './request-log';
import { createTokenKey, type TokenKey } from './token-key';

const redisPrefix = 'wingfield:rate';

interface ProxyServices {
  settings: ProxySettings;
  logger: Logger;
  redis?: Redis;
  client?: RateLimiter;
  global?: RateLimiter;
  tokenKey: TokenKey;
}

let services: ProxyServices | undefined;
let built: { model: ApiModel; handler: ProxyHandler } | undefined;

/** The secret of the tokens' hashes that every instance on this Redis uses: the first one to offer one sets it. */
function sharedSecret(redis: Redis): (candidate: string) => Promise<string> {
  return async (candidate) => {
    if (redis.status !== 'ready') await whenConnected(redis, 2_000);
    const key = `${redisPrefix}:secret`;
    await redis.set(key, candidate, 'NX');
    const secret = await redis.get(key);
    if (!secret) throw new Error('no shared secret in redis');
    return secret;
  };
}

/** What lives as long as the process: settings, logger, the Redis connection and the counts. */
function createServices(): ProxyServices {
  const settings = readProxySettings();
  const logger = createProxyLogger();
  const limited = settings.rateLimit > 0;
  const redis = limited && settings.redisUrl ? createRedisConnection({ url: settings.redisUrl, logger, commandTimeoutMs: settings.redisTimeoutMs }) : undefined;
  return {
    settings,
    logger,
    redis,
    client: limited
      ? createRateLimiter({ limit: settings.rateLimit, windowMs: settings.rateLimitWindowMs, redis, keyPrefix: `${redisPrefix}:client` })
      : undefined,
    // per instance by design: it protects dev from what this instance forwards
    global:
      limited && settings.globalRateLimit > 0
        ? createRateLimiter({ limit: settings.globalRateLimit, windowMs: settings.rateLimitWindowMs, keyPrefix: 'global' })
        : undefined,
    tokenKey: createTokenKey({ secret: settings.tokenSecret, sharedSecret: redis && sharedSecret(redis) }),
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
  const { settings, logger, client, global, tokenKey } = services;
  const { endpoints } = model;
  let loggedFailure = false;
  const admit =
    client || global
      ? createRateLimitGate({
          client,
          global,
          clientKeys: createClientKeys({ trustedProxyHops: settings.trustedProxyHops, tokenKey }),
          onError: (error) => {
            if (loggedFailure) return;
            loggedFailure = true;
            logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'rate limit failed; requests are let through');
          },
        })
      : undefined;
  const proxy = createProxy({
    environments: getProxyEnvironments,
    operations: endpoints.map(({ method, path, parameters }) => ({
      method,
      path,
      headers: parameters.header.map((p) => p.name),
      cookies: parameters.cookie.map((p) => p.name),
    })),
    timeoutMs: settings.timeoutMs,
    maxConcurrent: settings.concurrency,
    admit,
  });
  const handler = withRequestLog(proxy, {
    logger,
    environmentOf: (origin) => getEnvironments().find((environment) => environment.baseUrl === origin)?.id,
    pathTemplate: createPathTemplateMatcher(endpoints.map((endpoint) => endpoint.path)),
  });
  built = { model, handler };
  return handler;
}

/**
 * The site's rate limit around another of its handlers (the MCP server): the proxy's settings,
 * Redis and notion of a client, with counts of its own under `scope`, so that an agent's
 * look-ups do not use up the try-it budget of the same client.
 */
export function withSiteRateLimit(inner: ProxyHandler, scope: string, serviceName: string): ProxyHandler {
  // the settings of now, not of the first handler made: each handler follows the environment it was made in
  const settings = readProxySettings();
  if (settings.rateLimit <= 0) return inner;
  services ??= createServices();
  const { redis, tokenKey } = services;
  const client = createRateLimiter({
    limit: settings.rateLimit,
    windowMs: settings.rateLimitWindowMs,
    redis,
    keyPrefix: `${redisPrefix}:${scope}`,
  });
  return withRateLimit(inner, { client, clientKeys: createClientKeys({ trustedProxyHops: settings.trustedProxyHops, tokenKey }), serviceName });
}
