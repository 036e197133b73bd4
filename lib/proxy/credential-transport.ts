/**
 * How the try-it panel hands the proxy the API keys that go in the API's query or cookies: in
 * request headers of its own, never in a URL (where the site's access logs, a proxy in front of
 * it or the browser's history of requests would keep them). The proxy puts them into the API's
 * URL or `Cookie` header for the operations that declare their scheme, and never sends these
 * headers on.
 */
export const credentialQueryHeader = 'x-try-it-credential-query';
export const credentialCookieHeader = 'x-try-it-credential-cookie';

/** `api_key=<value>&other=…`, form-encoded as a query string is. */
export function encodeCredentialQuery(pairs: readonly (readonly [string, string])[]): string {
  return new URLSearchParams(pairs.map(([name, value]) => [name, value])).toString();
}

/** `session_key=<encodeURIComponent(value)>; other=…`, as the proxy's `cookie` parameter is written. */
export function encodeCredentialCookies(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
}
