import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEnvironments, getProxyEnvironments } from '@/lib/environments';
import { checkTargetUrl } from '@/lib/proxy/target-url';

const names = ['WINGFIELD_OPENAPI', 'WINGFIELD_DEV_URL', 'WINGFIELD_ENVIRONMENTS', 'WINGFIELD_DOCUMENT_SERVERS'] as const;
const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));

beforeEach(() => {
  process.env.WINGFIELD_OPENAPI = 'tests/fixtures/servers/servers.yaml';
  for (const name of names.slice(1)) delete process.env[name];
});
afterEach(() => {
  for (const name of names) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const check = (url: string) => checkTargetUrl(url, getProxyEnvironments());

describe("the document's servers as environments", () => {
  it('offers each absolute server, with its variables, and leaves a relative one out', () => {
    expect(getEnvironments()).toEqual([
      {
        id: 'dev',
        label: 'Dev',
        baseUrl: 'https://{region}.api.example.com/{version}',
        origin: 'https://eu.api.example.com',
        variables: { region: { default: 'eu', enum: ['eu', 'us'] }, version: { default: 'v1', enum: ['v1', 'v2'] } },
      },
      { id: 'tenant', label: 'Tenant', baseUrl: 'https://{tenant}.tenants.example.com', origin: 'https://acme.tenants.example.com', variables: { tenant: { default: 'acme' } } },
      { id: 'local-mock', label: 'Local mock', baseUrl: 'http://127.0.0.1:4010/{release}', origin: 'http://127.0.0.1:4010', variables: { release: { default: 'stable' } } },
    ]);
  });

  it('calls the URLs that a variable chosen in the panel produces, under that base path', () => {
    const chosen = check('https://us.api.example.com/v2/things/42');
    expect(chosen.ok && [chosen.environment.origin, chosen.environment.basePath]).toEqual(['https://us.api.example.com', '/v2']);
    expect(check('https://globex.tenants.example.com/things/42').ok).toBe(true);
  });

  it('refuses a value that the template cannot produce', () => {
    for (const url of [
      'https://asia.api.example.com/v1/things/42', // not in the enum
      'https://eu.api.example.com/v3/things/42',
      'https://evil.com/x.tenants.example.com/things/1', // another host before the label
      'https://a.b.tenants.example.com/things/1', // two labels for one
      'https://evil.example/things/1',
    ]) {
      const result = check(url);
      expect(result.ok ? url : result.type, url).toBe('proxy_target_not_allowed');
    }
  });

  it('calls a loopback server from the document alone on public addresses only, unless the operator names its origin', () => {
    const alone = check('http://127.0.0.1:4010/beta/things/1');
    expect(alone.ok ? 'sent' : alone.type).toBe('proxy_address_not_allowed');
    process.env.WINGFIELD_ENVIRONMENTS = 'Mock=http://127.0.0.1:4010';
    const named = check('http://127.0.0.1:4010/beta/things/1');
    expect(named.ok && named.candidates.map((candidate) => [candidate.basePath, candidate.trusted])).toEqual([
      ['/v1', true],
      ['/beta', true],
    ]);
  });

  it('are off with WINGFIELD_DOCUMENT_SERVERS=0: Dev alone at its defaults, and WINGFIELD_DEV_URL still replaces it', () => {
    process.env.WINGFIELD_DOCUMENT_SERVERS = '0';
    expect(getEnvironments()).toEqual([{ id: 'dev', label: 'Dev', baseUrl: 'https://eu.api.example.com/v1', origin: 'https://eu.api.example.com' }]);
    expect(check('https://us.api.example.com/v2/things/42').ok).toBe(false);
    delete process.env.WINGFIELD_DOCUMENT_SERVERS;
    process.env.WINGFIELD_DEV_URL = 'http://127.0.0.1:4011';
    expect(getEnvironments()[0]).toEqual({ id: 'dev', label: 'Dev', baseUrl: 'http://127.0.0.1:4011/v1', origin: 'http://127.0.0.1:4011' });
    process.env.WINGFIELD_DOCUMENT_SERVERS = 'no';
    expect(() => getEnvironments()).toThrow(/WINGFIELD_DOCUMENT_SERVERS: "no" is not 0 or 1/);
  });
});
