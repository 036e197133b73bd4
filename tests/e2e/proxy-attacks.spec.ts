import { randomInt } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { startCanary, type Canary } from './support/canary';
import { planNext, receivedBy, uniqueToken } from './support/mock-dev-client';
import { e2eProxyTimeoutMs, e2eRateLimit, mockDevPort, mockDevUrl, offlineUrl, siteUrl, sitePort } from './support/ports';

/**
 * The proxy under attack, over real HTTP against the production server. Whatever the proxy is
 * asked, a canary on another loopback port must never be reached.
 */
const model = getApiModel();
const claim = model.byKey.get('claimOrganizationRelation')!;
const devPath = '/api/v1/courts/11111111-2222-4333-8444-555555555555';
const devUrl = `${mockDevUrl}${devPath}`;

let canary: Canary;

test.beforeAll(async () => {
  canary = await startCanary();
  // the canary records what reaches it
  expect((await fetch(`${canary.url}/probe`)).status).toBe(200);
  expect(canary.hits).toHaveLength(1);
  canary.hits.length = 0;
});

test.afterEach(() => {
  expect(canary.hits, 'requests that reached the canary').toEqual([]);
});

test.afterAll(async () => {
  await canary?.close();
});

function proxied(target: string): string {
  return `/api/proxy?url=${encodeURIComponent(target)}`;
}

async function envelope(response: APIResponse) {
  return ((await response.json()) as { error: { type: string; message: string } }).error;
}

