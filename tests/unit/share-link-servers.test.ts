import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, shareFragmentOf, type ShareTarget } from '@/lib/try-it/share-link';

const target: ShareTarget = {
  operationId: 'getThing',
  parameters: [{ name: 'thingId', in: 'path', required: true, type: 'string' }],
  hasBody: false,
  environments: ['Dev', 'Tenant'],
  serverTemplates: {
    Tenant: {
      url: 'https://{tenant}.tenants.example.com/{version}',
      variables: { tenant: { default: 'acme' }, version: { default: 'v1', enum: ['v1', 'v2'] } },
    },
  },
  credentials: [],
};

const decode = (fragment: string) => decodeShareFragment(shareFragmentOf(fragment)!, target);
const raw = (payload: unknown) => `#try-it=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
const problemOf = (fragment: string) => {
  const result = decode(fragment);
  return result.ok ? 'loaded' : result.problem;
};

describe("shared links with an environment's server variables", () => {
  it('carry the variables chosen, and load them back', () => {
    const request = { operationId: 'getThing', environment: 'Tenant', serverVariables: { tenant: 'globex', version: 'v2' }, values: { path: { thingId: '1' }, query: {}, header: {} } };
    expect(decode(encodeShareFragment(request))).toEqual({ ok: true, request: { ...request, values: { ...request.values, body: undefined } } });
  });

  it('refuse values that the server cannot produce, saying which URL they would make', () => {
    const link = (vars: unknown, env = 'Tenant') => raw({ v: 1, op: 'getThing', env, vars });
    expect(problemOf(link({ tenant: 'evil.com/x' }))).toBe(
      'its server variables make "https://evil.com/x.tenants.example.com/v1", which is not a URL of "Tenant" ("https://{tenant}.tenants.example.com/{version}")',
    );
    expect(problemOf(link({ tenant: 'a.b' }))).toMatch(/is not a URL of "Tenant"/);
    expect(problemOf(link({ tenant: 'me@evil.com#' }))).toMatch(/is not a URL of "Tenant"/);
    expect(problemOf(link({ version: 'v3' }))).toMatch(/is not a URL of "Tenant"/);
    expect(problemOf(link({ version: 'v1/../admin' }))).toMatch(/is not a URL of "Tenant"/);
    expect(problemOf(link({ port: '1' }))).toBe('it sets the server variable "port", which "Tenant" does not have');
    expect(problemOf(link({ tenant: 1 }))).toBe('the server variable "tenant" is not text');
    expect(problemOf(link({ tenant: 'globex' }, 'Dev'))).toBe('it sets server variables, and its environment "Dev" has none');
    expect(problemOf(link({ tenant: 'globex' }))).toBe('loaded');
  });
});
