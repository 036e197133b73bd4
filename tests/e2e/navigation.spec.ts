import { expect, test, type Page, type Request } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { errorStatusSection, pageSection } from '@/lib/endpoints/page-sections';
import { documentTitle } from '@/lib/site-config';
import { gotoHydrated } from './support/hydrated';
import { openSearch } from './support/search';

const model = getApiModel();
const claimUrl = '/partner-api/organization/claimOrganizationRelation';
const claim = model.groups.flatMap((group) => group.endpoints).find((endpoint) => endpoint.url === claimUrl)!;
const neighbour = model.groups.find((group) => group.endpoints.includes(claim))!.endpoints.find((endpoint) => endpoint !== claim)!;

/** Marks the document: a full page load forgets the mark, a page swapped by the router keeps it. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { sameDocumentMark: true }));
}
const sameDocument = (page: Page) => page.evaluate(() => 'sameDocumentMark' in window);

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Documentation' });

test('a sidebar link swaps the page without a full load; Back returns to the previous page', async ({ page }) => {
  await gotoHydrated(page, claimUrl);
  await markDocument(page);
  await page.evaluate(() => window.scrollTo(0, 1500));

  await sidebar(page).locator(`a[href="${neighbour.url}"]`).click();
  await expect(page).toHaveURL(neighbour.url);
  await expect(page.locator('#page h1')).toHaveText(neighbour.title);
  await expect(page).toHaveTitle(documentTitle(neighbour.title));
  expect(await sameDocument(page)).toBe(true);
  // as after a full load: at the top, the new link current, focus on the new title for screen readers
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(sidebar(page).locator('a[aria-current="page"]')).toHaveAttribute('href', neighbour.url);
  await expect(page.locator('#page h1')).toBeFocused();
  await expect(page.locator('#page-toc a[data-active]')).toHaveCount(1);

  await page.goBack();
  await expect(page).toHaveURL(claimUrl);
  await expect(page.locator('#page h1')).toHaveText(claim.title);
  expect(await sameDocument(page)).toBe(true);
});

/** What a reader can find on the page: its text and the sections and rows a link can point at. */
const pageContent = (page: Page) =>
  page.locator('#page').evaluate((main: HTMLElement) => ({
    text: main.innerText,
    // React's own ids (`useId`, for the sample tabs) differ between a hydrated and a client-built page; nothing links to them
    ids: [...main.querySelectorAll('[id]')].map((element) => element.id).filter((id) => !/^(_r_|«|:r)/i.test(id)),
  }));

test('after a swap the lower sections follow the title: the page is whole, and the contents follow the reading', async ({ page }) => {
  // nothing fetched before the click: the page is built from its payload once it arrives
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  await gotoHydrated(page, neighbour.url);
  const fullLoad = await pageContent(page);
  await gotoHydrated(page, claimUrl);
  await markDocument(page);

  await sidebar(page).locator(`a[href="${neighbour.url}"]`).click();
  await expect(page.locator('#page h1')).toHaveText(neighbour.title);
  await expect(page.locator('#page h1')).toBeFocused();
  // the same text and anchors as a full load of the page, down to its last error row
  await expect.poll(() => pageContent(page)).toEqual(fullLoad);
  expect(await sameDocument(page)).toBe(true);

  // read down to the errors: the contents mark that section or one of its statuses
  const errors = pageSection('errors');
  await page.evaluate((id) => window.scrollTo(0, document.getElementById(id)!.getBoundingClientRect().top + window.scrollY - 20), errors.id);
  const lowerSections = [errors.id, ...neighbour.errorStatuses.map((status) => errorStatusSection(status.status).id)].map((id) => `#${id}`);
  await expect.poll(async () => lowerSections.includes((await page.locator('#page-toc a[data-active]').getAttribute('href')) ?? '')).toBe(true);
});

test("within a section the navigation stays as it is; another section's page brings its own", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await gotoHydrated(page, claimUrl);
  const nav = page.locator('#site-nav');
  await nav.evaluate((element) => {
    Object.assign(element, { sameNavMark: true });
    element.scrollTop = 40;
  });
  const kept = () => nav.evaluate((element) => 'sameNavMark' in element);

  await sidebar(page).locator(`a[href="${neighbour.url}"]`).click();
  await expect(page.locator('#page h1')).toHaveText(neighbour.title);
  expect(await kept()).toBe(true);
  expect(await nav.evaluate((element) => element.scrollTop)).toBe(40);
  await expect(sidebar(page).locator('a[aria-current="page"]')).toHaveAttribute('href', neighbour.url);

  const other = model.groups.find((group) => !group.endpoints.includes(claim))!;
  await sidebar(page).getByRole('link', { name: other.name, exact: true }).click();
  await expect(page.locator('#page h1')).toHaveText(other.endpoints[0].title);
  await expect(sidebar(page).locator('a[aria-current="page"]')).toHaveAttribute('href', other.endpoints[0].url);
  // the other group is open now, and the first one closed
  await expect(sidebar(page).locator(`a[href="${other.endpoints.at(-1)!.url}"]`)).toHaveCount(1);
  await expect(sidebar(page).locator(`a[href="${neighbour.url}"]`)).toHaveCount(0);
});

