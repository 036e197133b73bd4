import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { planNext, receivedBy, uniqueToken } from './support/mock-dev-client';
import { openPanel, send, sendPlanned } from './support/panel';
import { e2eProxyTimeoutMs, mockDevUrl, offlinePort, offlineUrl, siteUrl } from './support/ports';

const model = getApiModel();
const claim = model.byKey.get('claimOrganizationRelation')!;
const patchRelation = model.byKey.get('patchUserRelationExternalUserId')!;


test('Send on the claim page reaches dev with method, path, token and the example body', async ({ page }) => {
  const token = uniqueToken();
  await openPanel(page, claim.url, token);
  const response = await send(page);

  await expect(response).toContainText('200');
  await expect(response).toContainText('The documented success response');
  await expect(response.getByLabel('Response body')).toContainText('"externalServiceId"');

  const [received] = await receivedBy(token);
  expect(received.method).toBe('POST');
  expect(received.path).toMatch(/^\/api\/v1\/external-services\/[0-9a-f-]{36}\/organization-relations\/claim$/);
  expect(received.headers.authorization).toBe(`Bearer ${token}`);
  expect(received.headers.cookie).toBeUndefined();
  expect(JSON.parse(received.body)).toEqual(claim.body?.example);
});

test('a documented error is explained, with a link to its row', async ({ page }) => {
  const response = await sendPlanned(page, claim.url, { prefer: 'code=409, example=connect_token_unusable' });

  await expect(response).toContainText('409');
  await expect(response).toContainText('Documented error: connect_token_unusable');
  await expect(response).toContainText('Connect token is already claimed, cancelled, or consumed.');
  const link = response.getByRole('link', { name: /connect_token_unusable/ });
  await expect(link).toHaveAttribute('href', '#connect_token_unusable');
  await link.click();
  await expect(page).toHaveURL(/#connect_token_unusable$/);
  await expect(page.locator('li[id="connect_token_unusable"]')).toBeInViewport();
});

test('without a token, dev answers missing_api_token and the panel says it is documented', async ({ page }) => {
  await openPanel(page, claim.url);
  const response = await send(page);
  await expect(response).toContainText('401');
  await expect(response).toContainText('Documented error: missing_api_token');
});

test('PATCH arrives at dev as PATCH', async ({ page }) => {
  const token = uniqueToken();
  await openPanel(page, patchRelation.url, token);
  const response = await send(page);
  await expect(response).toContainText('200');
  const [received] = await receivedBy(token);
  expect(received.method).toBe('PATCH');
  expect(JSON.parse(received.body)).toEqual(patchRelation.body?.example);
});

test('the token carries over to other endpoint pages, and "Clear token" removes it from storage', async ({ page }) => {
  const token = uniqueToken();
  await openPanel(page, claim.url, token);
  expect(await page.evaluate(() => sessionStorage.getItem('wingfield-api-token'))).toBe(token);
  expect(await page.evaluate(() => localStorage.getItem('wingfield-api-token'))).toBeNull();

  const navigation = page.getByRole('navigation', { name: 'Documentation' });
  await navigation.getByRole('link', { name: 'User relation' }).click();
  await navigation.getByRole('link', { name: /Update relation external user ID/ }).click();
  await expect(page).toHaveURL(new RegExp(`${patchRelation.url}$`));
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByLabel('API token')).toHaveValue(token);

  await page.getByLabel('Remember on this device').check();
  expect(await page.evaluate(() => localStorage.getItem('wingfield-api-token'))).toBe(token);
  expect(await page.evaluate(() => sessionStorage.getItem('wingfield-api-token'))).toBeNull();

  await page.getByRole('button', { name: 'Clear token' }).click();
  await expect(page.getByLabel('API token')).toHaveValue('');
  expect(
    await page.evaluate(() => [localStorage.getItem('wingfield-api-token'), sessionStorage.getItem('wingfield-api-token')]),
  ).toEqual([null, null]);
});

test('the panel code samples follow the panel, mask the token and never show the proxy', async ({ page }) => {
  const token = uniqueToken();
  await openPanel(page, claim.url, token);
  const curl = page.getByLabel('cURL sample');
  await expect(curl).toContainText('/organization-relations/claim');
  await expect(curl).not.toContainText('/api/proxy');
  await expect(curl).not.toContainText(token);
  await expect(curl).toContainText(token.slice(0, 12));

  await page.getByLabel('Reveal token in samples').check();
  await expect(curl).toContainText(`Bearer ${token}`);

  const serviceId = page.getByRole('textbox', { name: 'externalServiceId' });
  await serviceId.fill('11111111-2222-4333-8444-555555555555');
  await expect(curl).toContainText('/external-services/11111111-2222-4333-8444-555555555555/');
});

test.describe('failures are explained, never a bare "Failed to fetch"', () => {
  test('dev closes the connection', async ({ page }) => {
    const response = await sendPlanned(page, claim.url, { fault: 'hang-up' });
    await expect(response).toContainText('502');
    await expect(response).toContainText('The request was not completed: proxy_upstream_unreachable');
    await expect(response).toContainText('closed the connection');
  });

  test('dev answers HTML instead of JSON', async ({ page }) => {
    const response = await sendPlanned(page, claim.url, { fault: 'html' });
    await expect(response).toContainText('503');
    await expect(response).toContainText('The answer is not JSON');
    await expect(response).toContainText('text/html');
  });
});

