/** Sent for every operation: the credentials and the content negotiation of the request itself. */
const baseRequestHeaders = ['authorization', 'content-type', 'accept'];

import { credentialCookieHeader, credentialQueryHeader } from './credential-transport';

/** Hop-by-hop headers (RFC 9110, 7.6.1): they describe one connection, the browser's to the site. */
const hopByHop = new Set(['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'proxy-connection']);

/**
 * Never forwarded, whatever the document declares as header parameters: the site's cookies,
 * where the request came from and through whom (a document declaring `X-Forwarded-For` would
 * otherwise let a client pose as any address), and the headers a page cannot set, whose values
 * are the browser's and never the panel's (`Origin`, `Referer`, `Sec-*`, …).
 */
function neverForwarded(name: string): boolean {
  return (
    hopByHop.has(name) ||
    name === 'cookie' ||
    name === 'cookie2' ||
    // the panel's API keys for the query and cookies: the proxy puts them where they go
    name === credentialQueryHeader ||
    name === credentialCookieHeader ||
    name === 'host' ||
    name === 'forwarded' ||
    name === 'via' ||
    name === 'x-real-ip' ||
    name === 'content-length' ||
    name === 'expect' ||
    name === 'origin' ||
    name === 'referer' ||
    name === 'date' ||
    name === 'dnt' ||
    name === 'accept-charset' ||
    name === 'accept-encoding' ||
    name.startsWith('x-forwarded-') ||
    name.startsWith('proxy-') ||
    name.startsWith('sec-') ||
    name.startsWith('access-control-request-')
  );
}

/**
 * The headers sent to the API: `Authorization`, `Content-Type`, `Accept`, and the header
 * parameters of the operation called (and no other operation's), less what is never forwarded
 * and what the request's own `Connection` header names as hop-by-hop.
 */
export function upstreamRequestHeaders(incoming: Headers, declared: readonly string[]): Headers {
  const connectionScoped = new Set(
    (incoming.get('connection') ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
  const allowed = new Set([...baseRequestHeaders, ...declared.map((name) => name.toLowerCase())]);
  const headers = new Headers();
  incoming.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (allowed.has(lower) && !neverForwarded(lower) && !connectionScoped.has(lower)) headers.set(lower, value);
  });
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  return headers;
}

/** A cookie's name (an RFC 9110 token) and its value (RFC 6265 cookie-octets, as `encodeURIComponent` writes them). */
const cookieName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const cookieValue = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

export type CookieCheck = { ok: true; header?: string } | { ok: false; reason: string };

/**
 * The `Cookie` header for the API from the proxy's `cookie` query parameter, which the panel
 * writes as `name=<encodeURIComponent(value)>; other=…` (fumadocs' `proxyForwardCookie`): only
 * the cookie parameters the operation declares, each once, with well-formed values. The
 * browser's own cookies never travel; this one request carries these.
 */
export function upstreamCookieHeader(parameter: string | null, declared: readonly string[], role = 'a parameter'): CookieCheck {
  if (!parameter?.trim()) return { ok: true };
  const seen = new Set<string>();
  const pairs: string[] = [];
  for (const part of parameter.split(';')) {
    const pair = part.trim();
    if (!pair) continue;
    const separator = pair.indexOf('=');
    const name = separator < 0 ? pair : pair.slice(0, separator);
    const value = separator < 0 ? '' : pair.slice(separator + 1);
    if (!cookieName.test(name)) return { ok: false, reason: `"${name}" is not a cookie name.` };
    if (!declared.includes(name)) {
      return {
        ok: false,
        reason: declared.length
          ? `The cookie "${name}" is not ${role} of this operation, which takes ${declared.map((n) => `"${n}"`).join(', ')}.`
          : `The cookie "${name}" is not ${role} of this operation, which takes no such cookies.`,
      };
    }
    if (seen.has(name)) return { ok: false, reason: `The cookie "${name}" is given twice.` };
    if (!cookieValue.test(value)) return { ok: false, reason: `The value of the cookie "${name}" is not percent-encoded.` };
    seen.add(name);
    pairs.push(`${name}=${value}`);
  }
  return { ok: true, header: pairs.length ? pairs.join('; ') : undefined };
}

export type CredentialQueryCheck = { ok: true; pairs: [string, string][] } | { ok: false; reason: string };

/**
 * The API keys for the API's query, from the panel's `X-Try-It-Credential-Query` header
 * (`api_key=…`, form-encoded): only the names of the API key schemes the operation declares,
 * each once.
 */
export function upstreamCredentialQuery(header: string | null, declared: readonly string[]): CredentialQueryCheck {
  if (!header?.trim()) return { ok: true, pairs: [] };
  const pairs: [string, string][] = [];
  for (const [name, value] of new URLSearchParams(header)) {
    if (!declared.includes(name)) {
      return {
        ok: false,
        reason: declared.length
          ? `The query parameter "${name}" is not the API key of a security scheme of this operation, which takes ${declared.map((n) => `"${n}"`).join(', ')}.`
          : `The query parameter "${name}" is not the API key of a security scheme of this operation, which takes none in the query.`,
      };
    }
    if (pairs.some(([seen]) => seen === name)) return { ok: false, reason: `The API key "${name}" is given twice.` };
    pairs.push([name, value]);
  }
  return { ok: true, pairs };
}
