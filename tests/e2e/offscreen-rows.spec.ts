import { expect, test, type Locator, type Page } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { getErrorCatalog } from '@/lib/errors';

const claim = getApiModel().byKey.get('claimOrganizationRelation')!;
const typedRows = claim.errors.filter((row) => row.typed);
/** The claim page's last error row: the furthest below its first screen. */
const lastType = typedRows.at(-1)!.type;
/** Rows with a screen of page below them, so that a link can bring them to the top. */
const middleType = typedRows[Math.floor(typedRows.length / 2)]!.type;
const catalogue = getErrorCatalog();
const middleCatalogueType = catalogue[Math.floor(catalogue.length / 2)]!.type;

/**
 * Whether the browser lays out and paints the row's contents, or skips them for now
 * (`content-visibility: auto` skips an element's contents, not its own box).
 */
const rendered = (row: Locator) => row.evaluate((element) => element.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));

/** The row `#type` lands on: in view, below the sticky header, not far below it. */
async function expectLandedBelowHeader(page: Page, row: Locator) {
  await expect(row).toBeInViewport();
  const header = await page.locator('body > header').boundingBox();
  const box = await row.boundingBox();
  expect(header && box).toBeTruthy();
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  // scroll-margin-top 6rem: the row's top is just under the header, not in the middle of the screen
  expect(box!.y).toBeLessThanOrEqual(96 + 8);
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('an error row below the first screen is painted only when it comes into view', async ({ page }) => {
    await page.goto(claim.url);
    const row = page.locator(`li[id="${lastType}"]`);
    expect(await rendered(row)).toBe(false);
    await row.scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(row)).toBe(true);
    await expect(row.getByRole('link', { name: lastType, exact: true })).toBeInViewport();
  });

  test('find-in-page finds the text of an error row that is not yet painted', async ({ page }) => {
    await page.goto(claim.url);
    const row = page.locator(`li[id="${lastType}"]`);
    expect(await rendered(row)).toBe(false);
    const phrase = (await row.locator('p').first().textContent())!.trim().slice(0, 40);
    const found = await page.evaluate((text) => {
      // window.find is the browser's find-in-page from script: non-standard, so not in TypeScript's DOM types
      const find = (window as unknown as { find: (text: string) => boolean }).find;
      const hit = find.call(window, text);
      return { hit, rowOfSelection: window.getSelection()?.anchorNode?.parentElement?.closest('li[id]')?.id };
    }, phrase);
    expect(found).toEqual({ hit: true, rowOfSelection: lastType });
    // the browser scrolls the hit into view and paints it
    await expect(row).toBeInViewport();
    await expect.poll(() => rendered(row)).toBe(true);
  });

  test('a link to an error row lands on it, below the sticky header, and marks it', async ({ page }) => {
    await page.goto(`${claim.url}#${middleType}`);
    const row = page.locator(`li[id="${middleType}"]`);
    await expectLandedBelowHeader(page, row);
    await expect.poll(() => rendered(row)).toBe(true);
    expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
  });

  test('a link to an error type of the catalogue lands on it, below the sticky header', async ({ page }) => {
    await page.goto(`/partner-api/errors#${middleCatalogueType}`);
    await expectLandedBelowHeader(page, page.locator(`li[id="${middleCatalogueType}"]`));
  });

  test('printed, every row is drawn, the last error and the response included', async ({ page }) => {
    await page.goto(claim.url);
    const rows = page.locator('.error-row, .endpoint-row');
    expect(await rendered(rows.last())).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const states = await rows.evaluateAll((elements) => elements.map((element) => element.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
    expect(states.length).toBeGreaterThan(5);
    expect(states.every(Boolean)).toBe(true);
  });

  test('in dark mode a row painted on scrolling has the dark card colour', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(claim.url);
    const row = page.locator(`li[id="${lastType}"]`);
    await row.scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(row)).toBe(true);
    const [rowColour, cardColour] = await row.evaluate((element) => {
      const probe = document.createElement('div');
      probe.style.background = 'var(--color-fd-card)';
      document.body.append(probe);
      const colours = [getComputedStyle(element).backgroundColor, getComputedStyle(probe).backgroundColor];
      probe.remove();
      return colours;
    });
    expect(rowColour).toBe(cardColour);
    // and that card colour is the dark theme's, not the light one
    const [r, g, b] = rowColour.match(/[\d.]+/g)!.map(Number);
    expect(Math.max(r, g, b)).toBeLessThan(80);
  });
});

test.describe('on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('a link to an error row lands on it below the header, and every row is in the page', async ({ page }) => {
    await page.goto(`${claim.url}#${middleType}`);
    await expectLandedBelowHeader(page, page.locator(`li[id="${middleType}"]`));
    for (const row of typedRows) {
      await expect(page.locator(`li[id="${row.type}"]`)).toContainText(row.type);
    }
  });
});
