import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildFixtureSite, startFixtureSite, type FixtureSite } from './support/fixture-site';
import { gotoHydrated } from './support/hydrated';

/**
 * The changelog of a site built from tests/fixtures/changes/site: three releases (1.0.0, the first
 * documented; 1.1.0; 2.0.0 with breaking changes) and unreleased changes on top of 2.0.0. Pages are
 * made from the document at build time, so the site is built for it (once, then reused while the
 * fixture and the project's build are unchanged).
 */
const fixture = 'tests/fixtures/changes/site/partner-api.yaml';
const createBooking = '/partner-api/booking/createBooking';

let site: FixtureSite | undefined;
const at = (path: string) => `${site!.url}${path}`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  const distDir = await buildFixtureSite('changes', fixture);
  site = await startFixtureSite(distDir, fixture, { WINGFIELD_DEV_URL: '' });
});

test.afterAll(() => site?.stop());

const release = (page: Page, version: string) => page.locator(`section[data-release="${version}"]`);

test('the changelog lists Unreleased first, then the releases newest first, breaking changes first and marked in words', async ({ page }) => {
  await page.goto(at('/partner-api/changelog'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changelog');
  expect(await page.locator('section[data-release]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-release')))).toEqual([
    'unreleased',
    '2.0.0',
    '1.1.0',
    '1.0.0',
  ]);
  await expect(release(page, '2.0.0')).toContainText('2026-10-01');
  await expect(release(page, '1.0.0')).toContainText('The first release documented here, recorded on 2026-03-02');

  // the class is a word on each badge, breaking ones first
  const badges = release(page, '2.0.0').locator('li [data-change-class]');
  await expect(badges).toHaveText(['Breaking', 'Breaking', 'Breaking', 'Breaking', 'Non-breaking', 'Documentation']);
  await expect(release(page, 'unreleased').locator('li').first()).toContainText('Breaking');
  await expect(release(page, 'unreleased').locator('li').first()).toContainText('The 409 response was removed.');

  // an operation that is gone has no link; one that exists links to its page and to the field's row
  const removed = release(page, '2.0.0').getByRole('listitem').filter({ hasText: 'DELETE /bookings/{bookingId}' });
  await expect(removed).toContainText('no longer in the API');
  await expect(removed.getByRole('link')).toHaveCount(0);
  const players = release(page, '2.0.0').getByRole('listitem').filter({ hasText: 'became required in the request body' });
  await expect(players.getByRole('link', { name: /Create a booking/ })).toHaveAttribute('href', createBooking);
  await players.getByRole('link', { name: 'players row' }).click();
  await expect(page).toHaveURL(at(`${createBooking}#request-field-players`));
  const row = page.locator('tr#request-field-players');
  await expect(row).toBeInViewport();
  await expect(row).toContainText('players');

  // a webhook's payload is judged as its receiver reads it, and links to the webhook's page and row
  await page.goto(at('/partner-api/changelog'));
  const courtName = release(page, 'unreleased').getByRole('listitem').filter({ hasText: 'Field courtName was removed from the payload.' });
  await expect(courtName.locator('[data-change-class]')).toHaveText('Breaking');
  await expect(courtName.getByRole('link', { name: /Booking confirmed/ })).toHaveAttribute('href', /^\/partner-api\/webhooks\/[a-z-]+$/);
  const confirmedAt = release(page, 'unreleased').getByRole('listitem').filter({ hasText: 'Required field confirmedAt was added to the payload.' });
  await expect(confirmedAt.locator('[data-change-class]')).toHaveText('Non-breaking');
  await confirmedAt.getByRole('link', { name: 'confirmedAt row' }).click();
  await expect(page).toHaveURL(/\/partner-api\/webhooks\/[a-z-]+#request-field-confirmedAt$/);
  await expect(page.locator('tr#request-field-confirmedAt')).toBeInViewport();

  // the feed is announced, and the navigation leads to the changelog
  await page.goto(at('/partner-api/changelog'));
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/partner-api\/changelog\/feed\.xml$/);
  await expect(page.locator('#site-nav').getByRole('link', { name: 'Changelog' })).toHaveAttribute('href', '/partner-api/changelog');
});

