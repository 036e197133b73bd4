import { isIP } from 'node:net';

/** What `clientKey` answers when a request has no address that can be believed. */
export const sharedClientKey = 'shared';

export interface ClientKeyOptions {
  /** Proxies in front of the site that append to `X-Forwarded-For`; 0 trusts the header not at all. */
  trustedProxyHops: number;
}

function normalise(address: string): string | undefined {
  let value = address.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.indexOf(':'));
  value = value.replace(/%.*$/, '');
  if (value.startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7);
  const version = isIP(value);
  if (version === 4) return value;
  return version === 6 ? ipv6Network(value) : undefined;
}

/**
 * The /64 network of an IPv6 address: one subscriber usually has a whole /64 and can pick any
 * address in it, so the network, not the address, is the client.
 */
function ipv6Network(address: string): string {
  const [head, tail] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  // an embedded IPv4 address (…:1.2.3.4) takes the room of two groups
  const tailSize = tailGroups.reduce((size, group) => size + (group.includes('.') ? 2 : 1), 0);
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailSize).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Who a request counts as, for the rate limit.
 *
 * A route handler never sees the socket: `next start` fills `X-Forwarded-For` with the socket's
 * address only when the request has no such header, and keeps a client's own value otherwise.
 * So the header is believed only when the operator says that proxies in front of the site write
 * it (`WINGFIELD_TRUST_PROXY=n`). Each proxy appends the address it was called from, so the
 * client's address as the outermost trusted proxy saw it is the n-th entry from the right; entries
 * further left came with the request and could be anything. (The first entry, often taken as "the
 * client", is exactly what a client can forge behind a load balancer that appends.) An IPv6
 * client is its /64 network. Without a trusted proxy, or without a usable address, the answer is
 * {@link sharedClientKey}: no address to count by (`createClientKeys` then counts by token only).
 */
export function clientKey(request: Request, { trustedProxyHops }: ClientKeyOptions): string {
  if (trustedProxyHops <= 0) return sharedClientKey;
  const hops = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return sharedClientKey;
  const address = normalise(hops[Math.max(0, hops.length - trustedProxyHops)]);
  return address ? `ip:${address}` : sharedClientKey;
}

/** Who a request is, for the rate limits: its token's key, and its address behind trusted proxies. */
export interface RequestIdentity {
  /** The name its `Authorization` value is counted under (a keyed hash), if it has one. */
  token?: string;
  /** `ip:…`, the client's address (an IPv6 client's /64), only behind trusted proxies. */
  address?: string;
}

export interface RequestIdentityOptions extends ClientKeyOptions {
  /** The name a token is counted under (see `createTokenKey`); unset, no credential is looked at. */
  tokenKey?: (authorization: string) => string;
  /**
   * Headers that carry a credential when `Authorization` does not: the document's API keys in a
   * header (`X-API-Key`) and the panel's own carriers of keys for the query and cookies. Their
   * values, together, count as that client's token.
   */
  credentialHeaders?: readonly string[];
}

/**
 * The credential a request carries: its `Authorization` value, else each named header's value
 * under its name (`x-api-key: …`), so that two keys of one scheme, or one value under two
 * names, are different clients.
 */
function credentialOf(headers: Headers, names: readonly string[]): string | undefined {
  const authorization = headers.get('authorization')?.trim();
  if (authorization) return authorization;
  const parts = names.flatMap((name) => {
    const value = headers.get(name)?.trim();
    return value ? [`${name}: ${value}`] : [];
  });
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/**
 * Who a request is: the hashed API token (never the token itself) and, behind trusted proxies,
 * the address. Integrators with their own tokens each have their own allowance even when they
 * reach the site through one address, and a client that invents tokens is still one address.
 */
export function createRequestIdentity({ tokenKey, credentialHeaders = [], ...options }: RequestIdentityOptions): (request: Request) => RequestIdentity {
  const names = [...new Set(credentialHeaders.map((name) => name.toLowerCase()))].filter((name) => name !== 'authorization').sort();
  return (request) => {
    const identity: RequestIdentity = {};
    const credential = tokenKey && credentialOf(request.headers, names);
    if (tokenKey && credential) identity.token = tokenKey(credential);
    const address = clientKey(request, options);
    if (address !== sharedClientKey) identity.address = address;
    return identity;
  };
}
