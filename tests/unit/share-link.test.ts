import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, shareFragmentOf, type ShareTarget } from '@/lib/try-it/share-link';
import { closestMatches } from '@/lib/mcp/closest-matches';

const target: ShareTarget = {
  operationId: 'listCourtBookings',
  parameters: [
    { name: 'externalServiceId', in: 'path', required: true, type: 'string' },
    { name: 'limit', in: 'query', required: false, type: 'integer' },
    { name: 'X-Request-Id', in: 'header', required: false, type: 'string' },
  ],
  hasBody: false,
  environments: ['Dev', 'Offline'],
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

describe('closest matches for a bad argument', () => {
  const ids = ['claimOrganizationRelation', 'deleteOrganizationRelation', 'getUserById', 'listCourtBookings'];
  it('suggest near spellings and parts, nothing for nonsense', () => {
    expect(closestMatches('claimOrganisationRelation', ids)[0]).toBe('claimOrganizationRelation');
    expect(closestMatches('OrganizationRelation', ids)).toEqual(['claimOrganizationRelation', 'deleteOrganizationRelation']);
    expect(closestMatches('zzzzzzzz', ids)).toEqual([]);
  });
});
