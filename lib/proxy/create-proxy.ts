import { forbiddenAddressIn } from './address-policy';
import { createConcurrencyLimit } from './concurrency-limit';
import { isEventStream, streamTimeLimitEnd } from './event-stream';
import type { ProxyOperation } from './path-template';
import { formatBytes, formatDuration, proxyDefaults } from './proxy-limits';
import { proxyError } from './proxy-error';
import { BodyTooLargeError, limitedStream, readLimited } from './read-limited';
import { createProxyRequestCheck } from './proxy-request';
import { upstreamRequestHeaders } from './request-headers';
import { relayedResponseHeaders } from './response-headers';
import { checkTargetUrl, type ProxyEnvironment } from './target-url';
import { createUpstreamFetch, type UpstreamFetch, type UpstreamResponse } from './upstream-agent';
import { classifyUpstreamFailure, describeUpstreamFailure } from './upstream-failure';

export interface ProxyOptions {
  /** The environments that may be called, read on every request (they can change at run time). */
  environments: () => readonly ProxyEnvironment[];
  /** The document's operations: a target must be one of them, and only their header and cookie parameters travel. */
  operations: readonly ProxyOperation[];
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Exchanges with the API at once in this process; over it, 503 `proxy_busy`. */
  maxConcurrent?: number;
  /**
   * Asked once a request has passed every check that needs no network (method, target, path and
   * operation, cookies, declared size) and before its body is read or anything is sent: an answer
   * given here (a rate limit's 429) is returned as it is. Requests the proxy refuses anyway never
   * reach it, so they are not counted.
   */
  admit?: (request: Request) => Promise<Response | undefined>;
  /** How the API is called; undici through the address policy otherwise (see `upstream-agent.ts`). */
  fetch?: UpstreamFetch;
}