function forbiddenTargets(c: number): [string, string][] {
  return [
    ['another loopback port', `http://127.0.0.1:${c}/`],
    ['the site itself', `http://127.0.0.1:${sitePort}/api/environments`],
    ['localhost', `http://localhost:${c}/`],
    ['localhost on the allowed port', `http://localhost:${mockDevPort}${devPath}`],
    ['[::1]', `http://[::1]:${c}/`],
    ['0.0.0.0', `http://0.0.0.0:${c}/`],
    ['decimal IPv4', `http://2130706433:${c}/`],
    ['hex IPv4', `http://0x7f000001:${c}/`],
    ['dotted hex IPv4', `http://0x7f.0.0.1:${c}/`],
    ['short IPv4', `http://127.1:${c}/`],
    ['octal IPv4', `http://0177.0.0.1:${c}/`],
    ['trailing-dot IPv4', `http://127.0.0.1.:${c}/`],
    ['link-local metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['file:', 'file:///etc/passwd'],
    ['gopher:', `gopher://127.0.0.1:${c}/_GET%20/`],
    ['data:', 'data:text/plain,hello'],
    ['javascript:', 'javascript:alert(1)'],
    ['userinfo naming dev', `http://dev.wingfield.systems@127.0.0.1:${c}/`],
    ['userinfo naming the allowed origin', `http://127.0.0.1:${mockDevPort}@127.0.0.1:${c}/`],
    ['credentials on the allowed origin', `http://user:pass@127.0.0.1:${mockDevPort}${devPath}`],
    ['look-alike host', 'https://dev.wingfield.systems.attacker.tld/api/v1/courts'],
    ['look-alike of the allowed host', `http://127.0.0.1.attacker.tld:${mockDevPort}${devPath}`],
    ['https on the allowed host', `https://127.0.0.1:${mockDevPort}${devPath}`],
    ['not a URL', `127.0.0.1:${c}`],
  ];
}

test.describe('refused targets: 4xx in the API envelope, nothing sent', () => {
  // the canary's port is known only once it listens; the names are fixed
  for (const [index, [name]] of forbiddenTargets(0).entries()) {
    test(name, async ({ request }) => {
      const token = uniqueToken();
      const target = forbiddenTargets(canary.port)[index][1];
      const response = await request.get(proxied(target), { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status(), target).toBeGreaterThanOrEqual(400);
      expect(response.status(), target).toBeLessThan(500);
      expect(response.headers()['x-proxy-error']).toMatch(/^proxy_(target_not_allowed|invalid_url)$/);
      expect((await envelope(response)).type).toBe(response.headers()['x-proxy-error']);
      expect(await receivedBy(token)).toEqual([]);
    });
  }
});

test('a URL read differently by other parsers goes nowhere: its path is no operation of the document', async ({ request }) => {
  const token = uniqueToken();
  // WHATWG URL reads `\` as `/`: the host is the mock, and `@127.0.0.1:<canary>` is path
  const target = `${mockDevUrl}\\@127.0.0.1:${canary.port}/`;
  const response = await request.get(proxied(target), { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(404);
  expect((await envelope(response)).type).toBe('proxy_path_not_documented');
  expect(await receivedBy(token)).toEqual([]);
});

test.describe('paths the document does not describe are refused, and nothing reaches dev', () => {
  const courtId = '11111111-2222-4333-8444-555555555555';
  const targets: [string, string, string][] = [
    ['dot segments out of a documented path', `/api/v1/courts/${courtId}/../../../admin`, 'proxy_invalid_path'],
    ['encoded dot segments, any case', `/api/v1/courts/%2E%2e/%2e%2E/admin`, 'proxy_invalid_path'],
    ['an encoded slash in a path value', `/api/v1/courts/..%2F..%2Fadmin`, 'proxy_invalid_path'],
    ['an encoded backslash in a path value', `/api/v1/courts/..%5c..%5cadmin`, 'proxy_invalid_path'],
    ['a path of no operation', '/api/v1/admin', 'proxy_path_not_documented'],
    ['the root', '/', 'proxy_path_not_documented'],
  ];
  for (const [name, path, type] of targets) {
    test(name, async ({ request }) => {
      const token = uniqueToken();
      const response = await request.get(proxied(`${mockDevUrl}${path}`), { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      expect((await envelope(response)).type).toBe(type);
      expect(await receivedBy(token)).toEqual([]);
    });
  }

  test("a method that the path's operations do not have gets 405 with the ones they do", async ({ request }) => {
    const token = uniqueToken();
    // DELETE is a method of the document, not of this path
    const response = await request.delete(proxied(devUrl), { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(405);
    expect(response.headers()['allow']).toBe('GET');
    expect(await receivedBy(token)).toEqual([]);
  });
});

test('205 Reset Content from dev reaches the client as 205, without a body', async ({ request }) => {
  const token = uniqueToken();
  await planNext(token, { respond: { status: 205, body: {} } });
  const response = await request.get(proxied(devUrl), { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(205);
  expect(response.headers()['x-proxy-error']).toBeUndefined();
  expect((await response.body()).byteLength).toBe(0);
});

test('a cookie parameter the operation does not declare is refused, and the Cookie header never travels', async ({ request }) => {
  const token = uniqueToken();
  const response = await request.get(`${proxied(devUrl)}&cookie=${encodeURIComponent('site_session=secret')}`, {
    headers: { Authorization: `Bearer ${token}`, Cookie: 'site_session=secret' },
  });
  expect(response.status()).toBe(400);
  expect((await envelope(response)).type).toBe('proxy_cookie_not_allowed');
  expect(await receivedBy(token)).toEqual([]);
  // the panel sends an empty `cookie` for an operation without cookie parameters
  const empty = await request.get(`${proxied(devUrl)}&cookie=`, { headers: { Authorization: `Bearer ${token}`, Cookie: 'site_session=secret' } });
  expect(empty.status()).toBe(200);
  const [received] = await receivedBy(token);
  expect(received.headers.cookie).toBeUndefined();
});

test('a redirect from dev to a forbidden origin is refused with 403, and not followed', async ({ request }) => {
  const token = uniqueToken();
  await planNext(token, { fault: 'redirect-to', location: `${canary.url}/stolen` });
  const response = await request.get(proxied(devUrl), { headers: { Authorization: `Bearer ${token}` }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
  expect(await envelope(response)).toMatchObject({ type: 'proxy_redirect_not_allowed' });
  expect(response.headers()['location']).toBeUndefined();
  expect(await receivedBy(token)).toHaveLength(1);
});

test('a redirect from dev to the link-local metadata address is refused', async ({ request }) => {
  const token = uniqueToken();
  await planNext(token, { fault: 'redirect-to', location: 'http://169.254.169.254/latest/meta-data/' });
  const response = await request.get(proxied(devUrl), { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(403);
  expect((await envelope(response)).type).toBe('proxy_redirect_not_allowed');
});

test("the browser's cookies never reach dev", async ({ page, context }) => {
  await context.addCookies([{ name: 'site_session', value: 'secret', url: siteUrl }]);
  const token = uniqueToken();
  await page.goto(claim.url);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('200');
  const [received] = await receivedBy(token);
  expect(received.headers.cookie).toBeUndefined();
});

test('a Cookie header sent to the proxy is not forwarded', async ({ request }) => {
  const token = uniqueToken();
  await request.get(proxied(devUrl), { headers: { Authorization: `Bearer ${token}`, Cookie: 'site_session=secret' } });
  const [received] = await receivedBy(token);
  expect(received.headers.cookie).toBeUndefined();
});

test("dev's Set-Cookie never comes back, and the browser keeps no cookie", async ({ request, page, context }) => {
  const token = uniqueToken();
  await planNext(token, { fault: 'set-cookie' });
  const response = await request.get(proxied(devUrl), { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  expect(response.headersArray().filter((h) => /^set-cookie2?$/i.test(h.name))).toEqual([]);

  const browserToken = uniqueToken();
  await planNext(browserToken, { fault: 'set-cookie' });
  await page.goto(claim.url);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await page.getByLabel('API token').fill(browserToken);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('200');
  expect(await receivedBy(browserToken)).toHaveLength(1);
  expect(await context.cookies()).toEqual([]);
});

test.describe('a 12 MB body is refused with 413 and never reaches dev', () => {
  const body = Buffer.alloc(12 * 1024 * 1024, 'x');

  test('with Content-Length', async ({ request }) => {
    const token = uniqueToken();
    const target = `${mockDevUrl}/api/v1/external-services/11111111-2222-4333-8444-555555555555/organization-relations/claim`;
    const response = await request.post(proxied(target), {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      data: body,
    });
    expect(response.status()).toBe(413);
    expect((await envelope(response)).type).toBe('proxy_body_too_large');
    expect(await receivedBy(token)).toEqual([]);
  });

  test('streamed, without Content-Length', async () => {
    const token = uniqueToken();
    const target = `${mockDevUrl}/api/v1/external-services/11111111-2222-4333-8444-555555555555/organization-relations/claim`;
    const chunk = body.subarray(0, 1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= body.byteLength) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
    const response = await fetch(`${siteUrl}${proxied(target)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe('proxy_body_too_large');
    expect(await receivedBy(token)).toEqual([]);
  });
});

test("an answer that grows past the proxy's 10 MiB limit while streaming is cut off: the transfer breaks, it never ends short", async () => {
  const token = uniqueToken();
  await planNext(token, { fault: 'stream-12mb' });
  const response = await fetch(`${siteUrl}${proxied(devUrl)}`, { headers: { Authorization: `Bearer ${token}` } });
  // the first bytes went out before the size was known
  expect(response.status).toBe(200);
  let received = 0;
  const reader = response.body!.getReader();
  const reading = (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += chunk.value.byteLength;
  })();
  await expect(reading).rejects.toThrow();
  expect(received).toBeLessThanOrEqual(10 * 1024 * 1024);
});

test('a silent dev ends in 504 within the timeout', async ({ request }) => {
  const token = uniqueToken();
  await planNext(token, { fault: 'silent' });
  const started = Date.now();
  const response = await request.get(proxied(devUrl), {
    headers: { Authorization: `Bearer ${token}` },
    timeout: e2eProxyTimeoutMs + 10_000,
  });
  expect(response.status()).toBe(504);
  expect(await envelope(response)).toMatchObject({ type: 'proxy_upstream_timeout' });
  expect(Date.now() - started).toBeLessThan(e2eProxyTimeoutMs + 5_000);
});

test('a method the document does not use gets 405 and reaches nothing', async ({ request }) => {
  const used = new Set<string>(model.endpoints.map((endpoint) => endpoint.method));
  for (const method of ['OPTIONS', 'HEAD']) {
    expect(used.has(method)).toBe(false);
    const token = uniqueToken();
    const response = await request.fetch(proxied(devUrl), { method, headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(405);
    expect(response.headers()['allow']?.split(', ').sort()).toEqual([...used].sort());
    expect(await receivedBy(token)).toEqual([]);
  }
});

test('over the rate limit, a client gets 429 with Retry-After in the envelope; other clients do not; refusals are not counted', async ({ request }) => {
  const client = `203.0.113.${randomInt(1, 254)}`;
  // what the proxy refuses by itself (a forbidden origin) uses up none of the allowance
  const forbidden = await Promise.all(
    Array.from({ length: 50 }, () => request.get(proxied(`${canary.url}/`), { headers: { 'X-Forwarded-For': client } })),
  );
  expect(new Set(forbidden.map((r) => r.status()))).toEqual(new Set([403]));
  // a documented operation on "Offline", where nothing listens: counted, then 502 at once; a
  // target the proxy refuses anyway would not be counted
  const target = proxied(`${offlineUrl}${devPath}`);
  const statuses: number[] = [];
  for (let sent = 0; sent < e2eRateLimit; sent += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, e2eRateLimit - sent) }, () =>
        request.get(target, { headers: { 'X-Forwarded-For': client } }),
      ),
    );
    statuses.push(...batch.map((r) => r.status()));
  }
  expect(new Set(statuses)).toEqual(new Set([502]));

  const limited = await request.get(target, { headers: { 'X-Forwarded-For': client } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  expect(limited.headers()['x-proxy-error']).toBe('proxy_rate_limited');
  expect((await envelope(limited)).message).toMatch(/at most \d+ requests per minute/);

  const other = await request.get(target, { headers: { 'X-Forwarded-For': '198.51.100.7' } });
  expect(other.status()).toBe(502);
});
