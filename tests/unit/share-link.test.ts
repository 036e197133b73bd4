import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  isCredentialParameter,
  shareFragmentOf,
  type SharedRequest,
  type ShareTarget,
} from '@/lib/try-it/share-link';
import { closestMatches } from '@/lib/mcp/closest-matches';
import type { JsonValue } from '@/lib/openapi/types';

const target: ShareTarget = {
  operationId: 'listCourtBookings',
  parameters: [
    { name: 'externalServiceId', in: 'path', required: true, type: 'string' },
    { name: 'limit', in: 'query', required: false, type: 'integer' },
    { name: 'X-Request-Id', in: 'header', required: false, type: 'string' },
  ],
  hasBody: false,
  environments: ['Dev', 'Offline'],
  credentials: [],
};

const decode = (fragment: string, to: ShareTarget = target) => decodeShareFragment(shareFragmentOf(fragment)!, to);
const raw = (payload: unknown) => `#try-it=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;

describe('shared links', () => {
  it('round-trip a request, Unicode included', () => {
    const request = {
      operationId: 'listCourtBookings',
      environment: 'Offline',
      values: { path: { externalServiceId: 'ü-ß-✓' }, query: { limit: ['5', '6'] }, header: { 'X-Request-Id': 'r1' } },
    };
    const fragment = encodeShareFragment(request);
    expect(fragment).toMatch(/^#try-it=[A-Za-z0-9_-]+$/);
    expect(decode(fragment)).toEqual({ ok: true, request: { ...request, values: { ...request.values, body: undefined } } });
  });

  it('refuse a link for another operation, an unknown environment, parameter or part', () => {
    const base = { v: 1, op: 'listCourtBookings' };
    expect(decode(raw({ ...base, op: 'claimOrganizationRelation' }))).toMatchObject({ ok: false, problem: expect.stringContaining('is for the operation "claimOrganizationRelation"') });
    expect(decode(raw({ ...base, env: 'Prod' }))).toMatchObject({ ok: false, problem: expect.stringContaining('"Prod" is not configured') });
    expect(decode(raw({ ...base, query: { offset: 1 } }))).toMatchObject({ ok: false, problem: expect.stringContaining('"offset" is not a query parameter') });
    expect(decode(raw({ ...base, path: { externalServiceId: { nested: 1 } } }))).toMatchObject({ ok: false, problem: expect.stringContaining('not a plain value') });
    expect(decode(raw({ ...base, token: 'tok' }))).toMatchObject({ ok: false, problem: expect.stringContaining('"token"') });
    expect(decode(raw({ ...base, body: {} }))).toMatchObject({ ok: false, problem: 'it has a body, and this endpoint takes none' });
  });

  it('refuse malformed, oversized and hostile links', () => {
    expect(decode('#try-it=<script>')).toMatchObject({ ok: false, problem: expect.stringContaining('unexpected characters') });
    expect(decode('#try-it=bm90IGpzb24')).toMatchObject({ ok: false, problem: expect.stringContaining('could not be read') });
    expect(decode(`#try-it=${'A'.repeat(8200)}`)).toMatchObject({ ok: false, problem: expect.stringContaining('more than the 8 KB') });
    const withBody = { ...target, hasBody: true };
    const hostile = `#try-it=${Buffer.from('{"v":1,"op":"listCourtBookings","body":{"a":{"__proto__":{"x":1}}}}').toString('base64url')}`;
    expect(decode(hostile, withBody)).toMatchObject({ ok: false, problem: 'the body has a field named "__proto__"' });
    expect(decode(raw({ v: 1, op: 'x'.repeat(500) }))).toMatchObject({ ok: false, problem: expect.stringMatching(/"x{59}…"/) });
  });

  it('is not a shared link without its prefix', () => {
    expect(shareFragmentOf('#try-it')).toBeUndefined();
    expect(shareFragmentOf('#invalid_schema')).toBeUndefined();
  });
});

describe('shared path values', () => {
  const mapping: ShareTarget = {
    operationId: 'deleteCourtMapping',
    parameters: [
      { name: 'externalServiceId', in: 'path', required: true, type: 'string' },
      { name: 'courtId', in: 'path', required: true, type: 'string' },
    ],
    hasBody: false,
    environments: ['Dev'],
    credentials: [],
  };
  const link = (courtId: unknown) => raw({ v: 1, op: 'deleteCourtMapping', path: { externalServiceId: 'svc', courtId } });

  it.each([
    '../../organizations/org_1/relation',
    '..',
    '.',
    'a/b',
    'a?b',
    'a#b',
    'a\\b',
    '%2e%2e',
    '%2E%2e%2Forganizations',
    '..%2F..%2Forganizations',
    '%2F',
    '%3F',
    '%23',
    '%5C',
    '%252e%252e',
    '%25252F',
  ])('refuse %s, which would take the request to another endpoint', (courtId) => {
    const result = decode(link(courtId), mapping);
    expect(result).toMatchObject({ ok: false, problem: expect.stringContaining('the path parameter "courtId"') });
    expect(result.ok ? '' : result.problem).toMatch(/another endpoint|percent-encoded more than/);
  });

  it('take identifiers, dots inside them and other characters, which the panel encodes', () => {
    for (const courtId of ['79ae2927-a9bc-46ed-8f9e-079af32b7616', 'court.1', 'court 1', 'ü-✓', '100%', 42]) {
      expect(decode(link(courtId), mapping)).toMatchObject({ ok: true, request: { values: { path: { courtId } } } });
    }
  });

  it('refuse an empty value and text that cannot be encoded', () => {
    expect(decode(link(''), mapping)).toMatchObject({ ok: false, problem: 'the path parameter "courtId" is empty' });
    expect(decode(link('\ud800'), mapping)).toMatchObject({ ok: false, problem: expect.stringContaining('not valid text') });
  });
});