export type { ProxyEnvironment, ProxyOperation };
export { proxyDefaults };

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Statuses whose answer has no body (Fetch's null body statuses); a `Response` with one cannot be made. */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** How long a client refused for a full instance is asked to wait: exchanges last seconds at most. */
const busyRetryAfterSeconds = 1;

export type ProxyHandler = (request: Request) => Promise<Response>;

/**
 * The try-it proxy behind `/api/proxy?url=…&cookie=…`: calls only the document's operations on
 * the configured environments (an environment from the document alone on public addresses only),
 * forwards only what the operation takes (never the browser's cookies), bounds size, time and
 * concurrency, streams the answer, and answers every refusal in the API's error envelope. It logs
 * nothing itself; see `withRequestLog`.
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  const {
    maxRequestBytes = proxyDefaults.maxRequestBytes,
    maxResponseBytes = proxyDefaults.maxResponseBytes,
    timeoutMs = proxyDefaults.timeoutMs,
    maxRedirects = proxyDefaults.maxRedirects,
    maxConcurrent = proxyDefaults.maxConcurrent,
  } = options;
  const fetchUpstream = options.fetch ?? createUpstreamFetch();
  const checkRequest = createProxyRequestCheck(options.operations);
  const slots = createConcurrencyLimit(maxConcurrent);

  return async function handle(request) {
    const environments = options.environments();
    const check = checkRequest(request, environments);
    if (!check.ok) return check.refusal;
    const { method, url: targetUrl, environment, operation, cookie } = check.request;

    const declaredLength = Number(request.headers.get('content-length') ?? 0);
    if (declaredLength > maxRequestBytes) return bodyTooLarge(maxRequestBytes);
    const refusal = await options.admit?.(request);
    if (refusal) return refusal;

    const release = slots.tryAcquire();
    if (!release) {
      return proxyError(
        503,
        'proxy_busy',
        `The try-it proxy is handling ${maxConcurrent} requests already; try again in ${busyRetryAfterSeconds} s.`,
        { headers: { 'Retry-After': String(busyRetryAfterSeconds) }, details: { retryAfter: String(busyRetryAfterSeconds) } },
      );
    }
    // a streamed answer frees its slot when its body ends (limitedStream's onEnd); any other at once
    let streaming = false;
    try {
      return await exchange();
    } finally {
      if (!streaming) release();
    }

    async function exchange(): Promise<Response> {
      // one deadline for the whole exchange, the client's upload included: a client that trickles
      // its body holds a connection as long as a slow API would
      const deadline = AbortSignal.timeout(timeoutMs);
      // the browser gave up (closed the tab, pressed Cancel): so does the request to the API
      const clientGone = request.signal;
      const signal = AbortSignal.any([deadline, clientGone]);
      let body: Uint8Array | undefined;
      if (method !== 'GET' && method !== 'HEAD' && request.body) {
        try {
          body = await readLimited(request.body, maxRequestBytes, signal);
        } catch (error) {
          if (error instanceof BodyTooLargeError) return bodyTooLarge(maxRequestBytes);
          if (clientGone.aborted) return clientClosed();
          if (deadline.aborted) {
            return proxyError(408, 'proxy_request_timeout', `The request body did not arrive within ${formatDuration(timeoutMs)}.`);
          }
          throw error;
        }
        if (body.byteLength === 0) body = undefined;
      }

      const keyHeaders = operation.credentials?.headers ?? [];
      const headers = upstreamRequestHeaders(request.headers, [...(operation.headers ?? []), ...keyHeaders]);
      if (cookie) headers.set('cookie', cookie);

      const started = performance.now();
      let url = targetUrl;
      let currentTrusted = environment.trusted;
      let currentMethod = method;
      let currentBody = body;
      try {
        for (let redirects = 0; ; redirects++) {
          const upstream = await fetchUpstream(url, { method: currentMethod, headers, body: currentBody, signal, trusted: currentTrusted });
          const location = upstream.headers.get('location');
          if (redirectStatuses.has(upstream.status) && location) {
            await upstream.body?.cancel().catch(() => undefined);
            const next = new URL(location, url);
            const redirect = checkTargetUrl(next.href, environments);
            if (!redirect.ok) {
              // a refusal like any other forbidden target (4xx): the site will not call that origin
              return proxyError(
                403,
                'proxy_redirect_not_allowed',
                redirect.type === 'proxy_target_not_allowed'
                  ? `The API redirected to ${next.origin}, which is not a configured environment; the redirect was not followed.`
                  : `The API redirected to ${next.href}, which the proxy does not call (${redirect.reason}); the redirect was not followed.`,
              );
            }
            if (redirects >= maxRedirects) {
              // a redirect loop on an allowed origin is the API's fault, not a refusal: 502
              return proxyError(502, 'proxy_too_many_redirects', `The API redirected more than ${maxRedirects} times.`);
            }
            // as the Fetch standard does: credentials are for the origin they were sent to, even
            // when the next one is an allowed environment too; so are the operation's cookies
            if (next.origin !== url.origin) {
              headers.delete('authorization');
              headers.delete('cookie');
              for (const name of keyHeaders) headers.delete(name);
            }
            if (upstream.status === 303 || ((upstream.status === 301 || upstream.status === 302) && currentMethod !== 'GET')) {
              currentMethod = 'GET';
              currentBody = undefined;
              headers.delete('content-type');
            }
            url = redirect.url;
            currentTrusted = redirect.environment.trusted;
            continue;
          }
          return relay(upstream, url, started, signal, deadline);
        }
      } catch (error) {
        if (clientGone.aborted) return clientClosed();
        const forbidden = forbiddenAddressIn(error);
        if (forbidden) {
          return proxyError(
            403,
            'proxy_address_not_allowed',
            `The proxy did not connect: ${forbidden.message}. It calls such addresses only for an environment the operator names (WINGFIELD_DEV_URL, WINGFIELD_ENVIRONMENTS), not for a server that the document alone gives.`,
          );
        }
        const kind = classifyUpstreamFailure(error);
        if (kind === 'timeout' || deadline.aborted) {
          return proxyError(504, 'proxy_upstream_timeout', `${url.origin} did not answer within ${formatDuration(timeoutMs)}.`);
        }
        return proxyError(502, 'proxy_upstream_unreachable', describeUpstreamFailure(kind, url.origin), {
          details: { reason: kind },
        });
      }
    }

    /**
     * The API's answer, streamed: refused whole (502) when its `Content-Length` is over the limit,
     * and cut off, the stream erroring, when it grows past the limit after the first byte went out.
     */
    async function relay(upstream: UpstreamResponse, url: URL, started: number, signal: AbortSignal, deadline: AbortSignal): Promise<Response> {
      const declared = Number(upstream.headers.get('content-length') ?? 0);
      if (declared > maxResponseBytes) {
        await upstream.body?.cancel().catch(() => undefined);
        return proxyError(
          502,
          'proxy_response_too_large',
          `The API's answer is ${formatBytes(declared)}, larger than ${formatBytes(maxResponseBytes)}, the try-it proxy's limit.`,
        );
      }
      const headers = relayedResponseHeaders(upstream.headers);
      const eventStream = isEventStream(upstream.headers.get('content-type'));
      // no-transform: Next's compression (and any proxy before the site) would hold events back to
      // fill its buffers; X-Accel-Buffering says the same to nginx
      headers.set('Cache-Control', eventStream ? 'no-store, no-transform' : 'no-store');
      if (eventStream) headers.set('X-Accel-Buffering', 'no');
      headers.set('Referrer-Policy', 'no-referrer');
      headers.set('Server-Timing', `upstream;dur=${(performance.now() - started).toFixed(1)}`);
      headers.set('X-Upstream-Url', url.href);
      const bodyless = nullBodyStatuses.has(upstream.status) || upstream.status < 200 || !upstream.body;
      if (bodyless) await upstream.body?.cancel().catch(() => undefined);
      streaming = !bodyless;
      // a stream of events runs until the deadline, and there it ends as a stream does, not broken off
      const endOn = eventStream ? { signal: deadline, last: streamTimeLimitEnd(timeoutMs) } : undefined;
      return new Response(bodyless ? null : limitedStream(upstream.body!, maxResponseBytes, { onEnd: release, signal, endOn }), {
        status: upstream.status,
        statusText: upstream.statusText,
        headers,
      });
    }
  };
}

/** Nobody reads it: the status is for the request log (499, as nginx names a closed client). */
function clientClosed(): Response {
  return proxyError(499, 'proxy_client_closed_request', 'The client closed the request before the API answered.');
}

function bodyTooLarge(limit: number): Response {
  return proxyError(413, 'proxy_body_too_large', `Request bodies are limited to ${formatBytes(limit)} by the try-it proxy.`);
}