/**
 * The pages whose React payload the page fetches (prefetches and swaps), by path, and the pages
 * whose prefetch has arrived whole. A prefetch is two steps: the route's tree, then, once that
 * is in, its segments; only with the page's own segment, and nothing still on its way, is the
 * page there before the click.
 */
function watchPayloads(page: Page) {
  const paths: string[] = [];
  const pending = new Set<Request>();
  const arrived = new Set<string>();
  page.on('request', (request) => {
    if (request.headers()['rsc'] !== '1') return;
    paths.push(new URL(request.url()).pathname);
    pending.add(request);
  });
  const done = (request: Request) => void pending.delete(request);
  page.on('requestfailed', done);
  page.on('requestfinished', (request) => {
    done(request);
    if (request.headers()['next-router-segment-prefetch']?.endsWith('/__PAGE__')) arrived.add(new URL(request.url()).pathname);
  });
  return { paths, prefetched: () => (pending.size === 0 ? [...arrived].sort() : []) };
}

test('the previous and next pages are fetched while the reader reads, so that moving on swaps at once', async ({ page }) => {
  const payloads = watchPayloads(page);
  await gotoHydrated(page, claimUrl);
  const footer = page.getByRole('navigation', { name: 'Previous and next page' });
  const [previous, next] = await footer.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  await expect.poll(payloads.prefetched).toEqual([previous, next].sort());
  expect([...new Set(payloads.paths)].sort()).toEqual([previous, next].sort());

  // the next page is already here: following the link does not fetch it again (the new page
  // then fetches its own neighbours)
  const fetched = payloads.paths.length;
  await footer.locator(`a[href="${next}"]`).click();
  await expect(page).toHaveURL(next);
  await expect(page.locator('#page h1')).not.toHaveText(claim.title);
  expect(payloads.paths.slice(fetched)).not.toContain(next);
});

test('a reader who asked to save data gets no prefetch', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const payloads = watchPayloads(page);
  await gotoHydrated(page, claimUrl);
  // the page is idle and still nothing is fetched: a swap happens only on a click
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  expect(payloads.paths).toEqual([]);
});

test('after a swap, the try-it panel is the new operation\'s, and starts closed', async ({ page }) => {
  await gotoHydrated(page, claimUrl);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByLabel('API token')).toBeVisible();
  await markDocument(page);

  await sidebar(page).locator(`a[href="${neighbour.url}"]`).click();
  await expect(page.locator('#page h1')).toHaveText(neighbour.title);
  await expect(page.getByLabel('API token')).toHaveCount(0);
  const payload = page.waitForRequest((request) => request.url().includes(`/api/try-it/${neighbour.operationId}`));
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await payload;
  await expect(page.getByLabel('API token')).toBeVisible();
  expect(await sameDocument(page)).toBe(true);
});

test('the theme, copy buttons and search keep working after a swap', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, claimUrl);
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await markDocument(page);

  await sidebar(page).locator(`a[href="${neighbour.url}"]`).click();
  await expect(page.locator('#page h1')).toHaveText(neighbour.title);
  await expect(page.locator('html')).toHaveClass(/dark/);

  const copy = page.locator('#page figure').first().getByRole('button', { name: 'Copy code' });
  await copy.click();
  await expect(copy).toContainText('Copied');

  const dialog = await openSearch(page);
  await dialog.getByRole('textbox').fill('claim organization');
  await dialog.getByRole('button', { name: new RegExp(claim.title) }).first().click();
  await expect(page).toHaveURL(claimUrl);
  await expect(page.locator('#page h1')).toHaveText(claim.title);
  expect(await sameDocument(page)).toBe(true);
});

test('on a phone, following a link in the menu closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, claimUrl);
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(sidebar(page)).toBeVisible();
  await sidebar(page).locator(`a[href="${neighbour.url}"]`).click();
  await expect(page.locator('#page h1')).toHaveText(neighbour.title);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar(page)).toBeHidden();
});

test('links in a guide and on an error type\'s page swap the page too, down to the linked row', async ({ page }) => {
  await gotoHydrated(page, '/partner-api/authentication');
  await markDocument(page);
  await page.locator(`#page .prose a[href="${claimUrl}"]`).first().click();
  await expect(page.locator('#page h1')).toHaveText(claim.title);
  expect(await sameDocument(page)).toBe(true);

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Error types' }).click();
  await expect(page).toHaveURL('/partner-api/errors');
  await page.locator('#page a[href="/partner-api/errors/connect_token_unusable"]').click();
  await expect(page.locator('#page h1')).toHaveText('connect_token_unusable');
  await page.locator(`#page a[href="${claimUrl}#connect_token_unusable"]`).click();
  await expect(page).toHaveURL(`${claimUrl}#connect_token_unusable`);
  await expect(page.locator('#connect_token_unusable')).toBeInViewport();
  expect(await sameDocument(page)).toBe(true);
});
