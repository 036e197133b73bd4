import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createServerTemplate, resolveServerTemplate } from '@/lib/server-template';
import { checkTargetUrl, type ProxyEnvironment } from '@/lib/proxy/target-url';

/**
 * Properties of the check of a server template: whatever value the browser puts in a variable,
 * the proxy calls only an origin and a base path that the template produces with allowed values,
 * and a server from the document alone still reaches public addresses only.
 */

const server = {
  url: 'https://{tenant}.tenants.example.com/{region}/{version}',
  variables: { tenant: { default: 'acme' }, region: { default: 'eu', enum: ['eu', 'us'] }, version: { default: 'v1' } },
};
const template = createServerTemplate(server)!;
const environments: ProxyEnvironment[] = [{ origin: 'https://acme.tenants.example.com', basePath: '/eu/v1', trusted: false, template }];

/** The pieces of a hostile value: separators, userinfo, ports, dots, encodings, another domain. */
const hostile = fc
  .array(fc.constantFrom('evil.com', '.', '/', '@', ':', '#', '?', '\\', '%2e', '%2f', '..', 'a', 'x-1', 'EU', ' ', '%40', '127.0.0.1', '\t'), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''));
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);

describe('a server template', () => {
  test.prop([fc.oneof(hostile, label), fc.oneof(hostile, fc.constantFrom('eu', 'us')), fc.oneof(hostile, label)])('calls only a single host label of the domain and one allowed base path, whatever the values', (tenant, region, version) => {
    const raw = `${resolveServerTemplate(template.url, template.variables, { tenant, region, version })}/things/1`;
    const result = checkTargetUrl(raw, environments);
    if (!result.ok) return;
    expect(result.url.hostname).toMatch(/^[a-z0-9-]+\.tenants\.example\.com$/);
    expect(result.url.port).toBe('');
    expect(result.environment.basePath).toMatch(/^\/(eu|us)\/[^/]+$/);
    expect(result.url.pathname.startsWith(`${result.environment.basePath}/`)).toBe(true);
    expect(result.environment.trusted).toBe(false);
  });

  test.prop([label, fc.constantFrom('eu', 'us'), label])('calls every URL that allowed values produce, with those values', (tenant, region, version) => {
    const raw = `https://${tenant}.tenants.example.com/${region}/${version}/things/1`;
    expect(template.match(new URL(raw))).toEqual({ origin: `https://${tenant}.tenants.example.com`, basePath: `/${region}/${version}`, values: { tenant, region, version } });
    expect(checkTargetUrl(raw, environments).ok).toBe(true);
  });

  test.prop([fc.string({ minLength: 1, maxLength: 8 }).filter((value) => value !== 'eu' && value !== 'us')])('refuses a value outside the enum', (region) => {
    const raw = `https://acme.tenants.example.com/${region}/v1/things/1`;
    const result = checkTargetUrl(raw, environments);
    // `eu/x` is a region and a version: what is called has an allowed region all the same
    if (result.ok) expect(['eu', 'us']).toContain(result.environment.basePath.split('/')[1]);
    else expect(result.type).toBe('proxy_target_not_allowed');
  });

  test.prop([fc.constantFrom('127.0.0.1', '10.0.0.1', '169.254.169.254', '[::1]')])('refuses a non-public address that a host variable produces, from the document alone', (host) => {
    const local = createServerTemplate({ url: 'http://{host}:8080/v1', variables: { host: { default: 'api.example.com', enum: ['api.example.com', host] } } })!;
    const result = checkTargetUrl(`http://${host}:8080/v1/things/1`, [{ origin: 'http://api.example.com:8080', basePath: '/v1', trusted: false, template: local }]);
    expect(result.ok ? 'sent' : result.type).toBe('proxy_address_not_allowed');
  });
});
