import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { forbiddenAddressKind } from '@/lib/proxy/address-policy';
import { createProxy, type ProxyOperation } from '@/lib/proxy/create-proxy';
import { createOperationMatcher } from '@/lib/proxy/path-template';
import type { UpstreamFetch } from '@/lib/proxy/upstream-agent';

/**
 * Properties of the proxy's target checks, over URLs made of hostile pieces: whatever is asked,
 * what the proxy sends is one of the document's operations under the base path, and a dot
 * segment or an encoded separator, in any spelling, is never sent.
 */

const origin = 'https://api.things.example';
const basePath = '/v1';
const operations: ProxyOperation[] = [
  { method: 'GET', path: '/things/{thingId}' },
  { method: 'DELETE', path: '/things/{thingId}' },
  { method: 'POST', path: '/things/{thingId}/reset' },
  { method: 'GET', path: '/things/me' },
  { method: 'GET', path: '/files/{name}.json' },
  { method: 'GET', path: '/' },
];
const methods = ['GET', 'DELETE', 'POST'];
const matchOperation = createOperationMatcher(operations);

/**
 * `..` and `.` as a server may read them, in every case: `%2e%2E`, `.%2e`, doubly encoded,
 * full-width, and followed by a `;` path parameter.
 */
const dot = fc.constantFrom('.', '%2e', '%2E', '%252e', '%252E', '%EF%BC%8E', '．');
const dotSegment = fc
  .tuple(dot, fc.option(dot, { nil: '' }), fc.constantFrom('', ';', ';jsessionid=1'))
  .map(([a, b, parameter]) => a + b + parameter);

/** What a lenient server makes of a decoded segment: up to a `;`, Unicode-folded. */
function asLenientServerReads(form: string): string {
  return form.split(';', 1)[0].normalize('NFKC');
}
const encodedSeparator = fc.constantFrom('%2f', '%2F', '%5c', '%5C', '%252f', '%255C');
const hostilePiece = fc.oneof(
  dotSegment,
  encodedSeparator,
  fc.constantFrom('things', 'v1', 'me', 'reset', 'files', 'a.json', 'admin', '', '%00', ';', '@', ':', '%41', '?x=1', '#f', '\t', '\n'),
  fc.string({ maxLength: 6 }),
);
const segment = fc.array(hostilePiece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(''));
const hostilePath = fc
  .tuple(fc.array(segment, { minLength: 0, maxLength: 6 }), fc.constantFrom('/', '\\'))
  .map(([segments, separator]) => separator + segments.join(separator));
const prefix = fc.constantFrom(`${origin}${basePath}`, origin, `${origin}${basePath}/things`, `${origin}/v1/..`, `${origin}:443${basePath}`);

function decodedForms(text: string): string[] {
  const forms = [text];
  for (let current = text, n = 0; n < 3; n++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
    forms.push(current);
  }
  return forms;
}

/** A proxy whose API is a recorder: nothing leaves the process. */
function recordingProxy() {
  const sent: { url: URL; method: string }[] = [];
  const fetch: UpstreamFetch = async (url, { method }) => {
    sent.push({ url, method });
    return { status: 200, statusText: 'OK', headers: new Headers(), body: null };
  };
  const handle = createProxy({ environments: () => [{ origin, basePath, trusted: false }], operations, fetch });
  const call = (target: string, method: string) =>
    handle(new Request(`http://docs.local/api/proxy?url=${encodeURIComponent(target)}`, { method }));
  return { sent, call };
}

