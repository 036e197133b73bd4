import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { gotoHydrated } from './support/hydrated';
import { receivedBy, uniqueToken } from './support/mock-dev-client';
import { send } from './support/panel';

const claim = getApiModel().byKey.get('claimOrganizationRelation')!;

const aside = (page: Page) => page.locator('.endpoint-call > .endpoint-aside');
const samples = (page: Page) => page.locator('section.endpoint-samples');
/** The code of the sample tab on show in the page's code samples (not the panel's). */
const shownSample = (page: Page, label: string) => samples(page).locator('[role="tabpanel"][data-state="active"] figure', { hasText: label });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, `${locator} has a box`).not.toBeNull();
  return found!;
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the cURL sample is in view at load, to the right of the parameter tables, and stays there with the request line while the body is read', async ({ page }) => {
    await gotoHydrated(page, claim.url);
    const curl = shownSample(page, 'curl -X POST');
    await expect(curl).toBeInViewport();
    const table = page.locator('table', { has: page.locator('#parameter-path-externalServiceId') });
    const [sample, parameters] = [await box(curl), await box(table)];
    expect(sample.x).toBeGreaterThanOrEqual(parameters.x + parameters.width);

    await page.locator('#request-body').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 80));
    await expect(page.locator('#request-body')).toBeInViewport();
    await expect(curl).toBeInViewport();
    // the request line stays above the samples, neither hiding the other
    const requestLine = page.locator('.endpoint-request-line');
    await expect(requestLine).toBeInViewport();
    const [line, call] = [await box(requestLine), await box(aside(page))];
    expect(line.y + line.height).toBeLessThanOrEqual(call.y + 1);
    expect(line.y).toBeGreaterThanOrEqual(56);
    // the contents follow the prose, not the samples that are always in view beside it
    await expect(page.locator('#page-toc a[data-active]')).toHaveText('Request body');
  });

  test('scrolled to the 404 errors, a 404 sample body is in view in the right column', async ({ page }) => {
    await page.goto(claim.url);
    await page.locator('#error-status-404').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 80));
    const row = page.locator('li[id="connect_token_not_found"]');
    const body = row.locator('figure', { hasText: '"connect_token_not_found"' });
    await expect(body).toBeInViewport();
    const [sample, column] = [await box(body), await box(aside(page))];
    expect(Math.abs(sample.x - column.x)).toBeLessThanOrEqual(2);
    expect(sample.x + sample.width).toBeLessThanOrEqual(column.x + column.width + 1);
    // the samples of the request are no longer what is beside this part of the page
    await expect(shownSample(page, 'curl -X POST')).not.toBeInViewport();
  });

  test('the example response is beside the response fields', async ({ page }) => {
    await page.goto(claim.url);
    await page.locator('#response').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 80));
    const example = page.locator('section', { has: page.locator('#response') }).locator('.endpoint-aside figure', { hasText: `Example response ${claim.success!.status}` });
    await expect(example).toBeInViewport();
    expect(Math.abs((await box(example)).x - (await box(aside(page))).x)).toBeLessThanOrEqual(2);
  });

  test('pointing at a body field marks the line of the sample that sets it', async ({ page }) => {
    await gotoHydrated(page, claim.url);
    const field = page.locator('section', { has: page.locator('#request-body') }).locator('tbody tr', { hasText: 'connectToken' }).first();
    await field.scrollIntoViewIfNeeded();
    await field.hover();
    const marked = samples(page).locator('.sample-line-highlight');
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText('"connectToken"');
    await expect(marked).toBeInViewport();
    await page.mouse.move(5, 5);
    await expect(marked).toHaveCount(0);
  });

  test('Try it opens in the right column in place of the samples, sends, and leads back to them', async ({ page }) => {
    const token = uniqueToken();
    await gotoHydrated(page, claim.url);
    // the language chosen in the page's samples is the one the panel's samples show
    await samples(page).getByRole('tab', { name: 'Python' }).click();
    const column = await box(aside(page));
    await page.getByRole('button', { name: 'Try it', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Try it' });
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
    const opened = await box(panel);
    expect(Math.abs(opened.x - column.x)).toBeLessThanOrEqual(2);
    expect(opened.x + opened.width).toBeLessThanOrEqual(column.x + column.width + 1);
    await expect(samples(page)).toBeHidden();
    await expect(panel.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');

    await page.getByLabel('API token', { exact: true }).fill(token);
    const response = await send(page);
    await expect(response).toContainText('200');
    await expect(response).toContainText('The documented success response');
    await expect(response.getByLabel('Response body')).toContainText('"externalServiceId"');
    const [received] = await receivedBy(token);
    expect(received.method).toBe('POST');
    expect(JSON.parse(received.body)).toEqual(claim.body?.example);

    await panel.getByRole('button', { name: 'Back to the code samples' }).click();
    await expect(panel).toBeHidden();
    await expect(shownSample(page, 'import requests')).toBeVisible();
    const tryIt = page.getByRole('button', { name: 'Try it', exact: true });
    await expect(tryIt).toBeFocused();
    // back again: the panel kept what was typed and what it received
    await tryIt.click();
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue(token);
    await expect(page.getByRole('region', { name: 'Response' })).toContainText('200');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: nothing serious with the panel open in the right column (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await gotoHydrated(page, claim.url);
      await page.getByRole('button', { name: 'Try it', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
});

/** The page's frame left to right: navigation, prose, the right pane, the contents. */
async function columns(page: Page) {
  return {
    navigation: await box(page.locator('#site-nav')),
    prose: await box(page.locator('.endpoint-call > .endpoint-prose')),
    call: await box(aside(page)),
    requestLine: await box(page.locator('.endpoint-request-line')),
    contents: await box(page.locator('#page-toc')),
  };
}

for (const width of [1280, 1920, 2560]) {
  test(`at ${width} px nothing overlaps and nothing is cut`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto(claim.url);
    const { navigation, prose, call, requestLine, contents } = await columns(page);
    const order = [navigation, prose, call, contents];
    for (let i = 1; i < order.length; i++) expect(order[i].x, `column ${i} starts after column ${i - 1} ends`).toBeGreaterThanOrEqual(order[i - 1].x + order[i - 1].width);
    expect(contents.x + contents.width).toBeLessThanOrEqual(width);
    expect(requestLine.x).toBeGreaterThanOrEqual(prose.x + prose.width);
    expect(requestLine.x + requestLine.width).toBeLessThanOrEqual(call.x + call.width + 1);
    // a reading width for the prose, room for code in the right pane
    expect(prose.width).toBeGreaterThanOrEqual(400);
    expect(call.width).toBeGreaterThanOrEqual(320);

    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    const cut = await page.evaluate(() => {
      const clipped = (element: Element) => element.scrollWidth > element.clientWidth + 1;
      const found: string[] = [];
      for (const link of document.querySelectorAll('#page-toc a')) if (clipped(link)) found.push(`contents: ${link.textContent}`);
      for (const code of document.querySelectorAll('.endpoint-request-line code')) if (clipped(code)) found.push(`request line: ${code.textContent}`);
      for (const element of document.querySelectorAll('h1, h2, h3, .error-row-type')) if (clipped(element)) found.push(`heading: ${element.textContent}`);
      // every error row's sample lies inside its row
      for (const row of document.querySelectorAll('.error-row')) {
        const outer = row.getBoundingClientRect();
        for (const figure of row.querySelectorAll('figure')) {
          const inner = figure.getBoundingClientRect();
          if (inner.left < outer.left || inner.right > outer.right + 1) found.push(`error row: ${row.id}`);
        }
      }
      return found;
    });
    expect(cut).toEqual([]);
  });
}

test('below 1280 px the page is one column, in reading order', async ({ page }) => {
  await page.setViewportSize({ width: 1279, height: 900 });
  await page.goto(claim.url);
  const prose = await box(page.locator('.endpoint-call > .endpoint-prose'));
  const call = await box(aside(page));
  expect(call.y).toBeGreaterThanOrEqual(prose.y + prose.height);
  expect(Math.abs(call.x - prose.x)).toBeLessThanOrEqual(1);
});

test('on a phone the page does not scroll sideways; wide code scrolls in its own frame', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(claim.url);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  const curlFrame = shownSample(page, 'curl -X POST').locator('.code-frame-body');
  expect(await curlFrame.evaluate((frame) => frame.scrollWidth > frame.clientWidth)).toBe(true);
  const frame = await box(curlFrame);
  expect(frame.x + frame.width).toBeLessThanOrEqual(390);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [1440, 1024]) {
    test(`every sample and example is on the page, in reading order (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(claim.url);
      for (const label of ['cURL', 'JavaScript', 'Python', 'Go']) {
        await expect(samples(page).locator('figure', { hasText: label }).first()).toBeVisible();
      }
      await expect(page.locator('.endpoint-row figure', { hasText: `Example response ${claim.success!.status}` })).toBeVisible();
      for (const row of claim.errors) await expect(page.locator(`li[id="${row.type}"] pre`)).toBeVisible();

      // the order in which the page reads as one column: the call after what it sends, before its answers
      const order = ['.endpoint-request-line', '#authorization', '#path-parameters', '#request-body', '#try-it', '#code-samples', '#response', '#errors'];
      const tops = await Promise.all(order.map(async (selector) => (await box(page.locator(selector).first())).y));
      const domOrder = await page.evaluate(
        (selectors) =>
          selectors.map((selector) => document.querySelector(selector)!).every((element, index, all) =>
            index === 0 ? true : !!(all[index - 1].compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
          ),
        order,
      );
      expect(domOrder).toBe(true);
      if (width < 1280) expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    });
  }
});
