import type { Logger } from 'pino';
import { forbiddenAddressIn, forbiddenAddressKind } from './address-policy';
import type { AuthTargets } from './auth-targets';
import type { ProxyHandler } from './create-proxy';
import { formatBytes, formatDuration, proxyDefaults } from './proxy-limits';
import { proxyError, proxyErrorHeader } from './proxy-error';
import { BodyTooLargeError, readLimited } from './read-limited';
import { createUpstreamFetch, type UpstreamFetch } from './upstream-agent';
import { classifyUpstreamFailure, describeUpstreamFailure } from './upstream-failure';

export interface AuthProxyOptions {
  /** Read on every request: the document's providers and the operator's. */
  targets: () => AuthTargets;
  timeoutMs?: number;
  /** A token request is a few form fields; anything larger is not one. */
  maxRequestBytes?: number;
  /** A token or discovery answer is a small JSON object. */
  maxResponseBytes?: number;
  fetch?: UpstreamFetch;
}

export const authProxyDefaults = { maxRequestBytes: 16 * 1024, maxResponseBytes: 256 * 1024 } as const;

/** The grants the panel asks for; the token proxy sends nothing else to a token endpoint. */
const tokenGrants = new Set(['authorization_code', 'client_credentials', 'refresh_token']);

/** What a token endpoint needs of the browser's request: its form, what it answers in, and client_secret_basic. */
const forwardedHeaders = ['content-type', 'accept', 'authorization'];

/** What the panel reads of the answer: its type and an OAuth challenge. Never a cookie. */
const relayedHeaders = ['content-type', 'www-authenticate'];

const answerHeaders = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The token proxy behind `/api/oauth/proxy?url=…`: the panel's OpenID Connect discovery (GET of a
 * document's `openIdConnectUrl`, exactly) and token requests (POST of a form with an
 * authorization code, client credentials or refresh token grant) to the origins of the
 * document's `tokenUrl`, `refreshUrl` and `openIdConnectUrl`, and of `WINGFIELD_AUTH_ORIGINS`.
 * A document's origin is called on public addresses over https only; an operator's wherever it
 * is. No redirect is followed, no cookie travels either way, and the answer is read whole within
 * its limit. It logs nothing itself; see `withAuthLog`.
 */
