import { expect, test, type Page } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { encodeShareFragment } from '@/lib/try-it/share-link';
import { receivedBy, uniqueToken } from './support/mock-dev-client';
import { gotoHydrated } from './support/hydrated';
import { openPanel, send } from './support/panel';
import { offlineUrl } from './support/ports';

const model = getApiModel();
const claim = model.byKey.get('claimOrganizationRelation')!;
const bookings = model.byKey.get('listCourtBookings')!;
const serviceId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

/** Proxy calls the page makes: a link must never send by itself. */
function watchProxy(page: Page): string[] {
  const proxied: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/proxy') proxied.push(request.url());
  });
  return proxied;
}

async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link to this request' }).click();
  await expect(page.getByText(/not your API token/)).toBeVisible();
  return page.getByRole('textbox', { name: 'Link to this request' }).inputValue();
}

test.describe('a shared request', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('round trip: path, query, body and environment come back from the link; the token never goes in it', async ({ page, context }) => {
    const token = uniqueToken();
    await openPanel(page, claim.url, token);
    await page.getByRole('textbox', { name: 'externalServiceId' }).fill(serviceId);
    await page.getByRole('button', { name: 'Edit as JSON' }).click();
    await page.getByRole('textbox', { name: 'Body (JSON)' }).fill('{\n  "connectToken": "ct_shared_123"\n}');
    await page.getByRole('button', { name: 'Back to the form' }).click();
    const link = await copyLink(page);

    expect(link.startsWith(`${new URL(page.url()).origin}${claim.url}#try-it=`)).toBe(true);
    expect(link).not.toContain(token);
    expect(Buffer.from(link.split('#try-it=')[1], 'base64url').toString()).not.toContain(token);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // another tab, no token: the panel opens by itself, filled, and sends nothing
    const other = await context.newPage();
    const proxied = watchProxy(other);
    await other.goto(link);
    await expect(other.getByText('Loaded from a shared link.')).toBeVisible();
    await expect(other.getByRole('textbox', { name: 'externalServiceId' })).toHaveValue(serviceId);
    await other.getByRole('button', { name: 'Edit as JSON' }).click();
    expect(JSON.parse(await other.getByRole('textbox', { name: 'Body (JSON)' }).inputValue())).toEqual({ connectToken: 'ct_shared_123' });
    await other.waitForTimeout(500);
    expect(proxied).toEqual([]);

    // and when sent, it is that request
    const otherToken = uniqueToken();
    await other.getByLabel('API token', { exact: true }).fill(otherToken);
    await send(other);
    const [received] = await receivedBy(otherToken);
    expect(received.path).toContain(`/external-services/${serviceId}/organization-relations/claim`);
    expect(JSON.parse(received.body)).toEqual({ connectToken: 'ct_shared_123' });
  });

  test('query parameters and the environment travel too, and invalid values are marked as typed ones are', async ({ page }) => {
    const fragment = encodeShareFragment({
      operationId: bookings.key,
      environment: 'Offline',
      values: { path: { externalServiceId: 'not-a-uuid' }, query: { limit: '7', courtId: 'court-9' }, header: {} },
    });
    await gotoHydrated(page, `${bookings.url}${fragment}`);
    await expect(page.getByText('Loaded from a shared link.')).toBeVisible();
    await expect(page.getByRole('button', { name: `Offline ${offlineUrl}/` })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'externalServiceId' })).toHaveValue('not-a-uuid');
    await expect(page.getByRole('textbox', { name: 'courtId' })).toHaveValue('court-9');
    await expect(page.getByText('This request does not match the documented schema')).toBeVisible();
  });

  for (const width of [1440, 390]) {
    test(`a shared link brings the panel into view with its heading, below the sticky header (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const fragment = encodeShareFragment({ operationId: bookings.key, values: { path: {}, query: { limit: '7' }, header: {} } });
      await gotoHydrated(page, `${bookings.url}${fragment}`);
      await expect(page.getByText('Loaded from a shared link.')).toBeVisible();
      const heading = page.getByRole('heading', { level: 2, name: 'Try it' });
      await expect(page.getByRole('region', { name: 'Try it' })).toBeInViewport();
      // once the scroll has settled: the section's heading is in view, below the header's bottom edge
      await expect
        .poll(async () => {
          const header = await page.locator('body > header').boundingBox();
          const box = await heading.boundingBox();
          return header && box ? Math.round(box.y - (header.y + header.height)) : -1;
        })
        .toBeGreaterThanOrEqual(0);
    });
  }

  test('a link for another operation loads nothing and says so', async ({ page }) => {
    const fragment = encodeShareFragment({ operationId: bookings.key, values: { path: { externalServiceId: serviceId }, query: {}, header: {} } });
    const proxied = watchProxy(page);
    await gotoHydrated(page, `${claim.url}${fragment}`);
    const alert = page.getByRole('alert').filter({ hasText: 'This shared link was not loaded' });
    await expect(alert).toContainText(`it is for the operation "listCourtBookings", not for this page's "claimOrganizationRelation"`);
    await expect(page.getByRole('textbox', { name: 'externalServiceId' })).not.toHaveValue(serviceId);
    await expect(page.getByText('Loaded from a shared link.')).toHaveCount(0);
    expect(proxied).toEqual([]);
  });

  test('hostile, malformed and oversized links load nothing, inject nothing, and say what is wrong', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const proxied = watchProxy(page);
    // written as JSON: in an object literal, __proto__ would set the prototype instead of a field
    const hostileBody = `#try-it=${Buffer.from(`{"v":1,"op":"${claim.operationId}","body":{"__proto__":{"polluted":true},"connectToken":"<img src=x onerror=alert(1)>"}}`).toString('base64url')}`;
    const script = Buffer.from(JSON.stringify({ v: 1, op: '<img src=x onerror=alert(1)>' })).toString('base64url');
    const unknownParameter = encodeShareFragment({
      operationId: claim.key,
      values: { path: { '<script>alert(1)</script>': 'x' }, query: {}, header: {} },
    });
    const cases: [string, RegExp][] = [
      ['#try-it=%3Cscript%3Ealert(1)%3C/script%3E', /unexpected characters/],
      ['#try-it=bm90IGpzb24', /could not be read/],
      [`#try-it=${script}`, /for the operation "<img src=x onerror=alert\(1\)>"/],
      [unknownParameter, /"<script>alert\(1\)<\/script>" is not a path parameter of this endpoint/],
      [hostileBody, /the body has a field named "__proto__"/],
      [`#try-it=${'A'.repeat(9000)}`, /more than the 8 KB a shared link may carry/],
    ];
    for (const [fragment, message] of cases) {
      await gotoHydrated(page, `${claim.url}${fragment}`);
      const alert = page.getByRole('alert').filter({ hasText: 'This shared link was not loaded' });
      await expect(alert).toContainText(message);
      await expect(page.getByText('Loaded from a shared link.')).toHaveCount(0);
      // shown as text: no element came from the link
      expect(await alert.locator('img, script').count()).toBe(0);
    }
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(proxied).toEqual([]);
  });
});