describe('credentials in shared links', () => {
  const generic: ShareTarget = {
    operationId: 'listThings',
    parameters: [
      { name: 'X-Api-Key', in: 'header', required: false, type: 'string' },
      { name: 'Authorization', in: 'header', required: false, type: 'string' },
      { name: 'Proxy-Authorization', in: 'header', required: false, type: 'string' },
      { name: 'Cookie', in: 'header', required: false, type: 'string' },
      { name: 'X-Partner', in: 'header', required: false, type: 'string' },
      { name: 'Idempotency-Key', in: 'header', required: false, type: 'string' },
      { name: 'api_key', in: 'query', required: false, type: 'string' },
      { name: 'access_token', in: 'query', required: false, type: 'string' },
      { name: 'author', in: 'query', required: false, type: 'string' },
    ],
    hasBody: false,
    environments: ['Dev'],
    credentials: [{ in: 'header', name: 'X-Partner' }],
  };
  const link = (location: 'header' | 'query', name: string) => raw({ v: 1, op: 'listThings', [location]: { [name]: 'secret' } });

  it.each([
    ['header', 'Authorization'],
    ['header', 'Proxy-Authorization'],
    ['header', 'Cookie'],
    ['header', 'X-Api-Key'],
    ['header', 'X-Partner'],
    ['query', 'api_key'],
    ['query', 'access_token'],
  ] as const)('refuse a link that sets the %s parameter %s, even when the document declares it', (location, name) => {
    expect(decode(link(location, name), generic)).toMatchObject({
      ok: false,
      problem: `it sets the ${location} parameter "${name}", which carries a credential: a link never does; yours is used`,
    });
  });

  it('take parameters that only look alike', () => {
    expect(decode(link('header', 'Idempotency-Key'), generic)).toMatchObject({ ok: true });
    expect(decode(link('query', 'author'), generic)).toMatchObject({ ok: true });
  });

  it('know a credential by the scheme that names it, or by its words, in any case or spelling', () => {
    const schemes = [{ in: 'query' as const, name: 'partner' }];
    for (const [location, name] of [['query', 'PARTNER'], ['header', 'x-api-key'], ['header', 'XApiKey'], ['query', 'key'], ['query', 'client_secret'], ['cookie', 'session_token']]) {
      expect(isCredentialParameter(location, name, schemes), name).toBe(true);
    }
    for (const [location, name] of [['query', 'limit'], ['header', 'X-Request-Id'], ['path', 'token'], ['query', 'monkey']]) {
      expect(isCredentialParameter(location, name, schemes), name).toBe(false);
    }
  });
});