export function createAuthProxy(options: AuthProxyOptions): ProxyHandler {
  const {
    timeoutMs = proxyDefaults.timeoutMs,
    maxRequestBytes = authProxyDefaults.maxRequestBytes,
    maxResponseBytes = authProxyDefaults.maxResponseBytes,
  } = options;
  const fetchUpstream = options.fetch ?? createUpstreamFetch();

  return async (request) => {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'POST') {
      return proxyError(405, 'proxy_method_not_allowed', `The token proxy takes GET (discovery) and POST (token requests), not ${method}.`, {
        headers: { Allow: 'GET, POST' },
      });
    }
    const raw = new URL(request.url).searchParams.get('url');
    if (!raw) return proxyError(400, 'proxy_missing_url', 'The `url` query parameter names the identity provider URL to call.');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return proxyError(400, 'proxy_invalid_url', `"${raw}" is not an absolute URL.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return proxyError(403, 'proxy_target_not_allowed', `The ${url.protocol} scheme is not allowed; the token proxy calls identity providers over http(s) only.`);
    }
    if (url.username || url.password) return proxyError(403, 'proxy_target_not_allowed', 'URLs with credentials (user:password@) are not allowed.');

    const { documentOrigins, operatorOrigins, discoveryUrls } = options.targets();
    const trusted = operatorOrigins.includes(url.origin);
    if (!trusted && !documentOrigins.includes(url.origin)) {
      return proxyError(
        403,
        'proxy_target_not_allowed',
        `${url.origin} is not the origin of a tokenUrl, refreshUrl or openIdConnectUrl of the document, nor named in WINGFIELD_AUTH_ORIGINS; the token proxy calls only those.`,
      );
    }
    if (!trusted && url.protocol !== 'https:') {
      return proxyError(
        403,
        'proxy_target_not_allowed',
        `${url.origin} is not https: client secrets and tokens go over TLS only, unless the operator names the origin in WINGFIELD_AUTH_ORIGINS.`,
      );
    }
    const kind = trusted ? undefined : forbiddenAddressKind(url.hostname);
    if (kind) return addressNotAllowed(`${url.hostname} is a ${kind} address`);

    let body: Uint8Array | undefined;
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([deadline, request.signal]);
    if (method === 'GET') {
      if (!discoveryUrls.includes(url.href)) {
        return proxyError(403, 'proxy_target_not_allowed', `The token proxy fetches with GET only the document's openIdConnectUrl, not ${url.href}.`);
      }
    } else {
      const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
      if (type !== 'application/x-www-form-urlencoded') {
        return proxyError(400, 'proxy_not_a_token_request', 'A token request is an application/x-www-form-urlencoded form; the token proxy sends nothing else.');
      }
      if (Number(request.headers.get('content-length') ?? 0) > maxRequestBytes) return bodyTooLarge(maxRequestBytes);
      try {
        body = await readLimited(request.body, maxRequestBytes, signal);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return bodyTooLarge(maxRequestBytes);
        if (deadline.aborted) return proxyError(408, 'proxy_request_timeout', `The request body did not arrive within ${formatDuration(timeoutMs)}.`);
        throw error;
      }
      const grant = new URLSearchParams(new TextDecoder().decode(body)).get('grant_type');
      if (!grant || !tokenGrants.has(grant)) {
        return proxyError(
          400,
          'proxy_not_a_token_request',
          `The grant_type ${grant ? `"${grant}"` : '(none)'} is not one the panel uses; the token proxy sends only authorization_code, client_credentials and refresh_token requests.`,
        );
      }
    }

    const headers = new Headers();
    for (const name of forwardedHeaders) {
      const value = request.headers.get(name);
      if (value) headers.set(name, value);
    }
    try {
      const upstream = await fetchUpstream(url, { method, headers, body, signal, trusted });
      if (upstream.status >= 300 && upstream.status < 400) {
        await upstream.body?.cancel().catch(() => undefined);
        return proxyError(
          502,
          'proxy_redirect_not_allowed',
          `The identity provider at ${url.origin} answered ${upstream.status} with a redirect; the token proxy follows none.`,
        );
      }
      const declared = Number(upstream.headers.get('content-length') ?? 0);
      if (declared > maxResponseBytes) {
        await upstream.body?.cancel().catch(() => undefined);
        return responseTooLarge(maxResponseBytes);
      }
      const answer = await readLimited(upstream.body, maxResponseBytes, signal);
      const relayed = new Headers(answerHeaders);
      for (const name of relayedHeaders) {
        const value = upstream.headers.get(name);
        if (value) relayed.set(name, value);
      }
      return new Response(answer.byteLength > 0 ? (answer as Uint8Array<ArrayBuffer>) : null, { status: upstream.status, headers: relayed });
    } catch (error) {
      if (request.signal.aborted) return proxyError(499, 'proxy_client_closed_request', 'The client closed the request before the identity provider answered.');
      if (error instanceof BodyTooLargeError) return responseTooLarge(maxResponseBytes);
      const forbidden = forbiddenAddressIn(error);
      if (forbidden) return addressNotAllowed(forbidden.message);
      const failure = classifyUpstreamFailure(error);
      if (failure === 'timeout' || deadline.aborted) {
        return proxyError(504, 'proxy_upstream_timeout', `${url.origin} did not answer within ${formatDuration(timeoutMs)}.`);
      }
      return proxyError(502, 'proxy_upstream_unreachable', describeUpstreamFailure(failure, url.origin), { details: { reason: failure } });
    }
  };
}

function addressNotAllowed(what: string): Response {
  return proxyError(
    403,
    'proxy_address_not_allowed',
    `The token proxy did not connect: ${what}. It calls such addresses only for an identity provider the operator names in WINGFIELD_AUTH_ORIGINS, not for one that the document alone gives.`,
  );
}

function bodyTooLarge(limit: number): Response {
  return proxyError(413, 'proxy_body_too_large', `Token requests are limited to ${formatBytes(limit)} by the token proxy.`);
}

function responseTooLarge(limit: number): Response {
  return proxyError(502, 'proxy_response_too_large', `The identity provider's answer is larger than ${formatBytes(limit)}, the token proxy's limit.`);
}

/** Refusals are the token proxy saying no; these are failures to reach the provider. */
const failureStatuses = new Set([499, 502, 504]);

/**
 * One line per token proxy request: discovery or token, the provider's origin, status, duration
 * and, when the proxy answered itself, why. Never the URL's path or query, a header, the form
 * (code, verifier, secret, refresh token) or the answer (tokens).
 */
export function withAuthLog(handler: ProxyHandler, logger: Pick<Logger, 'info'>): ProxyHandler {
  return async (request) => {
    const started = performance.now();
    const line: Record<string, unknown> = {
      kind: request.method.toUpperCase() === 'GET' ? 'discovery' : 'token',
      idp: originOf(new URL(request.url).searchParams.get('url')),
    };
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      logger.info({ ...line, status: 500, durationMs: elapsed(started), outcome: 'failed', reason: 'exception' }, 'token proxy request');
      throw error;
    }
    const reason = response.headers.get(proxyErrorHeader) ?? undefined;
    line.status = response.status;
    line.durationMs = elapsed(started);
    line.outcome = reason ? (failureStatuses.has(response.status) ? 'failed' : 'refused') : 'forwarded';
    if (reason) line.reason = reason;
    logger.info(line, 'token proxy request');
    return response;
  };
}

function originOf(raw: string | null): string | undefined {
  try {
    const url = new URL(raw ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
