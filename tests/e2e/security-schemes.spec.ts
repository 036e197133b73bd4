import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './support/hydrated';
import { echoedRequests, securitySiteOutput, type EchoedRequest } from './support/security-site';

/**
 * The panel on a document that is not Wingfield's (tests/fixtures/security/secured-api.yaml),
 * through the real proxy to a local API that answers what it received: each kind of credential
 * arrives where its scheme says, and nowhere else.
 */

const page = (operationId: string) => `/partner-api/items/${operationId}`;
const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

async function openPanel(tab: Page, operationId: string) {
  await gotoHydrated(tab, page(operationId));
  await tab.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(tab.getByRole('button', { name: 'Send' })).toBeVisible();
}

async function send(tab: Page) {
  await tab.getByRole('button', { name: 'Send' }).click();
  const response = tab.getByRole('region', { name: 'Response' });
  await expect(response).toBeVisible();
  await expect(response).toContainText('200');
}

/** The one request the API received on `path` whose credentials include `marker`. */
async function receivedWith(path: string, marker: string): Promise<EchoedRequest> {
  let found: EchoedRequest | undefined;
  await expect
    .poll(async () => {
      found = (await echoedRequests()).find((request) => request.path === path && JSON.stringify(request).includes(marker));
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

test('an API key in a header arrives as that header', async ({ page: tab }) => {
  const key = unique('hk');
  await openPanel(tab, 'listHeaderKeyItems');
  await tab.getByLabel('API key (header X-API-Key)', { exact: true }).fill(key);
  await send(tab);
  const received = await receivedWith('/header-key/items', key);
  expect(received.headers['x-api-key']).toBe(key);
  expect(received.headers.authorization).toBeUndefined();
  expect(received.query).toEqual({});
});

test('a header key that a header cannot carry is not sent, and the panel says why', async ({ page: tab }) => {
  const proxied: string[] = [];
  tab.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/proxy') proxied.push(request.url());
  });
  await openPanel(tab, 'listHeaderKeyItems');
  await tab.getByLabel('API key (header X-API-Key)', { exact: true }).fill('clé-secrète');
  await tab.getByRole('button', { name: 'Send' }).click();
  await expect(tab.getByRole('alert').filter({ hasText: 'Not sent' })).toContainText('API key (header X-API-Key) holds characters that a header cannot carry');
  expect(proxied).toEqual([]);
});

test('an API key in the query arrives in the query, and the URL the browser called does not hold it', async ({ page: tab }) => {
  const key = unique('qk');
  const proxied: string[] = [];
  tab.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/proxy') proxied.push(request.url());
  });
  await openPanel(tab, 'listQueryKeyItems');
  await tab.getByLabel('API key (query api_key)', { exact: true }).fill(key);
  await send(tab);
  const received = await receivedWith('/query-key/items', key);
  expect(received.query).toEqual({ api_key: key });
  expect(proxied).toHaveLength(1);
  expect(proxied[0]).not.toContain(key);
});

test('an API key in a cookie arrives as that cookie, and the site keeps none', async ({ page: tab, context }) => {
  const key = unique('ck');
  await openPanel(tab, 'listCookieKeyItems');
  await tab.getByLabel('API key (cookie session_key)', { exact: true }).fill(key);
  await send(tab);
  const received = await receivedWith('/cookie-key/items', key);
  expect(received.cookies).toEqual({ session_key: key });
  expect(await context.cookies()).toEqual([]);
});

test('HTTP basic arrives as Authorization: Basic of username:password', async ({ page: tab }) => {
  const password = unique('pw');
  await openPanel(tab, 'listBasicItems');
  await tab.getByLabel('Username', { exact: true }).fill('ada');
  await tab.getByLabel('Password', { exact: true }).fill(password);
  await send(tab);
  const expected = `Basic ${Buffer.from(`ada:${password}`).toString('base64')}`;
  const received = await receivedWith('/basic/items', expected);
  expect(received.headers.authorization).toBe(expected);
});