describe('the proxy sends only what the document describes', () => {
  /** Hostile URLs that were sent all the same (documented ones): the property checked something. */
  let forwarded = 0;
  test.prop([prefix, hostilePath, fc.constantFrom(...methods)], { numRuns: 500 })(
    'whatever the URL, a sent request is a documented operation under the base path, with no dot segment or encoded separator',
    async (start, path, method) => {
      const { sent, call } = recordingProxy();
      const response = await call(start + path, method);
      if (sent.length === 0) {
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('x-proxy-error')).toMatch(/^proxy_/);
        return;
      }
      forwarded++;
      const [{ url, method: sentMethod }] = sent;
      expect(url.origin).toBe(origin);
      expect(url.pathname.startsWith(`${basePath}/`)).toBe(true);
      for (const part of url.pathname.split('/')) {
        for (const form of decodedForms(part).map(asLenientServerReads)) {
          expect(form === '.' || form === '..', url.pathname).toBe(false);
        }
        expect(decodedForms(part).slice(1).some((form) => /[\\/]/.test(form)), url.pathname).toBe(false);
      }
      expect(matchOperation(url.pathname.slice(basePath.length), sentMethod).ok).toBe(true);
    },
  );

  it('some of those URLs were documented operations, and were sent', () => {
    expect(forwarded).toBeGreaterThan(10);
  });

  // a query or fragment before it would move the dot segment out of the path
  const pathSegment = segment.filter((text) => !/[?#]/.test(text));
  test.prop([fc.array(pathSegment, { minLength: 0, maxLength: 3 }), dotSegment, fc.array(pathSegment, { minLength: 0, maxLength: 3 })])(
    'a dot segment anywhere in the path, in any spelling, is refused before anything is sent',
    async (before, dots, after) => {
      const { sent, call } = recordingProxy();
      const response = await call(`${origin}${basePath}/${[...before, dots, ...after].join('/')}`, 'GET');
      expect(response.status).toBe(400);
      expect(response.headers.get('x-proxy-error')).toBe('proxy_invalid_path');
      expect(sent).toEqual([]);
    },
  );

  const value = fc
    .oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }))
    .filter((v) => !/[%/\\]/.test(v) && v !== '.' && v !== '..');

  test.prop([value, fc.constantFrom(...operations.filter((op) => op.path.includes('{')))])(
    'a path value without `%`, `/` or `\\`, encoded as the panel encodes it, is sent to its operation and arrives as typed',
    async (typed, operation) => {
      const { sent, call } = recordingProxy();
      const path = operation.path.replace(/\{[^}]+\}/, () => encodeURIComponent(typed));
      const response = await call(`${origin}${basePath}${path}`, operation.method);
      expect(response.status).toBe(200);
      expect(sent).toHaveLength(1);
      const arrived = sent[0].url.pathname.slice(basePath.length);
      // a literal path wins over a parameter's value that spells it: `/things/me`
      const expected = matchOperation(arrived, operation.method);
      expect(expected.ok && expected.operation.path).toBe(typed === 'me' && operation.path === '/things/{thingId}' ? '/things/me' : operation.path);
      expect(decodeURIComponent(arrived)).toBe(operation.path.replace(/\{[^}]+\}/, () => typed));
    },
  );
});

describe('addresses', () => {
  const octet = fc.integer({ min: 0, max: 255 });
  const ipv4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
  const hex = (address: string) => {
    const [a, b, c, d] = address.split('.').map(Number);
    return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  };

  test.prop([ipv4])('an IPv4 address and its IPv4-mapped and NAT64 IPv6 forms are judged alike', (address) => {
    const kind = forbiddenAddressKind(address);
    expect(forbiddenAddressKind(`::ffff:${address}`)).toBe(kind);
    expect(forbiddenAddressKind(`[::ffff:${hex(address)}]`)).toBe(kind);
    expect(forbiddenAddressKind(`64:ff9b::${hex(address)}`)).toBe(kind);
    // what the URL parser makes of the bracketed form
    expect(forbiddenAddressKind(new URL(`http://[::ffff:${address}]/`).hostname)).toBe(kind);
  });

  const inRange = (network: string, prefixLength: number) =>
    fc.integer({ min: 0, max: 2 ** (32 - prefixLength) - 1 }).map((offset) => {
      const base = network.split('.').reduce((n, part) => n * 256 + Number(part), 0);
      const n = base + offset;
      return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
    });

  test.prop([
    fc.oneof(
      inRange('127.0.0.0', 8),
      inRange('10.0.0.0', 8),
      inRange('172.16.0.0', 12),
      inRange('192.168.0.0', 16),
      inRange('100.64.0.0', 10),
      inRange('169.254.0.0', 16),
      inRange('0.0.0.0', 8),
      inRange('224.0.0.0', 4),
    ),
  ])('every address of the loopback, private, shared, link-local, unspecified and multicast ranges is refused', (address) => {
    expect(forbiddenAddressKind(address)).toBeDefined();
  });

  test.prop([fc.ipV6()])('an IPv6 address in fe80::/10, fc00::/7 or ff00::/8 is refused, whatever its spelling', (address) => {
    const first = parseInt(new URL(`http://[${address}]/`).hostname.slice(1).split(':')[0] || '0', 16);
    const local = (first & 0xffc0) === 0xfe80 || (first & 0xfe00) === 0xfc00 || (first & 0xff00) === 0xff00;
    if (local) expect(forbiddenAddressKind(address)).toBeDefined();
  });
});
