import { expect, test } from '@playwright/test';
import { blockingCssBudgetKB, pageBudgets } from '@/lib/page-budgets';
import { blockingCss } from './support/blocking-css';
import { kib, watchPageWeight } from './support/page-weight';
import { openSearch } from './support/search';
import { gotoHydrated } from './support/hydrated';

for (const [kind, budget] of Object.entries(pageBudgets)) {
  test(`a ${kind} page loads at most ${budget.scriptGzipKiB} KiB gzip of JavaScript (${budget.url})`, async ({ page }) => {
    // the page's own JavaScript: without the previous and next pages' code, fetched when the
    // browser is idle (PrefetchNeighbours), which a reader who saves data does not get
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const weight = watchPageWeight(page);
    await page.goto(budget.url);
    const { scriptGzipBytes, scripts } = await weight.settle();
    expect(scripts.length).toBeGreaterThan(0);
    test.info().annotations.push({ type: 'JavaScript', description: `${kib(scriptGzipBytes)} KiB gzip in ${scripts.length} files` });
    expect(kib(scriptGzipBytes)).toBeLessThanOrEqual(budget.scriptGzipKiB);
  });
}

test('the try-it panel and its validators load only when the panel is opened', async ({ page }) => {
  const weight = watchPageWeight(page);
  await gotoHydrated(page, pageBudgets.endpoint.url);
  const before = await weight.settle();
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByLabel('API token')).toBeVisible();
  const after = await weight.settle();
  // the panel is fumadocs-openapi's playground: far more than the page itself carries
  expect(after.scriptGzipBytes - before.scriptGzipBytes).toBeGreaterThan(40 * 1024);
});

test('the search dialog loads only when search is opened', async ({ page }) => {
  const weight = watchPageWeight(page);
  await page.goto(pageBudgets.guide.url);
  const before = await weight.settle();
  await openSearch(page);
  await expect(page.getByRole('dialog').getByRole('textbox')).toBeVisible();
  const after = await weight.settle();
  expect(after.scripts.length).toBeGreaterThan(before.scripts.length);
});

test('sharing and the request history come with the panel, not before', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  const carriesPanelExtras = async () =>
    (await Promise.all(scripts)).some((text) => text.includes('Copy link to this request') || text.includes('wingfield-try-it-history'));
  await gotoHydrated(page, pageBudgets.endpoint.url);
  expect(await carriesPanelExtras()).toBe(false);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Copy link to this request' })).toBeVisible();
  expect(await carriesPanelExtras()).toBe(true);
});

test('the view of event streams comes with the panel, not before', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  const carriesStreamView = async () => (await Promise.all(scripts)).some((text) => text.includes('Stopped by you after'));
  await gotoHydrated(page, pageBudgets.endpoint.url);
  expect(await carriesStreamView()).toBe(false);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  expect(await carriesStreamView()).toBe(true);
});

for (const [kind, budget] of Object.entries(pageBudgets)) {
  test(`a ${kind} page's first paint waits for at most ${blockingCssBudgetKB} KB of CSS (${budget.url})`, async ({ page }) => {
    await page.goto(budget.url);
    const css = await blockingCss(page);
    expect(css.sheets.length, 'the page is styled before it paints').toBeGreaterThan(0);
    test.info().annotations.push({ type: 'blocking CSS', description: css.sheets.map((sheet) => `${sheet.url}: ${sheet.bytes} bytes`).join(', ') });
    expect(css.bytes / 1000).toBeLessThanOrEqual(blockingCssBudgetKB);
  });
}
