import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import { ForbiddenAddressError, forbiddenAddressKind } from './address-policy';

/** What the proxy asks of the API, and on whose word the origin is called. */
export interface UpstreamRequest {
  method: string;
  headers: Headers;
  body?: Uint8Array;
  signal: AbortSignal;
  /**
   * The operator named this origin (`WINGFIELD_DEV_URL`, `WINGFIELD_ENVIRONMENTS`): it is called
   * wherever it is, a mock on 127.0.0.1 included. Otherwise only public addresses are.
   */
  trusted: boolean;
}

/** The part of a fetch `Response` the proxy reads. */
export interface UpstreamResponse {
  status: number;
  statusText: string;
  headers: Pick<Headers, 'get' | 'forEach'>;
  body: ReadableStream<Uint8Array> | null;
}

export type UpstreamFetch = (url: URL, request: UpstreamRequest) => Promise<UpstreamResponse>;

export interface UpstreamFetchOptions {
  /** How host names are resolved; the system's resolver otherwise (tests resolve names their own way). */
  lookup?: LookupFunction;
}

/**
 * Resolves like `dns.lookup` and keeps only the addresses the policy allows: the check is made
 * on the very addresses the socket then connects to, so a name that resolves to a public address
 * when asked once and to 127.0.0.1 the next time (DNS rebinding) gets no connection.
 */
function publicOnly(lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, resolved) => {
      if (error) return callback(error, '', 0);
      const addresses = (Array.isArray(resolved) ? resolved : [{ address: resolved, family: 0 }]) as LookupAddress[];
      const allowed = addresses.filter(({ address }) => !forbiddenAddressKind(address));
      if (allowed.length === 0) {
        const [first] = addresses;
        return callback(new ForbiddenAddressError(hostname, first.address, forbiddenAddressKind(first.address)!), '', 0);
      }
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

/** A connector that refuses a forbidden IP literal (which no lookup sees) before any packet leaves. */
function guardedConnector(lookup: LookupFunction): buildConnector.connector {
  const connect = buildConnector({ lookup: publicOnly(lookup) });
  return (options, callback) => {
    const hostname = options.hostname.replace(/^\[(.*)\]$/, '$1');
    const kind = isIP(hostname) ? forbiddenAddressKind(hostname) : undefined;
    if (kind) return callback(new ForbiddenAddressError(hostname, hostname, kind), null);
    connect(options, callback);
  };
}

/**
 * Calls the API with undici's own fetch, through one of two connection pools: one for origins the
 * operator named, one that connects only to public addresses for an origin that comes from the
 * document alone (loopback, private, link-local, unique-local, unspecified and multicast addresses
 * refused, in their IPv4-mapped forms too; see `address-policy.ts`). Redirects are the caller's.
 */
export function createUpstreamFetch({ lookup = dnsLookup as LookupFunction }: UpstreamFetchOptions = {}): UpstreamFetch {
  const trustedAgent = new Agent({ connect: { lookup } });
  const guardedAgent = new Agent({ connect: guardedConnector(lookup) });
  return async (url, { method, headers, body, signal, trusted }) => {
    const init: UndiciRequestInit = {
      method,
      headers: [...headers],
      body,
      redirect: 'manual',
      signal,
      dispatcher: trusted ? trustedAgent : guardedAgent,
    };
    return (await undiciFetch(url, init)) as unknown as UpstreamResponse;
  };
}
