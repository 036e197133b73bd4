import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { siteConfig } from '@/lib/site-config';
import { gotoHydrated } from './support/hydrated';

const claim = getApiModel().byKey.get('claimOrganizationRelation')!;
// the origin the site was built with (SITE_URL), whatever origin serves it in the test
const site = siteConfig.url.replace(/\/$/, '');
const markdown = `${site}${claim.url}.md`;
const mcp = `${site}/mcp`;

const summary = (page: Page) => page.locator('details[data-page-menu] > summary');
const menu = (page: Page) => page.locator('details[data-page-menu]');

async function openMenu(page: Page) {
  await summary(page).click();
  await expect(menu(page).getByRole('link', { name: 'Open in ChatGPT' })).toBeVisible();
}

test("the menu's links carry the page's .md URL or the site's /mcp URL", async ({ page }) => {
  await gotoHydrated(page, claim.url);
  await openMenu(page);
  for (const [name, prefix] of [
    ['Open in ChatGPT', 'https://chatgpt.com/?q='],
    ['Open in Claude', 'https://claude.ai/new?q='],
  ] as const) {
    const link = menu(page).getByRole('link', { name });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(prefix)).toBe(true);
    expect(new URL(href).searchParams.get('q')).toContain(markdown);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
  }
  const cursor = new URL((await menu(page).getByRole('link', { name: 'Add to Cursor' }).getAttribute('href'))!);
  expect(cursor.href.startsWith('cursor://anysphere.cursor-deeplink/mcp/install?')).toBe(true);
  expect(JSON.parse(Buffer.from(cursor.searchParams.get('config')!, 'base64').toString('utf8'))).toEqual({ url: mcp });
  const vsCode = (await menu(page).getByRole('link', { name: 'Add to VS Code' }).getAttribute('href'))!;
  expect(JSON.parse(decodeURIComponent(vsCode.replace(/^vscode:mcp\/install\?/, '')))).toMatchObject({ type: 'http', url: mcp });
  for (const name of ['Add to Cursor', 'Add to VS Code']) await expect(menu(page).getByRole('link', { name })).toHaveAttribute('rel', 'noopener noreferrer');
});

test('"Copy MCP configuration" copies the README\'s JSON with this site\'s URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await gotoHydrated(page, claim.url);
  await openMenu(page);
  const copy = menu(page).getByRole('button', { name: 'Copy MCP configuration' });
  await copy.click();
  await expect(copy).toContainText('Copied');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied).toEqual({ mcpServers: { 'wingfield-partner-api': { type: 'http', url: mcp } } });
});

test('the menu is kept by the keyboard: Enter opens, arrows move, Escape closes and gives the focus back', async ({ page }) => {
  await gotoHydrated(page, claim.url);
  await summary(page).focus();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveAttribute('open', '');
  await page.keyboard.press('ArrowDown');
  await expect(menu(page).getByRole('link', { name: 'Open in ChatGPT' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu(page).getByRole('link', { name: 'Open in Claude' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu(page).getByRole('link', { name: 'Add to VS Code' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu(page).getByRole('link', { name: 'Open in ChatGPT' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu(page)).not.toHaveAttribute('open');
  await expect(summary(page)).toBeFocused();
  // a click elsewhere closes it too
  await openMenu(page);
  await page.locator('h1').click();
  await expect(menu(page)).not.toHaveAttribute('open');
});

test('the page and its open menu load nothing from elsewhere', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:') origins.add(url.origin);
  });
  await gotoHydrated(page, claim.url);
  await openMenu(page);
  await menu(page).getByRole('link', { name: 'Add to Cursor' }).hover();
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('a hostile Host or X-Forwarded-Host header does not change the links', async ({ request }) => {
  const response = await request.get(claim.url, { headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).not.toContain('evil.example');
  expect(html).toContain(`https://claude.ai/new?q=${encodeURIComponent(`Read ${markdown}`)}`);
});

test.describe('on a phone in dark mode', () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });

  test('the open menu fits the screen and axe finds nothing serious in it', async ({ page }) => {
    await gotoHydrated(page, claim.url);
    await openMenu(page);
    const list = await menu(page).locator('ul').boundingBox();
    expect(list!.x).toBeGreaterThanOrEqual(0);
    expect(list!.x + list!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    const results = await new AxeBuilder({ page }).include('details[data-page-menu]').analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the menu opens and its links work; the copy button, which needs JavaScript, is not shown', async ({ page }) => {
    await page.goto(claim.url);
    await summary(page).click();
    await expect(menu(page).getByRole('link', { name: 'Open in Claude' })).toBeVisible();
    await expect(menu(page).getByRole('link', { name: 'Add to VS Code' })).toBeVisible();
    await expect(menu(page).getByRole('button', { name: 'Copy MCP configuration' })).toBeHidden();
  });
});