test('a release has its own page and Markdown twin, in llms.txt, the sitemap and search', async ({ page, request }) => {
  await page.goto(at('/partner-api/changelog/1.1.0'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release 1.1.0');
  await expect(page.getByRole('listitem').filter({ hasText: 'Field note was added to the request body.' }).getByRole('link', { name: 'note row' })).toHaveAttribute(
    'href',
    `${createBooking}#request-field-note`,
  );
  const markdown = await (await request.get(at('/partner-api/changelog.md'))).text();
  expect(markdown).toContain('## Unreleased');
  expect(markdown.indexOf('## 2.0.0')).toBeGreaterThan(markdown.indexOf('## Unreleased'));
  expect(markdown).toContain('- **Breaking** (changed): `players` became required in the request body. In [Create a booking](/partner-api/booking/createBooking)');
  expect(await (await request.get(at('/llms.txt'))).text()).toContain('[Release 2.0.0](/partner-api/changelog/2.0.0.md)');
  expect(await (await request.get(at('/llms-full.txt'))).text()).toContain('<!-- /partner-api/changelog/2.0.0 -->');
  expect(await (await request.get(at('/sitemap.xml'))).text()).toContain('/partner-api/changelog/1.1.0</loc>');
  const hits = (await (await request.get(at('/api/search?query=became%20required'))).json()) as { url: string }[];
  expect(hits.map((hit) => hit.url.split('#')[0])).toContain('/partner-api/changelog');
});

test('an endpoint page says which release added, changed and deprecated it, and its Markdown twin says the same', async ({ page, request }) => {
  await page.goto(at(createBooking));
  const note = page.getByRole('complementary', { name: 'Changes to this endpoint' });
  await expect(note.locator('summary', { hasText: 'Changed in 2.0.0' })).toContainText('(2 changes, breaking)');
  await expect(note.getByRole('list', { name: 'Changes in 2.0.0' })).toContainText('players became required in the request body.');
  await expect(note.getByRole('list', { name: 'Changes in 2.0.0' }).locator('[data-change-class]').first()).toHaveText('Breaking');
  await expect(note.locator('summary', { hasText: 'Changed in 1.1.0' })).toBeVisible();
  await note.getByRole('link', { name: 'Release 2.0.0 in the changelog' }).click();
  await expect(page).toHaveURL(at('/partner-api/changelog/2.0.0'));

  await page.goto(at('/partner-api/court/getCourt'));
  await expect(page.getByRole('complementary', { name: 'Changes to this endpoint' })).toHaveText('Added in 1.1.0');
  await page.goto(at('/partner-api/booking/getBooking'));
  await expect(page.getByRole('complementary', { name: 'Changes to this endpoint' })).toContainText('Deprecated in 2.0.0');

  const markdown = await (await request.get(at(`${createBooking}.md`))).text();
  expect(markdown).toContain('Changed in [2.0.0](/partner-api/changelog/2.0.0):\n\n- **Breaking** (changed): `players` became required in the request body.');
  expect(await (await request.get(at('/partner-api/court/getCourt.md'))).text()).toContain('Added in [1.1.0](/partner-api/changelog/1.1.0).');
});

test('the feed is Atom: one entry per release, newest first, its changes as HTML', async ({ page, request }) => {
  const response = await request.get(at('/partner-api/changelog/feed.xml'));
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  await page.goto(at('/partner-api/changelog'));
  const feed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    return {
      error: document.getElementsByTagName('parsererror').length,
      root: `${document.documentElement.namespaceURI} ${document.documentElement.localName}`,
      entries: [...document.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        title: entry.getElementsByTagNameNS(atom, 'title')[0].textContent,
        link: entry.getElementsByTagNameNS(atom, 'link')[0].getAttribute('href'),
        updated: entry.getElementsByTagNameNS(atom, 'updated')[0].textContent,
        content: entry.getElementsByTagNameNS(atom, 'content')[0].textContent,
      })),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.entries.map((entry) => [entry.title?.split(':')[0], entry.updated])).toEqual([
    ['2.0.0', '2026-10-01T00:00:00Z'],
    ['1.1.0', '2026-06-15T00:00:00Z'],
    ['1.0.0', '2026-03-02T00:00:00Z'],
  ]);
  expect(feed.entries[0].link).toMatch(/\/partner-api\/changelog\/2\.0\.0$/);
  expect(feed.entries[0].content).toContain('<li><strong>Breaking</strong>: <code>players</code> became required in the request body.');
  // unreleased changes are not announced
  expect(xml).not.toContain('409 response');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the compare view shows every change between two releases chosen in its form, at a URL that can be shared', async ({ page }) => {
    await page.goto(at('/partner-api/changelog'));
    await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('2.0.0');
    await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('1.0.0');
    await page.getByRole('button', { name: 'Compare releases' }).click();
    // either order: the view is from the older to the newer
    await expect(page).toHaveURL(at('/partner-api/changelog/compare/1.0.0...2.0.0'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes from 1.0.0 to 2.0.0');
    const changes = page.getByRole('list', { name: 'Changes from 1.0.0 to 2.0.0' });
    await expect(changes).toContainText('players became required in the request body.');
    await expect(changes).toContainText('Field note was added to the request body.');
    const classes = await changes.locator('[data-change-class]').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-change-class')));
    expect(classes.indexOf('non-breaking')).toBeGreaterThan(classes.lastIndexOf('breaking'));
    await expect(page.getByRole('combobox', { name: 'From', exact: true })).toHaveValue('1.0.0');
    await expect(page.getByRole('combobox', { name: 'To', exact: true })).toHaveValue('2.0.0');
  });

  test('a compare view or release that is not one is a 404 that never shows what was asked for', async ({ page, request }) => {
    const hostile = '<img src=x onerror=alert(1)>';
    for (const path of [
      `/partner-api/changelog/compare/${encodeURIComponent(hostile)}...2.0.0`,
      '/partner-api/changelog/compare/2.0.0...1.0.0',
      '/partner-api/changelog/compare/1.0.0...9.9.9',
      `/partner-api/changelog/${encodeURIComponent(hostile)}`,
      `/partner-api/changelog/compare?from=${encodeURIComponent(hostile)}&to=1.0.0`,
    ]) {
      const response = await request.get(at(path), { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain(hostile);
      await page.goto(at(path));
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
  });
});

const link = (payload: unknown) => `${createBooking}#try-it=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;

test('a shared link made for an earlier release says what changed in the request since, and loads what is still valid', async ({ page }) => {
  await gotoHydrated(page, at(link({ v: 1, op: 'createBooking', ver: '1.0.0', query: { notify: true, source: 'app' }, body: { courtId: 'court-1', players: 2 } })));
  const notice = page.locator('#try-it-shared-link-notice');
  await expect(notice).toContainText('Loaded from a shared link.');
  await expect(notice).toContainText('Made for release 1.0.0; this endpoint has changed since (now 2.0.0):');
  const changes = notice.getByRole('list', { name: 'Changes since 1.0.0' });
  await expect(changes.getByRole('listitem').first()).toHaveText('Breaking: players became required in the request body.');
  expect((await changes.getByRole('listitem').allTextContents()).slice(1).sort()).toEqual([
    'Non-breaking: Field note was added to the request body.',
    'Non-breaking: The notify query parameter was deprecated.',
    'Non-breaking: kind can be the new value league in the request body.',
  ]);
  // only the request side: the response's new `pending` status is not the link's concern
  await expect(notice).not.toContainText('pending');
  await expect(notice).toContainText('Left out, since this endpoint no longer has them: query parameter source.');
  await page.getByRole('button', { name: 'Edit as JSON' }).click();
  expect(JSON.parse(await page.getByRole('textbox', { name: 'Body (JSON)' }).inputValue())).toEqual({ courtId: 'court-1', players: 2 });

  // a link made now carries the version, and says nothing of changes
  await page.getByRole('button', { name: 'Copy link to this request' }).click();
  const fresh = await page.getByRole('textbox', { name: 'Link to this request' }).inputValue();
  expect(JSON.parse(Buffer.from(fresh.split('#try-it=')[1], 'base64url').toString())).toMatchObject({ v: 1, op: 'createBooking', ver: '2.0.0' });
  const other = await page.context().newPage();
  await gotoHydrated(other, fresh);
  await expect(other.getByText('Loaded from a shared link.')).toBeVisible();
  await expect(other.getByText(/Made for release/)).toHaveCount(0);
});

test('an old link without a version still loads; a link with a hostile version is of an unknown one, shown as nothing', async ({ page }) => {
  await gotoHydrated(page, at(link({ v: 1, op: 'createBooking', query: { notify: true } })));
  await expect(page.getByText('Loaded from a shared link.')).toBeVisible();
  await expect(page.getByText(/Made for release|does not know/)).toHaveCount(0);

  const hostile = '<img src=x onerror=alert(1)>';
  await gotoHydrated(page, at(link({ v: 1, op: 'createBooking', ver: hostile, query: { notify: true } })));
  await page.reload();
  await expect(page.getByText('Loaded from a shared link.')).toBeVisible();
  await expect(page.getByText('made for a version of the API that this site does not know')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.locator('#try-it-shared-link-notice').innerHTML()).not.toContain('onerror');
});

for (const path of ['/partner-api/changelog', createBooking, '/partner-api/changelog/compare/1.0.0...2.0.0']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious or critical accessibility violation on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(at(path));
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
