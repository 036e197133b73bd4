import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { trackRequests } from './support/requests';
import { openSearch } from './support/search';
import { gotoHydrated } from './support/hydrated';

const model = getApiModel();
const claimUrl = '/partner-api/organization/claimOrganizationRelation';
const guides = [
  ['/partner-api', 'Introduction'],
  ['/partner-api/authentication', 'Authentication'],
  ['/partner-api/external-service', 'External service'],
  ['/partner-api/error-handling', 'Error handling'],
] as const;

test('/ redirects to the introduction', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/partner-api$/);
});

for (const [url] of guides) {
  test(`guide ${url} answers 200 with a title and description`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).not.toBeEmpty();
    expect(await page.title()).toMatch(/Wingfield Partner API/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w{3,}/);
  });
}

test('each endpoint page has its own title and description', async ({ request }) => {
  const html = await (await request.get(claimUrl)).text();
  expect(html).toContain('<title>Claim organization relation | Wingfield Partner API</title>');
  expect(html).toMatch(/<meta name="description" content="Claim or confirm an organization relation/);
});

test('the sidebar lists the groups in order; the current group lists its endpoints with method badges', async ({ page }) => {
  await page.goto(claimUrl);
  const sidebar = page.getByRole('navigation', { name: 'Documentation' });
  const names = await sidebar.getByRole('link').allTextContents();
  const groupIndexes = model.groups.map((group) => names.findIndex((name) => name.trim() === group.name));
  expect(groupIndexes.every((index) => index >= 0)).toBe(true);
  expect([...groupIndexes].sort((a, b) => a - b)).toEqual(groupIndexes);

  const current = model.groups.find((group) => group.endpoints.some((endpoint) => endpoint.url === claimUrl))!;
  for (const endpoint of current.endpoints) {
    await expect(sidebar.getByRole('link', { name: `${endpoint.title} ${endpoint.method}`, exact: true })).toHaveAttribute('href', endpoint.url);
  }
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', claimUrl);
  for (const group of model.groups.filter((group) => group !== current)) {
    // another group leads to its first endpoint, where its own endpoints are listed
    await expect(sidebar.getByRole('link', { name: group.name, exact: true })).toHaveAttribute('href', group.endpoints[0].url);
    for (const endpoint of group.endpoints.slice(1)) await expect(sidebar.locator(`a[href="${endpoint.url}"]`)).toHaveCount(0);
  }
});

test('every endpoint is reachable from the sidebar in two clicks, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const group of model.groups) {
    await page.goto('/partner-api');
    await page.getByRole('navigation', { name: 'Documentation' }).getByRole('link', { name: group.name, exact: true }).click();
    const sidebar = page.getByRole('navigation', { name: 'Documentation' });
    for (const endpoint of group.endpoints) {
      await expect(sidebar.getByRole('link', { name: `${endpoint.title} ${endpoint.method}`, exact: true })).toHaveAttribute('href', endpoint.url);
    }
  }
  await context.close();
});

test('on a phone, the menu opens the navigation without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(claimUrl);
  const navigation = page.getByRole('navigation', { name: 'Documentation' });
  await expect(navigation).toBeHidden();
  await page.getByRole('link', { name: 'Menu' }).click();
  await expect(navigation).toBeVisible();
  await navigation.getByRole('link', { name: 'Authentication' }).click();
  await expect(page).toHaveURL(/\/partner-api\/authentication$/);
  await context.close();
});

test('a breadcrumb says where a page sits, and leads back to the error catalogue', async ({ page }) => {
  await page.goto(claimUrl);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText(/Endpoints\s*›\s*Organization/);
  await page.goto('/partner-api/errors/connect_token_unusable');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Error types' }).click();
  await expect(page).toHaveURL(/\/partner-api\/errors$/);
});

test('previous and next links lead through the pages', async ({ page }) => {
  await page.goto(claimUrl);
  const footer = page.locator('#page').getByRole('link', { name: /Link user to organization/ });
  await expect(footer).toBeVisible();
});

