import { formatBytes, formatDuration, proxyDefaults } from './proxy-limits';
import { proxyError, proxyErrorHeader } from './proxy-error';
import { BodyTooLargeError, readLimited } from './read-limited';
import { checkTargetUrl } from './target-url';
import { classifyUpstreamFailure, describeUpstreamFailure } from './upstream-failure';

export interface ProxyOptions {
  /** Exact origins that may be called, read on every request (environments can change at run time). */
  allowedOrigins: () => readonly string[];
  /** Upper-case HTTP methods that the API document uses; others get 405. */
  allowedMethods: readonly string[];
  /** Request headers passed on besides `Authorization`, `Content-Type` and `Accept` (documented header parameters). */
  extraRequestHeaders?: readonly string[];
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * Asked once a request has passed every check that needs no network (method, target, declared
   * size) and before its body is read or anything is sent: an answer given here (a rate limit's
   * 429) is returned as it is. Requests the proxy refuses anyway never reach it, so they are not counted.
   */
  admit?: (request: Request) => Promise<Response | undefined>;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export { proxyDefaults };

const baseRequestHeaders = ['authorization', 'content-type', 'accept'];

/** Hop-by-hop headers, cookies, CORS and anything that would make the browser act on the API's behalf. */
const droppedResponseHeaders = new Set([
  'set-cookie',
  'set-cookie2',
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'strict-transport-security',
  'alt-svc',
  'clear-site-data',
  'content-security-policy',
]);

/** Kept for the response view, renamed so that the browser does not act on them (login prompt, redirect). */
const renamedResponseHeaders = new Set(['www-authenticate', 'location', 'refresh']);

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

export type ProxyHandler = (request: Request) => Promise<Response>;

/**
 * The try-it proxy behind `/api/proxy?url=…`: calls only the configured environments, forwards
 * only what the API needs (never the browser's cookies), bounds size and time, and answers every
 * refusal in the API's error envelope. It logs nothing itself; see `withRequestLog`.
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  const {
    maxRequestBytes = proxyDefaults.maxRequestBytes,
    maxResponseBytes = proxyDefaults.maxResponseBytes,
    timeoutMs = proxyDefaults.timeoutMs,
    maxRedirects = proxyDefaults.maxRedirects,
  } = options;
  const fetchUpstream = options.fetch ?? fetch;
  const forwarded = new Set([...baseRequestHeaders, ...(options.extraRequestHeaders ?? []).map((h) => h.toLowerCase())]);
  const methods = new Set(options.allowedMethods.map((m) => m.toUpperCase()));

  return async function handle(request) {
    const method = request.method.toUpperCase();
    if (!methods.has(method)) {
      return proxyError(405, 'proxy_method_not_allowed', `${method} is not used by any endpoint of the API.`, {
        headers: { Allow: [...methods].join(', ') },
      });
    }

    const raw = new URL(request.url).searchParams.get('url');
    if (!raw) return proxyError(400, 'proxy_missing_url', 'The `url` query parameter names the API URL to call.');
    const allowedOrigins = options.allowedOrigins();
    const target = checkTargetUrl(raw, allowedOrigins);
    if (!target.ok) {
      return target.invalid
        ? proxyError(400, 'proxy_invalid_url', target.reason)
        : proxyError(403, 'proxy_target_not_allowed', target.reason);
    }

    const declaredLength = Number(request.headers.get('content-length') ?? 0);
    if (declaredLength > maxRequestBytes) return bodyTooLarge(maxRequestBytes);
    const refusal = await options.admit?.(request);
    if (refusal) return refusal;
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

    const headers = new Headers();
    request.headers.forEach((value, name) => {
      if (forwarded.has(name.toLowerCase())) headers.set(name, value);
    });
    if (!headers.has('accept')) headers.set('accept', 'application/json');

    const started = performance.now();
    let url = target.url;
    let currentMethod = method;
    let currentBody = body;
    try {
      for (let redirects = 0; ; redirects++) {
        const upstream = await fetchUpstream(url, {
          method: currentMethod,
          headers,
          body: currentBody as BodyInit | undefined,
          redirect: 'manual',
          signal,
          cache: 'no-store',
        });
        const location = upstream.headers.get('location');
        if (redirectStatuses.has(upstream.status) && location) {
          await upstream.body?.cancel().catch(() => undefined);
          const next = new URL(location, url);
          const check = checkTargetUrl(next.href, allowedOrigins);
          if (!check.ok) {
            // a refusal like any other forbidden target (4xx): the site will not call that origin
            return proxyError(
              403,
              'proxy_redirect_not_allowed',
              `The API redirected to ${next.origin}, which is not a configured environment; the redirect was not followed.`,
            );
          }
          if (redirects >= maxRedirects) {
            // a redirect loop on an allowed origin is the API's fault, not a refusal: 502
            return proxyError(502, 'proxy_too_many_redirects', `The API redirected more than ${maxRedirects} times.`);
          }
          // as the Fetch standard does: credentials are for the origin they were sent to, even
          // when the next one is an allowed environment too
          if (next.origin !== url.origin) headers.delete('authorization');
          if (upstream.status === 303 || ((upstream.status === 301 || upstream.status === 302) && currentMethod !== 'GET')) {
            currentMethod = 'GET';
            currentBody = undefined;
            headers.delete('content-type');
          }
          url = check.url;
          continue;
        }
        return await relay(upstream, url, started, maxResponseBytes);
      }
    } catch (error) {
      if (clientGone.aborted) return clientClosed();
      const kind = classifyUpstreamFailure(error);
      if (kind === 'timeout' || deadline.aborted) {
        return proxyError(
          504,
          'proxy_upstream_timeout',
          `${target.url.origin} did not answer within ${formatDuration(timeoutMs)}.`,
        );
      }
      return proxyError(502, 'proxy_upstream_unreachable', describeUpstreamFailure(kind, target.url.origin), {
        details: { reason: kind },
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

async function relay(upstream: Response, url: URL, started: number, maxResponseBytes: number): Promise<Response> {
  const declared = Number(upstream.headers.get('content-length') ?? 0);
  let payload: Uint8Array;
  try {
    if (declared > maxResponseBytes) throw new BodyTooLargeError(maxResponseBytes);
    payload = await readLimited(upstream.body, maxResponseBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    await upstream.body?.cancel().catch(() => undefined);
    return proxyError(
      502,
      'proxy_response_too_large',
      `The API's answer is larger than ${formatBytes(maxResponseBytes)}, the try-it proxy's limit.`,
    );
  }
  const headers = new Headers();
  upstream.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (droppedResponseHeaders.has(lower) || lower.startsWith('access-control-')) return;
    // the proxy's own marks: an API that sent them would pass its answers off as the proxy's
    if (lower === proxyErrorHeader.toLowerCase() || lower.startsWith('x-upstream-')) return;
    headers.append(renamedResponseHeaders.has(lower) ? `x-upstream-${lower}` : name, value);
  });
  headers.set('Cache-Control', 'no-store');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('Server-Timing', `upstream;dur=${(performance.now() - started).toFixed(1)}`);
  headers.set('X-Upstream-Url', url.href);
  const nullBody = upstream.status === 204 || upstream.status === 304 || upstream.status < 200;
  return new Response(nullBody ? null : (payload as BodyInit), {
    status: upstream.status,
    statusText: upstream.statusText,
    headers,
  });
}
