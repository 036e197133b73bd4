import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPathTemplateMatcher } from '@/lib/proxy/path-template';
import { proxyError } from '@/lib/proxy/proxy-error';
import { createProxyLogger, withRequestLog } from '@/lib/proxy/request-log';
import { getApiModel } from '@/lib/endpoints';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString());
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, raw, logger: createProxyLogger({ destination, level: 'info' }) };
}

const templates = getApiModel().endpoints.map((endpoint) => endpoint.path);
const dev = 'https://dev.wingfield.systems';

describe('path templates', () => {
  const match = createPathTemplateMatcher(templates);

  it("finds the document's template of a concrete path", () => {
    expect(match('/api/v1/courts/7b1c2d3e-0000-4000-8000-000000000001')).toBe('/api/v1/courts/{courtId}');
    expect(match('/api/v1/nothing-here')).toBeUndefined();
  });

  it('prefers literal segments to parameters', () => {
    const own = createPathTemplateMatcher(['/users/{userId}', '/users/me', '/users/{userId}/x']);
    expect(own('/users/me')).toBe('/users/me');
    expect(own('/users/42')).toBe('/users/{userId}');
    expect(own('/users/42/x')).toBe('/users/{userId}/x');
  });

  it("reads a path under the server's base path, and nothing outside it", () => {
    const own = createPathTemplateMatcher(['/users/{userId}'], '/v1');
    expect(own('/v1/users/42')).toBe('/users/{userId}');
    expect(own('/users/42')).toBeUndefined();
    expect(own('/v10/users/42')).toBeUndefined();
  });
});

describe('request log', () => {
  const proxied = (path: string, init: RequestInit = {}) =>
    new Request(`http://docs.local/api/proxy?url=${encodeURIComponent(`${dev}${path}`)}`, init);

  function logged(answer: () => Response) {
    const { lines, raw, logger } = capture();
    const handler = withRequestLog(async () => answer(), {
      logger,
      environmentOf: (origin) => (origin === dev ? 'dev' : undefined),
      pathTemplate: createPathTemplateMatcher(templates),
    });
    return { lines, raw, handler };
  }

  it('writes one JSON line: time, environment, method, template, status, duration; never the token, query or body', async () => {
    const { lines, raw, handler } = logged(() => new Response('{"secret":"body"}', { status: 201 }));
    await handler(
      proxied('/api/v1/courts/court-42?email=someone%40example.com', {
        method: 'POST',
        headers: { Authorization: 'Bearer tok_ext_v1_very.secret' },
        body: '{"password":"hunter2"}',
      }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ env: 'dev', method: 'POST', path: '/api/v1/courts/{courtId}', status: 201, outcome: 'forwarded' });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(new Date(lines[0].time as string).toISOString()).toBe(lines[0].time);
    for (const secret of ['tok_ext', 'court-42', 'someone', 'hunter2', 'secret"']) expect(raw.join('')).not.toContain(secret);
  });

  it('says why a request was refused, and which limit refused it', async () => {
    const { lines, handler } = logged(() => proxyError(429, 'proxy_rate_limited', 'slow down', { details: { scope: 'global' } }));
    await handler(proxied('/api/v1/courts/1'));
    expect(lines[0]).toMatchObject({ status: 429, outcome: 'refused', reason: 'proxy_rate_limited', scope: 'global' });
  });

  it('tells failures to reach the API from refusals, and names no unknown path', async () => {
    const { lines, handler } = logged(() => proxyError(504, 'proxy_upstream_timeout', 'late'));
    await handler(proxied('/not/in/the/document/123'));
    expect(lines[0]).toMatchObject({ status: 504, outcome: 'failed', reason: 'proxy_upstream_timeout', path: 'unknown' });
  });

  it('still writes its line when the handler throws', async () => {
    const { lines, handler } = logged(() => {
      throw new Error('bug');
    });
    await expect(handler(proxied('/api/v1/courts/1'))).rejects.toThrow('bug');
    expect(lines[0]).toMatchObject({ status: 500, outcome: 'failed', reason: 'exception', path: '/api/v1/courts/{courtId}' });
  });
});
