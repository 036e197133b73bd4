import { expect, test } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { getChangelog } from '@/lib/changes';
import { getErrorCatalog } from '@/lib/errors';
import { openSearch } from './support/search';
import { gotoHydrated } from './support/hydrated';

const model = getApiModel();
const catalog = getErrorCatalog();
const claimUrl = '/partner-api/organization/claimOrganizationRelation';

test('the catalogue lists every error type once, grouped by status, each linked to its page', async ({ page }) => {
  await page.goto('/partner-api/errors');
  const rows = page.locator('#page li[id]');
  await expect(rows).toHaveCount(37);
  for (const entry of catalog) {
    await expect(page.locator(`li[id="${entry.type}"] a[href="${entry.url}"]`)).toBeVisible();
  }
});

test('searching connect_token_unusable opens its type page, which lists claimOrganizationRelation', async ({ page }) => {
  await page.goto('/partner-api');
  const dialog = await openSearch(page);
  await dialog.getByRole('textbox').fill('connect_token_unusable');
  await dialog
    .getByRole('button')
    .filter({ has: page.getByText('connect_token_unusable', { exact: true }) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/partner-api\/errors\/connect_token_unusable$/);
  await expect(page.locator('h1')).toHaveText('connect_token_unusable');
  await expect(page.locator('#page')).toContainText('What typically causes it');
  const link = page.locator(`a[href="${claimUrl}#connect_token_unusable"]`);
  await expect(link).toContainText('Claim organization relation');
  await link.click();
  await expect(page.locator('li[id="connect_token_unusable"]')).toBeInViewport();
});

test('search finds an endpoint by path fragment, operationId and body field, with method badges', async ({ page }) => {
  await page.goto('/partner-api');
  const dialog = await openSearch(page);
  for (const query of ['organization-relations/claim', 'claimOrganizationRelation', 'externalOrganizationId']) {
    await dialog.getByRole('textbox').fill(query);
    const result = dialog.getByRole('button', { name: /Claim organization relation/ }).first();
    await expect(result).toBeVisible();
    await expect(result).toContainText('POST');
  }
});

test('every endpoint error row links to its type page', async ({ page }) => {
  await page.goto(claimUrl);
  for (const row of model.byKey.get('claimOrganizationRelation')!.errors) {
    await expect(page.locator(`li[id="${row.type}"] a[href="/partner-api/errors/${row.type}"]`)).toBeAttached();
  }
});

test("the claim page's Markdown has its 12 error types and no JSX", async ({ request }) => {
  const response = await request.get(`${claimUrl}.md`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
  const markdown = await response.text();
  const claim = model.byKey.get('claimOrganizationRelation')!;
  for (const row of claim.errors) expect(markdown).toContain(`### ${row.type}`);
  expect(markdown.match(/^### /gm)).toHaveLength(12);
  // code is code (C#'s `Task<HttpResponseMessage>`, Java's `HttpResponse<String>`): JSX would be in the prose
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  expect(prose).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
});

test('every page has its Markdown, and llms.txt / llms-full.txt cover them all', async ({ request }) => {
  const index = await (await request.get('/llms.txt')).text();
  const links = [...index.matchAll(/\]\((\/[^)]+\.md)\)/g)].map((m) => m[1]);
  // the endpoints, the error types and their catalogue, the four guides, the changelog and a page per release
  expect(links.length).toBe(model.endpoints.length + catalog.length + 1 + 4 + 1 + getChangelog().releases.length);
  const full = await (await request.get('/llms-full.txt')).text();
  for (const link of links) {
    const response = await request.get(link);
    expect(response.status(), link).toBe(200);
    const title = (await response.text()).split('\n')[0];
    expect(title).toMatch(/^# \S/);
    expect(full).toContain(title);
  }
  const guide = await (await request.get('/partner-api/error-handling.md')).text();
  expect(guide).toContain('> **Warning:**');
  expect(guide).not.toMatch(/<Callout|\[#[\w-]+\]/);
});

test('"Copy page as Markdown" puts the page Markdown on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await gotoHydrated(page, claimUrl);
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('# Claim organization relation');
});

test('the OpenAPI document downloads as YAML and JSON, linked from the header', async ({ page, request }) => {
  const yaml = await request.get('/openapi.yaml');
  expect(yaml.status()).toBe(200);
  expect(await yaml.text()).toContain('operationId: claimOrganizationRelation');
  const json = await (await request.get('/openapi.json')).json();
  expect(Object.keys(json.paths).length).toBeGreaterThan(0);
  expect(json.info.title).toBe('Wingfield Partner API');
  await page.goto('/partner-api');
  await expect(page.locator('a[href="/openapi.yaml"]').first()).toBeAttached();
});