test.describe('faults of dev are explained, and the site keeps serving', () => {
  test('dev is down: nothing listens at the environment', async ({ page }) => {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(offlinePort, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve(false)));
      socket.on('error', () => resolve(true));
    });
    expect(refused, `nothing may listen on ${offlineUrl} during the tests`).toBe(true);

    await openPanel(page, claim.url);
    await page.getByRole('button', { name: /^Dev http:/ }).click();
    await page.getByRole('dialog').getByRole('combobox').click();
    await page.getByRole('option', { name: /Offline/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: `Offline ${offlineUrl}/` })).toBeVisible();
    const response = await send(page);
    await expect(response).toContainText('502');
    await expect(response).toContainText('The request was not completed: proxy_upstream_unreachable');
    await expect(response).toContainText('refused the connection');
    await expect(response).toContainText('is the environment (or your local mock) running?');
  });

  test('dev is too slow: the panel says it timed out', async ({ page }) => {
    const token = uniqueToken();
    await planNext(token, { fault: 'silent' });
    await openPanel(page, claim.url, token);
    await page.getByRole('button', { name: 'Send' }).click();
    const response = page.getByRole('region', { name: 'Response' });
    await expect(response).toContainText('504', { timeout: e2eProxyTimeoutMs + 10_000 });
    await expect(response).toContainText('The request was not completed: proxy_upstream_timeout');
    await expect(response).toContainText(`did not answer within ${e2eProxyTimeoutMs / 1000} s`);
    await expect(response).toContainText('Send again in a moment');
  });

  test('after faults, pages and the proxy still answer', async ({ page, request }) => {
    for (const fault of ['hang-up', 'html', 'silent'] as const) {
      const token = uniqueToken();
      await planNext(token, { fault });
      await request.get(`/api/proxy?url=${encodeURIComponent(`${mockDevUrl}/api/v1/courts/x`)}`, {
        headers: { Authorization: `Bearer ${token}` },
        timeout: e2eProxyTimeoutMs + 10_000,
      });
    }
    const pageResponse = await page.goto(claim.url);
    expect(pageResponse?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(claim.title);
    const token = uniqueToken();
    await openPanel(page, claim.url, token);
    await expect(await send(page)).toContainText('200');
  });
});

test('using the panel sends nothing to any other origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  const token = uniqueToken();
  await openPanel(page, claim.url, token);
  await send(page);
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('the proxy refuses a target outside the environments, in the API envelope', async ({ request }) => {
  const response = await request.get(`/api/proxy?url=${encodeURIComponent('http://127.0.0.1:9/')}`);
  expect(response.status()).toBe(403);
  expect((await response.json()).error.type).toBe('proxy_target_not_allowed');
});

test('invalid JSON in the body editor says where it breaks and is not sent', async ({ page }) => {
  const token = uniqueToken();
  const proxied: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/proxy') proxied.push(request.url());
  });
  await openPanel(page, claim.url, token);
  await page.getByRole('button', { name: 'Edit as JSON' }).click();
  const editor = page.getByRole('textbox', { name: 'Body (JSON)' });
  await expect(editor).toHaveValue(JSON.stringify(claim.body?.example, null, 2));

  await editor.fill('{\n  "connectToken": "abc"\n  "extra": 1\n}');
  await expect(page.getByText('Not valid JSON at line 3, column 3: a comma is expected.')).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Not sent: the JSON body is not valid at line 3, column 3.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Response' })).toHaveCount(0);
  expect(proxied).toEqual([]);
  expect(await receivedBy(token)).toEqual([]);

  await editor.fill('{\n  "connectToken": "abc",\n  "extra": 1\n}');
  await expect(page.getByText(/Not valid JSON/)).toHaveCount(0);
  await send(page);
  const [received] = await receivedBy(token);
  expect(JSON.parse(received.body)).toEqual({ connectToken: 'abc', extra: 1 });
});

test('cookie parameters go to the proxy in its cookie parameter, never into document.cookie; the browser sends no cookies', async ({ page }) => {
  const token = uniqueToken();
  const proxied: { url: URL; cookie?: string }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/proxy') proxied.push({ url, cookie: request.headers().cookie });
  });
  // a cookie of the docs site: the proxy must never see it
  await page.context().addCookies([{ name: 'docs_session', value: 'site-only', url: siteUrl }]);
  await openPanel(page, claim.url, token);
  await send(page);
  await expect.poll(() => proxied.length).toBe(1);
  expect(proxied[0].url.searchParams.has('cookie')).toBe(true);
  expect(proxied[0].cookie).toBeUndefined();
  // the panel wrote no cookie of its own on the docs origin
  expect(await page.evaluate(() => document.cookie)).toBe('docs_session=site-only');
  const [received] = await receivedBy(token);
  expect(received.headers.cookie).toBeUndefined();
});
