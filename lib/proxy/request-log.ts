import pino, { type DestinationStream, type Logger } from 'pino';
import type { ProxyHandler } from './create-proxy';
import { proxyErrorHeader } from './proxy-error';

export interface ProxyLoggerOptions {
  /** Where the JSON lines go; standard output otherwise. */
  destination?: DestinationStream;
  /** `LOG_LEVEL`, `info` by default. */
  level?: string;
  /** What the lines call the service: `try-it-proxy` by default. */
  name?: string;
}

/** The proxy's logger: one JSON object a line, with an ISO time. */
export function createProxyLogger({ destination, level = process.env.LOG_LEVEL ?? 'info', name = 'try-it-proxy' }: ProxyLoggerOptions = {}): Logger {
  return pino({ name, level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

export interface RequestLogOptions {
  logger: Pick<Logger, 'info'>;
  /** The id of the environment at an origin (`dev`), if it is one. */
  environmentOf: (origin: string) => string | undefined;
  /** The document's path template of a path, if any endpoint has it. */
  pathTemplate: (pathname: string) => string | undefined;
}

/** Refusals are the proxy saying no; the other answers of the proxy itself are failures to reach the API. */
const failureStatuses = new Set([499, 502, 504]);

/**
 * One line per proxy request: environment, method, the endpoint's path template (never the
 * path's IDs), status, duration, and, when the proxy answered itself, whether it refused or
 * failed and why. Never the token, a body, a header value or the query.
 */
export function withRequestLog(handler: ProxyHandler, { logger, environmentOf, pathTemplate }: RequestLogOptions): ProxyHandler {
  return async (request) => {
    const started = performance.now();
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      // still one line: Next.js answers 500 for what was thrown
      logger.info({ ...describe(request), status: 500, durationMs: elapsed(started), outcome: 'failed', reason: 'exception' }, 'proxy request');
      throw error;
    }
    const reason = response.headers.get(proxyErrorHeader) ?? undefined;
    const line: Record<string, unknown> = {
      ...describe(request),
      status: response.status,
      durationMs: elapsed(started),
      outcome: reason ? (failureStatuses.has(response.status) ? 'failed' : 'refused') : 'forwarded',
    };
    if (reason) line.reason = reason;
    if (reason === 'proxy_rate_limited') line.scope = await rateLimitScope(response);
    logger.info(line, 'proxy request');
    return response;
  };

  /** Environment, method and path template of a request: nothing that identifies a client or a resource. */
  function describe(request: Request) {
    let target: URL | undefined;
    try {
      target = new URL(new URL(request.url).searchParams.get('url') ?? '');
    } catch {
      target = undefined;
    }
    return {
      env: target ? (environmentOf(target.origin) ?? 'other') : undefined,
      method: request.method.toUpperCase(),
      path: target ? (pathTemplate(target.pathname) ?? 'unknown') : undefined,
    };
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

async function rateLimitScope(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as { error?: { scope?: unknown } };
    return typeof body.error?.scope === 'string' ? body.error.scope : undefined;
  } catch {
    return undefined;
  }
}
