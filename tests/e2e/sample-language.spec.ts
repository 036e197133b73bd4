import { expect, test, type Locator, type Page } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { gotoHydrated } from './support/hydrated';
import { openPanel } from './support/panel';

const model = getApiModel();
const claim = model.byKey.get('claimOrganizationRelation')!;

const pageSamples = (page: Page) => page.locator('section', { has: page.locator('#code-samples') });
const selectedTab = (within: Locator) => within.getByRole('tab', { selected: true });

test('a language chosen on one page is selected on the next page, after a reload and on a new visit', async ({ page, context }) => {
  await gotoHydrated(page, claim.url);
  const samples = pageSamples(page);
  await expect(selectedTab(samples)).toHaveText('cURL');
  await samples.getByRole('tab', { name: 'Ruby', exact: true }).click();
  await expect(selectedTab(samples)).toHaveText('Ruby');
  await expect(samples.getByRole('tabpanel').filter({ visible: true })).toContainText("require 'net/http'");

  // the next page, reached by a link: the App Router swaps the page in
  const next = model.endpoints.find((endpoint) => endpoint.key !== claim.key && endpoint.group.slug === claim.group.slug) ?? model.endpoints[1];
  await page.locator(`a[href="${next.url}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${next.url}$`));
  await expect(page.locator('h1')).toHaveText(next.title);
  await expect(selectedTab(pageSamples(page))).toHaveText('Ruby');
  await expect(pageSamples(page).getByRole('tabpanel').filter({ visible: true })).toContainText('Net::HTTP');

  await page.reload();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect(selectedTab(pageSamples(page))).toHaveText('Ruby');

  // a new visit: another tab of the same browser profile
  const later = await context.newPage();
  await gotoHydrated(later, claim.url);
  await expect(selectedTab(pageSamples(later))).toHaveText('Ruby');
});

test("choosing a language in the panel's live samples selects it in the page's samples, and back", async ({ page }) => {
  await openPanel(page, claim.url);
  const live = page.getByRole('region', { name: 'This request as code' });
  await live.getByRole('tab', { name: 'C#', exact: true }).click();
  await expect(selectedTab(live)).toHaveText('C#');
  await expect(live.getByRole('tabpanel').filter({ visible: true })).toContainText('HttpRequestMessage');
  // from 1280 px the panel takes the samples' place in the right pane: back to them, to see them
  const panel = page.getByRole('region', { name: 'Try it' });
  await panel.getByRole('button', { name: 'Back to the code samples' }).click();
  await expect(selectedTab(pageSamples(page))).toHaveText('C#');

  await pageSamples(page).getByRole('tab', { name: 'PHP', exact: true }).click();
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(selectedTab(live)).toHaveText('PHP');
  await expect(live.getByRole('tabpanel').filter({ visible: true })).toContainText('stream_context_create');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every language of the samples is on the page', async ({ page }) => {
    await page.goto(claim.url);
    const panels = pageSamples(page).getByRole('tabpanel');
    await expect(panels).toHaveCount(8);
    for (const panel of await panels.all()) await expect(panel).toBeVisible();
  });
});