test.describe('request history', () => {
  test('lists what was sent, loads it back, is kept with the token and never holds it', async ({ page }) => {
    const token = uniqueToken();
    await openPanel(page, claim.url, token);
    const history = page.getByRole('list', { name: 'Request history' });

    await page.getByRole('textbox', { name: 'externalServiceId' }).fill(serviceId);
    const first = await send(page);
    await expect(first).toContainText('200');
    await expect(history.getByRole('listitem')).toHaveCount(1);
    const entry = history.getByRole('listitem').first();
    await expect(entry).toContainText(`POST /api/v1/external-services/${serviceId}/organization-relations/claim`);
    await expect(entry).toContainText('200');
    await expect(entry).toContainText(/\d+ ms/);
    await expect(entry).toContainText('matches the documentation');
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

    // a second request, without the path we typed, then the first one back
    await page.getByRole('textbox', { name: 'externalServiceId' }).fill('00000000-0000-4000-8000-000000000000');
    await send(page);
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await history.getByRole('listitem').nth(1).getByRole('button').click();
    await expect(page.getByText('Loaded from the request history.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'externalServiceId' })).toHaveValue(serviceId);

    // this tab's sessionStorage, with neither the token nor a response body
    const stored = await page.evaluate(() => sessionStorage.getItem('wingfield-try-it-history'));
    expect(stored).toBeTruthy();
    expect(stored).not.toContain(token);
    const [latest] = JSON.parse(stored!) as Record<string, unknown>[];
    // what was asked and how it went: no field for an answer's body or headers
    expect(Object.keys(latest).sort()).toEqual(['at', 'durationMs', 'environment', 'id', 'matches', 'method', 'operationId', 'pageUrl', 'path', 'status', 'values']);
    expect(await page.evaluate(() => localStorage.getItem('wingfield-try-it-history'))).toBeNull();

    // remembered on this device: the history moves with the token
    await page.getByLabel('Remember on this device').check();
    expect(await page.evaluate(() => localStorage.getItem('wingfield-try-it-history'))).toBeTruthy();
    expect(await page.evaluate(() => sessionStorage.getItem('wingfield-try-it-history'))).toBeNull();
    await page.getByLabel('Remember on this device').uncheck();

    // "Clear token" offers to clear the history; keeping it keeps it
    await page.getByRole('button', { name: 'Clear token' }).click();
    const offer = page.getByRole('group', { name: 'Clear the history too?' });
    await offer.getByRole('button', { name: 'Keep history' }).click();
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await page.getByLabel('API token', { exact: true }).fill(token);
    await page.getByRole('button', { name: 'Clear token' }).click();
    await offer.getByRole('button', { name: 'Clear history too' }).click();
    await expect(page.getByRole('heading', { name: 'Recent requests (0)' })).toBeVisible();
    expect(await page.evaluate(() => [sessionStorage.getItem('wingfield-try-it-history'), localStorage.getItem('wingfield-try-it-history')])).toEqual([null, null]);
  });

  test('keeps the last 20, newest first; "Clear history" clears it alone', async ({ page }) => {
    const token = uniqueToken();
    await openPanel(page, claim.url, token);
    for (let index = 0; index < 21; index++) {
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByRole('heading', { name: `Recent requests (${Math.min(index + 1, 20)})` })).toBeVisible();
      // the next send only once this answer is in
    }
    const history = page.getByRole('list', { name: 'Request history' });
    await expect(history.getByRole('listitem')).toHaveCount(20);
    await page.getByRole('button', { name: 'Clear history' }).click();
    await expect(history).toHaveCount(0);
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue(token);
  });

  test('an entry of another endpoint opens that page with its request', async ({ page }) => {
    const token = uniqueToken();
    await openPanel(page, claim.url, token);
    await page.getByRole('textbox', { name: 'externalServiceId' }).fill(serviceId);
    await send(page);
    await gotoHydrated(page, bookings.url);
    await page.getByRole('button', { name: 'Try it', exact: true }).click();
    await page.getByRole('list', { name: 'Request history' }).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`${claim.url}#try-it=`));
    await expect(page.getByText('Loaded from a shared link.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'externalServiceId' })).toHaveValue(serviceId);
  });
});

test.describe('path values stay in their segment', () => {
  const mapping = model.byKey.get('deleteCourtMapping')!;
  const courtId = '79ae2927-a9bc-46ed-8f9e-079af32b7616';

  /** The `url` the panel asked the proxy to call, for each proxy request. */
  function watchTargets(page: Page): string[] {
    const targets: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/proxy') targets.push(url.searchParams.get('url') ?? '');
    });
    return targets;
  }

  test('a link whose path value climbs to another endpoint is refused, says why, and loads nothing', async ({ page }) => {
    const proxied = watchProxy(page);
    for (const climb of ['../../organizations/org_1/relation', '%2e%2e%2F%2e%2e%2Forganizations']) {
      const fragment = encodeShareFragment({
        operationId: mapping.key,
        values: { path: { externalServiceId: serviceId, courtId: climb }, query: {}, header: {} },
      });
      await gotoHydrated(page, `${mapping.url}${fragment}`);
      const alert = page.getByRole('alert').filter({ hasText: 'This shared link was not loaded' });
      await expect(alert).toContainText('the path parameter "courtId"');
      await expect(alert).toContainText(/another endpoint/);
      await expect(alert).toBeFocused();
      await expect(alert).toBeInViewport();
      await expect(page.getByText('Loaded from a shared link.')).toHaveCount(0);
      await expect(page.getByRole('textbox', { name: 'courtId' })).not.toHaveValue(climb);
    }
    expect(proxied).toEqual([]);
  });

  test('after a link loads, focus is on its notice, not on Send', async ({ page }) => {
    const fragment = encodeShareFragment({
      operationId: mapping.key,
      values: { path: { externalServiceId: serviceId, courtId }, query: {}, header: {} },
    });
    await gotoHydrated(page, `${mapping.url}${fragment}`);
    const notice = page.getByRole('status').filter({ hasText: 'Loaded from a shared link.' });
    await expect(notice).toBeFocused();
    await expect(notice).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Send' })).not.toBeFocused();
    await expect(page.getByRole('textbox', { name: 'courtId' })).toHaveValue(courtId);
  });

  test('a typed value with / ? # is sent encoded, in its own segment, and the history and samples show what was sent', async ({ page }) => {
    const token = uniqueToken();
    const targets = watchTargets(page);
    await openPanel(page, mapping.url, token);
    await page.getByRole('textbox', { name: 'externalServiceId' }).fill(serviceId);

    const courtField = page.getByRole('textbox', { name: 'courtId' });
    await courtField.fill('../../organizations/org_1');
    await send(page);
    await expect.poll(() => targets.length).toBe(1);
    expect(new URL(targets[0]).pathname).toBe(
      `/api/v1/external-services/${serviceId}/courts/..%2F..%2Forganizations%2Forg_1/mapping`,
    );

    // a value the environment accepts in a segment: it arrives as one, and history and samples say so
    await courtField.fill('court 1?x=1#y');
    const curl = page.getByLabel('cURL sample');
    const sent = `/api/v1/external-services/${serviceId}/courts/court%201%3Fx%3D1%23y/mapping`;
    await expect(curl).toContainText(`${sent}"`);
    await send(page);
    await expect.poll(() => targets.length).toBe(2);
    expect(new URL(targets[1]).pathname + new URL(targets[1]).search).toBe(sent);
    const received = await receivedBy(token);
    expect(received.at(-1)?.path).toBe(sent);
    const history = page.getByRole('list', { name: 'Request history' });
    await expect(history.getByRole('listitem').first()).toContainText(`DELETE ${sent} `);
  });

  test('a typed path value of . or .. is not sent, and the panel says why', async ({ page }) => {
    const token = uniqueToken();
    const proxied = watchProxy(page);
    await openPanel(page, mapping.url, token);
    await page.getByRole('textbox', { name: 'courtId' }).fill('..');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not sent' })).toContainText('"courtId"');
    await expect(page.getByRole('region', { name: 'Response' })).toHaveCount(0);
    expect(proxied).toEqual([]);
  });
});
