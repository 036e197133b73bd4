import { expect, test, type APIResponse } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { receivedBy, uniqueToken } from './support/mock-dev-client';
import { mockDevUrl } from './support/ports';
import { trackRequests } from './support/requests';
import { openSearch } from './support/search';
import { gotoHydrated } from './support/hydrated';

const claim = getApiModel().byKey.get('claimOrganizationRelation')!;

function directives(csp: string | undefined): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions).toContain(`${feature}=()`);
  }
}

function expectSiteCsp(response: APIResponse) {
  const csp = directives(response.headers()['content-security-policy']);
  expect(Object.fromEntries(csp)).toEqual({
    'default-src': "'self'",
    'script-src': "'self' 'unsafe-inline'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'frame-ancestors': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'object-src': "'none'",
  });
}

test('an endpoint page carries the security headers and stays static', async ({ request }) => {
  const response = await request.get(claim.url);
  expect(response.status()).toBe(200);
  expectSiteCsp(response);
  expectCommonHeaders(response);
  expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // served as built, not rendered per request
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
});

test('HSTS is sent when the request came over HTTPS through the proxy in front, and not over plain HTTP', async ({ request }) => {
  const plain = await request.get(claim.url);
  expect(plain.headers()['strict-transport-security']).toBeUndefined();
  for (const proto of ['https', 'https, http']) {
    const secure = await request.get(claim.url, { headers: { 'X-Forwarded-Proto': proto } });
    expect(secure.headers()['strict-transport-security'], proto).toBe('max-age=31536000');
  }
  const proxied = await request.get(`/api/proxy?url=${encodeURIComponent('http://127.0.0.1:9/')}`, { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(proxied.headers()['strict-transport-security']).toBe('max-age=31536000');
});

test('a static asset carries the security headers', async ({ request }) => {
  const html = await (await request.get(claim.url)).text();
  const asset = /\/_next\/static\/[^"'\s]+\.(?:js|css)/.exec(html)?.[0];
  expect(asset).toBeDefined();
  const response = await request.get(asset!);
  expect(response.status()).toBe(200);
  expectSiteCsp(response);
  expectCommonHeaders(response);
});

test('proxy answers, forwarded or refused, are sandboxed and send no referrer', async ({ request }) => {
  const token = uniqueToken();
  const forwarded = await request.get(`/api/proxy?url=${encodeURIComponent(`${mockDevUrl}/api/v1/courts/x`)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(await receivedBy(token)).toHaveLength(1);
  const refused = await request.get(`/api/proxy?url=${encodeURIComponent('http://127.0.0.1:9/')}`);
  expect(refused.status()).toBe(403);
  // the token proxy: the project's document names no identity provider, so every origin is refused
  const tokenRefused = await request.post(`/api/oauth/proxy?url=${encodeURIComponent('http://127.0.0.1:9/token')}`, {
    form: { grant_type: 'client_credentials' },
  });
  expect(tokenRefused.status()).toBe(403);
  for (const response of [forwarded, refused, tokenRefused]) {
    expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    expectCommonHeaders(response);
  }
});

test('no Content Security Policy violation on an endpoint page while using the try-it panel', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
  });

  const token = uniqueToken();
  const requests = trackRequests(page);
  await gotoHydrated(page, claim.url);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toContainText('200');
  await response.getByText(/^Headers/).click();
  await page.getByRole('tab', { name: 'Python' }).first().click();
  await openSearch(page);
  await page.getByRole('dialog').getByRole('textbox').fill('court');
  await expect(page.getByRole('dialog').getByRole('button').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await requests.settled();

  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
