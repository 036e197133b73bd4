import { expect, test, type Page } from '@playwright/test';
import { openSearch } from './support/search';

/**
 * Text of a document that someone else wrote, as search hits carry it: markup that would run
 * script if the dialog rendered it as HTML. The dialog draws hits as text, only the words that
 * match the query marked.
 */
const iframe = '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>';
const img = '<img src=x onerror="window.__xss = 1">';
const hostileHits = [
  { id: '/partner-api/authentication', type: 'page', url: '/partner-api/authentication', content: `Hostile title ${img}` },
  { id: 'hostile-1', type: 'text', url: '/partner-api/authentication#tokens', content: `Hostile description ${iframe} and **bold**` },
  { id: 'hostile-2', type: 'heading', url: '/partner-api/authentication#x', content: `Hostile heading <script>window.__xss = 1</script>` },
  {
    id: '/partner-api/organization/claimOrganizationRelation',
    type: 'page',
    url: '/partner-api/organization/claimOrganizationRelation',
    content: `Hostile endpoint ${img}`,
  },
];

async function searchWithHostileHits(page: Page) {
  await page.route('**/api/search?*', (route) => route.fulfill({ json: hostileHits }));
  await page.goto('/partner-api');
  const dialog = await openSearch(page);
  await dialog.getByRole('textbox').fill('hostile');
  await expect(dialog.getByText('Hostile description', { exact: false })).toBeVisible();
  return dialog;
}

test('a hostile search hit shows as text and runs nothing', async ({ page }) => {
  const dialog = await searchWithHostileHits(page);
  // an iframe's document and an image's error arrive after the dialog has drawn
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await dialog.locator('iframe, img, script, object, embed, strong').count()).toBe(0);
  await expect(dialog.getByText(iframe, { exact: false })).toBeVisible();
  await expect(dialog.getByText(img, { exact: false }).first()).toBeVisible();
  await expect(dialog.getByText('<script>window.__xss = 1</script>', { exact: false })).toBeVisible();
  await expect(dialog.getByText('and **bold**', { exact: false })).toBeVisible();
});

test('the words that match the query are marked, in every kind of hit', async ({ page }) => {
  const dialog = await searchWithHostileHits(page);
  const marks = dialog.locator('mark');
  await expect(marks).toHaveCount(hostileHits.length);
  await expect(marks.first()).toHaveText('Hostile');
  // the endpoint's hit keeps its method badge
  await expect(dialog.getByRole('button', { name: /Hostile endpoint/ })).toContainText('POST');
});