test('a bearer token arrives as Authorization: Bearer', async ({ page: tab }) => {
  const token = unique('jwt');
  await openPanel(tab, 'listBearerItems');
  await tab.getByLabel('Bearer token', { exact: true }).fill(token);
  await send(tab);
  const received = await receivedWith('/bearer/items', token);
  expect(received.headers.authorization).toBe(`Bearer ${token}`);
});

test('before it opens, the panel names the credentials this operation takes, not the API token of another document', async ({ page: tab }) => {
  await gotoHydrated(tab, page('listAlternativeItems'));
  await expect(tab.getByText('Send this request with your API key (header X-API-Key) or username and password, and see what comes back.')).toBeVisible();
  await expect(tab.getByText(/API token/)).toHaveCount(0);
});

test("a summary's backticked names are code in the navigation and the title, and plain in the window's title", async ({ page: tab }) => {
  await gotoHydrated(tab, page('listHeaderKeyItems'));
  const link = tab.locator('#site-nav').getByRole('link', { name: 'Items, with an API key in the X-API-Key header.' });
  await expect(link.locator('code')).toHaveText('X-API-Key');
  await expect(tab.getByRole('heading', { level: 1 }).locator('code')).toHaveText('X-API-Key');
  await expect(tab.locator('#site-nav')).not.toContainText('`');
  expect(await tab.title()).toContain('Items, with an API key in the X-API-Key header.');
});

test('of two alternatives, only the one the reader picks arrives', async ({ page: tab }) => {
  const key = unique('hk-alt');
  const password = unique('pw-alt');
  await openPanel(tab, 'listAlternativeItems');
  const choice = tab.getByRole('group', { name: 'Authenticate with' });
  await expect(choice.getByRole('radio', { name: 'API key (header X-API-Key)' })).toBeChecked();
  // the field, not the option of the same name
  const keyField = tab.getByRole('textbox', { name: 'API key (header X-API-Key)', exact: true });
  await keyField.fill(key);
  await choice.getByRole('radio', { name: 'Username and password' }).check();
  await expect(keyField).toHaveCount(0);
  await tab.getByLabel('Username', { exact: true }).fill('grace');
  await tab.getByLabel('Password', { exact: true }).fill(password);
  await send(tab);
  const expected = `Basic ${Buffer.from(`grace:${password}`).toString('base64')}`;
  const received = await receivedWith('/alternatives/items', expected);
  expect(received.headers.authorization).toBe(expected);
  expect(received.headers['x-api-key']).toBeUndefined();
  expect(JSON.stringify(received)).not.toContain(key);
});

test('a set that needs two schemes sends both', async ({ page: tab }) => {
  const header = unique('hk-both');
  const query = unique('qk-both');
  await openPanel(tab, 'listCombinedItems');
  await tab.getByLabel('API key (header X-API-Key)', { exact: true }).fill(header);
  await tab.getByLabel('API key (query api_key)', { exact: true }).fill(query);
  await send(tab);
  const received = await receivedWith('/combined/items', header);
  expect(received.headers['x-api-key']).toBe(header);
  expect(received.query).toEqual({ api_key: query });
});

test('schemes the panel cannot send are named, and the request goes without them', async ({ page: tab }) => {
  await openPanel(tab, 'listUnsupportedItems');
  const panel = tab.getByRole('region', { name: 'Try it' });
  await expect(panel).toContainText('The panel runs the authorization code and client credentials flows; this scheme offers Implicit.');
  await expect(panel).toContainText('Client certificate: the panel cannot send this kind of credential; the request goes without it.');
  await expect(panel).toContainText('HTTP digest credentials: the panel cannot send this kind of credential; the request goes without it.');
  const before = (await echoedRequests()).filter((request) => request.path === '/unsupported/items').length;
  await tab.getByRole('button', { name: 'Send' }).click();
  await expect(tab.getByRole('region', { name: 'Response' })).toBeVisible();
  let sent: EchoedRequest[] = [];
  await expect
    .poll(async () => {
      sent = (await echoedRequests()).filter((request) => request.path === '/unsupported/items');
      return sent.length;
    })
    .toBe(before + 1);
  expect(sent.at(-1)!.headers.authorization).toBeUndefined();
});