describe('the decoder, on any input', () => {
  const fuzzTarget: ShareTarget = {
    operationId: 'op',
    parameters: [
      { name: 'id', in: 'path', required: true, type: 'string' },
      { name: 'other', in: 'path', required: true, type: 'string' },
      { name: 'q', in: 'query', required: false, type: 'string' },
      { name: 'X-Trace', in: 'header', required: false, type: 'string' },
      { name: 'X-Api-Key', in: 'header', required: false, type: 'string' },
      { name: 'Authorization', in: 'header', required: false, type: 'string' },
      { name: 'token', in: 'query', required: false, type: 'string' },
    ],
    hasBody: true,
    environments: ['Dev', 'Offline'],
    credentials: [{ in: 'header', name: 'X-Trace-Auth' }],
  };
  const mostly = <T,>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: other, weight: 1 });
  const namesOf = (location: string) =>
    mostly(fc.constantFrom(...fuzzTarget.parameters.filter((p) => p.in === location).map((p) => p.name)), fc.constantFrom('__proto__', 'constructor', 'x', 'authorization', 'X-API-KEY'));
  // strings rich in what matters here: separators, dots, percent signs and escapes
  const hostile = fc.oneof(
    fc.string(),
    fc.stringMatching(/^[\w.~%-]{1,12}$/),
    fc.string({ unit: fc.constantFrom('.', '/', '%', '2', 'e', 'E', 'F', 'f', '?', '#', '\\', 'a', '3', '5', 'C', 'c') }),
    fc.constantFrom('..', '.', '%2e%2e', '%2F', '%252F', '../x', '%%32%65', '\ud800'),
  );
  const record = (location: string) =>
    mostly(
      fc.dictionary(namesOf(location) as fc.Arbitrary<string>, mostly(hostile, fc.oneof(fc.integer(), fc.boolean(), fc.array(hostile, { maxLength: 3 }), fc.anything())), { maxKeys: 3 }),
      fc.anything(),
    );
  const payload = fc.record(
    {
      v: mostly(fc.constant(1), fc.anything()),
      op: mostly(fc.constant('op'), fc.string()),
      env: mostly(fc.constantFrom('Dev', 'Offline'), fc.string()),
      path: record('path'),
      query: record('query'),
      header: record('header'),
      body: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: ['v', 'op'] },
  );
  const fragments = fc.oneof(
    { arbitrary: fc.string(), weight: 1 },
    { arbitrary: fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') }), weight: 1 },
    { arbitrary: payload.map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')), weight: 8 },
  );

  /** What a decoded path value would be read as, by the URL parser and up to three percent-decodings. */
  function readings(value: string): string[] {
    const out = [value];
    for (let round = 0; round < 3; round++) out.push(out.at(-1)!.replace(/%([0-9a-f]{2})/gi, (whole, hex: string) => (Number.parseInt(hex, 16) < 0x80 ? String.fromCharCode(Number.parseInt(hex, 16)) : whole)));
    return out;
  }

  /** A decoded request's path values stay in their segment, as read by anyone; it sets no credential. */
  function expectHarmless(result: ReturnType<typeof decodeShareFragment>) {
    if (!result.ok) {
      expect(typeof result.problem).toBe('string');
      return;
    }
    for (const value of Object.values(result.request.values.path)) {
      for (const reading of readings(String(value))) {
        expect(reading).not.toMatch(/[/?#\\]|\.\./);
        expect(reading).not.toBe('.');
      }
    }
    for (const location of ['query', 'header'] as const) {
      for (const name of Object.keys(result.request.values[location])) {
        expect(isCredentialParameter(location, name, fuzzTarget.credentials)).toBe(false);
        expect(['authorization', 'x-api-key', 'token']).not.toContain(name.toLowerCase());
      }
    }
  }

  test.prop([fragments], { numRuns: 2000 })('never throws, never yields a path value with / ? # \\ .., nor a credential', (encoded) => {
    expectHarmless(decodeShareFragment(encoded, fuzzTarget));
  });

  test.prop([fc.dictionary(fc.constantFrom('id', 'other'), hostile, { minKeys: 1 })], { numRuns: 2000 })(
    'lets through only path values that stay in their segment',
    (path) => {
      expectHarmless(decode(raw({ v: 1, op: 'op', path }), fuzzTarget));
    },
  );

  const safeText = fc.string({ minLength: 1 }).filter((text) => text.isWellFormed() && !/[/?#\\%]|\.\./.test(text) && text !== '.');
  const validRequest: fc.Arbitrary<SharedRequest> = fc.record({
    operationId: fc.constant('op'),
    environment: fc.option(fc.constantFrom('Dev', 'Offline'), { nil: undefined }),
    values: fc.record({
      path: fc.record({ id: safeText, other: fc.oneof(safeText, fc.integer()) }, { requiredKeys: [] }),
      query: fc.record({ q: fc.oneof(fc.string().filter((text) => text.isWellFormed()), fc.array(fc.string().filter((text) => text.isWellFormed()), { minLength: 1 })) }, { requiredKeys: [] }),
      header: fc.record({ 'X-Trace': fc.string().filter((text) => text.isWellFormed()) }, { requiredKeys: [] }),
      // as JSON carries it (no -0)
      body: fc.option(
        fc
          .jsonValue({ maxDepth: 4 })
          .map((body) => JSON.parse(JSON.stringify(body)) as JsonValue)
          // a shared body never names these fields (the form engine would assign them to a prototype)
          .filter((body) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(body))),
        { nil: undefined },
      ),
    }),
  });

  test.prop([validRequest], { numRuns: 500 })('gives back the request a link was made of', (request) => {
    const fragment = encodeShareFragment(request);
    fc.pre(fragment.length <= 8 * 1024);
    expect(decode(fragment, fuzzTarget)).toEqual({ ok: true, request: { ...request, values: { ...request.values, body: request.values.body } } });
  });
});

describe('closest matches for a bad argument', () => {
  const ids = ['claimOrganizationRelation', 'deleteOrganizationRelation', 'getUserById', 'listCourtBookings'];
  it('suggest near spellings and parts, nothing for nonsense', () => {
    expect(closestMatches('claimOrganisationRelation', ids)[0]).toBe('claimOrganizationRelation');
    expect(closestMatches('OrganizationRelation', ids)).toEqual(['claimOrganizationRelation', 'deleteOrganizationRelation']);
    expect(closestMatches('zzzzzzzz', ids)).toEqual([]);
  });
});
