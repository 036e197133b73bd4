import { proxyErrorHeader } from './proxy-error';

/** Hop-by-hop headers, cookies, and what the fetch already undid (the encoding, and so the length). */
const droppedResponseHeaders = new Set([
  'set-cookie',
  'set-cookie2',
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'trailer',
  'upgrade',
  'alt-svc',
]);

/**
 * Kept for the response view, renamed to `x-upstream-*` so that the browser does not act on them
 * on the site's origin: a login prompt, a redirect, a download, or the API's own security
 * policies (the site's apply to its proxy's answers; the API's would loosen or break them).
 */
const renamedResponseHeaders = new Set([
  'www-authenticate',
  'location',
  'refresh',
  'content-disposition',
  'content-security-policy',
  'content-security-policy-report-only',
  'x-frame-options',
  'x-content-type-options',
  'x-xss-protection',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-embedder-policy-report-only',
  'cross-origin-opener-policy-report-only',
  'cross-origin-resource-policy',
  'permissions-policy',
  'feature-policy',
  'strict-transport-security',
  'referrer-policy',
  'origin-agent-cluster',
  'clear-site-data',
  'report-to',
  'reporting-endpoints',
  'nel',
  'x-permitted-cross-domain-policies',
  'x-dns-prefetch-control',
  'service-worker-allowed',
  'supports-loading-mode',
]);

/**
 * The API's response headers as the proxy passes them on: no cookies, no CORS, no hop-by-hop
 * headers (nor those the API's `Connection` names), the ones a browser would act on renamed, and
 * never the proxy's own marks (`X-Proxy-Error`, `X-Upstream-*`), with which the API could pass
 * its answers off as the proxy's. Then `nosniff`: the answer is read as the type it says it is.
 */
export function relayedResponseHeaders(upstream: Pick<Headers, 'get' | 'forEach'>): Headers {
  const connectionScoped = new Set(
    (upstream.get('connection') ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
  const headers = new Headers();
  upstream.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (droppedResponseHeaders.has(lower) || connectionScoped.has(lower) || lower.startsWith('access-control-')) return;
    // the proxy's own headers (`X-Proxy-Error`, a stream's mark) are its to set: the API cannot pose as it
    if (lower === proxyErrorHeader.toLowerCase() || lower.startsWith('x-proxy-') || lower.startsWith('x-upstream-')) return;
    headers.append(renamedResponseHeaders.has(lower) ? `x-upstream-${lower}` : lower, value);
  });
  headers.set('X-Content-Type-Options', 'nosniff');
  return headers;
}