const tocChecks = [
  // the code samples stay beside the prose from 1280 px (this viewport): the errors are the later section read
  [claimUrl, 'Authorization', 'errors', 'Errors'],
  ['/partner-api/authentication', 'The bearer token', 'two-layers-of-access', 'Two layers of access'],
] as const;

for (const [url, first, laterId, later] of tocChecks) {
  test(`the table of contents marks the section being read (${url})`, async ({ page }) => {
    await page.goto(url);
    const toc = page.getByRole('complementary', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: first })).toHaveAttribute('data-active', '');
    await page.evaluate((id) => window.scrollTo(0, document.getElementById(id)!.getBoundingClientRect().top + window.scrollY - 80), laterId);
    await expect(toc.getByRole('link', { name: later })).toHaveAttribute('data-active', '');
    await expect(toc.locator('a[data-active]')).toHaveCount(1);
  });
}

for (const [url, title] of [
  [claimUrl, 'Claim organization relation'],
  ['/partner-api/authentication', 'Authentication'],
] as const) {
  test(`without JavaScript, no dead control is shown: search, theme, copy and try-it need it (${url})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('pre').first()).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await context.close();
  });
}

test("a code block's copy button puts the code on the clipboard and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await gotoHydrated(page, '/partner-api/authentication');
  const block = page.locator('figure').filter({ hasText: 'Authorization: Bearer' }).first();
  const button = block.getByRole('button', { name: 'Copy code' });
  await button.click();
  await expect(button).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('pre').innerText());
  // after its 2 s, however long a busy machine takes to run that timer
  await expect(button).not.toContainText('Copied');
});

test('the theme switch turns the site dark, and the choice holds on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, '/partner-api/authentication');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.goto(claimUrl);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
});

test('sitemap.xml lists every page', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const endpoint of model.endpoints) expect(xml).toContain(`${endpoint.url}</loc>`);
  for (const [url] of guides) expect(xml).toContain(`${url}</loc>`);
});

test('search finds an endpoint by title and by path', async ({ request }) => {
  const byTitle = await (await request.get('/api/search?query=claim%20organization')).json();
  expect(JSON.stringify(byTitle)).toContain(claimUrl);
  const byPath = await (await request.get('/api/search?query=organization-relations')).json();
  expect(JSON.stringify(byPath)).toContain(claimUrl);
});

test('search opens from the keyboard and leads to the endpoint', async ({ page }) => {
  await page.goto('/partner-api');
  const dialog = await openSearch(page);
  await dialog.getByRole('textbox').fill('claim organization');
  await dialog.getByRole('button', { name: /Claim organization relation/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${claimUrl}$`));
});

test('no request leaves the site: no fonts, analytics or CDNs', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  const requests = trackRequests(page);
  await page.goto(claimUrl);
  await requests.settled();
  await page.goto('/partner-api/authentication');
  await requests.settled();
  expect(foreign).toEqual([]);
});

for (const url of [claimUrl, '/partner-api/authentication', '/partner-api/errors']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious or critical accessibility violation on ${url} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

/** axe's serious and critical findings on the page as it is now, as "rule: elements". */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('no serious or critical accessibility violation in the phone menu (dark)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await gotoHydrated(page, claimUrl);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Documentation' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

// The layout at each width and scheme is checked by what a reader would notice (the title is
// there, nothing scrolls sideways), not by pixels: baselines differ between Debian's Chromium and
// Playwright's own, so they could not pass on both CI and a fresh laptop.
test.describe('the claim page fits its viewport', () => {
  for (const [name, colorScheme, width] of [
    ['light', 'light', 1280],
    ['dark', 'dark', 1280],
    ['phone', 'light', 390],
  ] as const) {
    test(name, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(claimUrl);
      await expect(page.locator('h1')).toHaveText('Claim organization relation');
      const hasHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(hasHorizontalScroll).toBe(false);
    });
  }
});
