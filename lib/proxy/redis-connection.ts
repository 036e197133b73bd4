import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RedisConnectionOptions {
  url: string;
  logger: Pick<Logger, 'warn' | 'info'>;
  /** How long one command may take before the request is counted in memory instead. */
  commandTimeoutMs?: number;
}

/**
 * A Redis client for the rate limit that never makes a request wait for Redis: no offline queue
 * (a command fails at once while disconnected, and the in-memory insurance counts it), a short
 * command timeout, and reconnection in the background. Logs one warning when Redis goes away and
 * one line when it is back, not one per request.
 */
export function createRedisConnection({ url, logger, commandTimeoutMs = 500 }: RedisConnectionOptions): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: commandTimeoutMs,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  const where = redactedUrl(url);
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  redis.on('ready', () => {
    if (state === 'down') logger.info({ redis: where }, 'redis is reachable again: rate limit counts are shared');
    state = 'up';
  });
  const down = (error?: Error) => {
    if (state === 'down') return;
    state = 'down';
    logger.warn(
      { redis: where, err: error?.message },
      'redis is unreachable: rate limit counts are kept in this instance’s memory until it is back',
    );
  };
  redis.on('error', down);
  redis.on('close', () => {
    if (state === 'up') down();
  });
  return redis;
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'redis';
  }
}