test.describe('no credential in the history, a shared link or the site\'s log', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each value used is found in none of them, on this tab or this device', async ({ page: tab }) => {
    const secrets = { header: unique('hk-h'), query: unique('qk-h'), user: unique('user-h'), password: unique('pw-h'), bearer: unique('jwt-h') };
    const basic = Buffer.from(`${secrets.user}:${secrets.password}`).toString('base64');

    await openPanel(tab, 'listCombinedItems');
    await tab.getByLabel('API key (header X-API-Key)', { exact: true }).fill(secrets.header);
    await tab.getByLabel('API key (query api_key)', { exact: true }).fill(secrets.query);
    await send(tab);
    await receivedWith('/combined/items', secrets.header);
    await expect(tab.getByRole('list', { name: 'Request history' }).getByRole('listitem')).toHaveCount(1);
    await tab.getByRole('button', { name: 'Copy link to this request' }).click();
    const combinedLink = await tab.getByRole('textbox', { name: 'Link to this request' }).inputValue();

    // remembered on this device: the credentials and the history move to localStorage
    await openPanel(tab, 'listAlternativeItems');
    await tab.getByLabel('Remember on this device').check();
    await tab.getByRole('group', { name: 'Authenticate with' }).getByRole('radio', { name: 'Username and password' }).check();
    await tab.getByLabel('Username', { exact: true }).fill(secrets.user);
    await tab.getByLabel('Password', { exact: true }).fill(secrets.password);
    await send(tab);
    await receivedWith('/alternatives/items', basic);
    await tab.getByRole('button', { name: 'Copy link to this request' }).click();
    const alternativesLink = await tab.getByRole('textbox', { name: 'Link to this request' }).inputValue();

    await openPanel(tab, 'listBearerItems');
    await tab.getByLabel('Bearer token', { exact: true }).fill(secrets.bearer);
    await send(tab);
    await receivedWith('/bearer/items', secrets.bearer);
    await expect(tab.getByRole('list', { name: 'Request history' }).getByRole('listitem')).toHaveCount(3);
    await tab.getByRole('button', { name: 'Copy link to this request' }).click();
    const bearerLink = await tab.getByRole('textbox', { name: 'Link to this request' }).inputValue();

    const history = await tab.evaluate(() => [sessionStorage.getItem('wingfield-try-it-history'), localStorage.getItem('wingfield-try-it-history')].join('\n'));
    expect(history).toContain('/bearer/items');
    const links = [combinedLink, alternativesLink, bearerLink].map((link) => `${link}\n${Buffer.from(link.split('#try-it=')[1] ?? '', 'base64url').toString()}`);
    const places = { history, links: links.join('\n'), 'site log': securitySiteOutput() };
    expect(places['site log']).toContain('"msg":"proxy request"');
    for (const [place, text] of Object.entries(places)) {
      for (const secret of [...Object.values(secrets), basic]) expect(text, `${place} holds ${secret}`).not.toContain(secret);
    }
  });
});

test('a document without a releases folder has no changelog, and no page links to one', async ({ request }) => {
  expect((await request.get('/partner-api/changelog')).status()).toBe(404);
  expect((await request.get('/partner-api/changelog/feed.xml')).status()).toBe(404);
  expect(await (await request.get('/llms.txt')).text()).not.toContain('changelog');
  expect(await (await request.get(page('listHeaderKeyItems'))).text()).not.toContain('/partner-api/changelog');
});
