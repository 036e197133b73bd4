import { expect, test, type Page } from '@playwright/test';
import { startLocalIdp, type LocalIdp } from '../support/local-idp';
import { gotoHydrated } from './support/hydrated';
import { securityIdpPort, securitySiteUrl } from './support/ports';
import { echoedRequests, securitySiteOutput } from './support/security-site';

// the identity provider holds the port the document names: one spec file at a time
test.describe.configure({ mode: 'serial' });

const machineSecret = 'machine-secret-5c1e9b';
let idp: LocalIdp;

test.beforeAll(async () => {
  idp = await startLocalIdp({ port: securityIdpPort, clients: { panel: {}, machine: { secret: machineSecret } }, scopes: ['read:items', 'write:items'] });
});
test.afterAll(() => idp.close());

const pageOf = (operationId: string) => `${securitySiteUrl}/partner-api/items/${operationId}`;

async function openPanel(page: Page, operationId: string) {
  await gotoHydrated(page, pageOf(operationId));
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
}

/** The Authorization header the echo API received on its last request to `path`. */
async function lastAuthorization(path: string): Promise<string | undefined> {
  const received = (await echoedRequests()).filter((request) => request.path === path);
  const header = received.at(-1)?.headers.authorization;
  return Array.isArray(header) ? header[0] : header;
}

async function send(page: Page) {
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('200');
}

const authorized = (page: Page) => page.getByRole('status').filter({ hasText: 'Authorized' });

test('authorization code with PKCE: the provider checks the verifier against the challenge, and the API receives its access token', async ({ page }) => {
  await openPanel(page, 'listAuthCodeItems');
  // every scope of the flow is offered; the one the operation requires is ticked
  await expect(page.getByRole('checkbox', { name: /read:items/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /write:items/ })).not.toBeChecked();
  await page.getByLabel('Client ID').fill('panel');
  await page.getByRole('button', { name: 'Authorize' }).click();
  await expect(authorized(page)).toBeVisible();

  const authorize = idp.requests.filter((request) => request.path === '/authorize').at(-1)!;
  expect(authorize.query).toMatchObject({ response_type: 'code', client_id: 'panel', code_challenge_method: 'S256', scope: 'read:items', redirect_uri: `${securitySiteUrl}/oauth/callback` });
  const check = idp.pkceChecks.at(-1)!;
  expect(check.challenge).toBe(authorize.query.code_challenge);
  expect(check.matched).toBe(true);

  await send(page);
  const issued = idp.issued.at(-1)!;
  expect(issued.grant).toBe('authorization_code');
  expect(await lastAuthorization('/auth-code/items')).toBe(`Bearer ${issued.accessToken}`);
});

test("a refusal of the provider is shown with its error and error_description, and nothing is authorized", async ({ page }) => {
  await openPanel(page, 'listAuthCodeItems');
  await page.getByLabel('Client ID').fill('panel');
  idp.denyNext = { error: 'access_denied', error_description: 'The reader declined to authorize the panel.' };
  await page.getByRole('button', { name: 'Authorize' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The provider refused' })).toHaveText('The provider refused the authorization: access_denied: The reader declined to authorize the panel.');
  await expect(authorized(page)).toHaveCount(0);
});

/** The client credentials flow in the panel, then Send. */
async function authorizeAsMachine(page: Page) {
  await openPanel(page, 'listClientCredentialsItems');
  await page.getByLabel('Client ID').fill('machine');
  await page.getByLabel('Client secret', { exact: true }).fill(machineSecret);
  await page.getByRole('button', { name: 'Authorize' }).click();
  await expect(authorized(page)).toBeVisible();
  await send(page);
}

test('client credentials: the API receives the access token issued to the client', async ({ page }) => {
  await authorizeAsMachine(page);
  const issued = idp.issued.at(-1)!;
  expect(issued).toMatchObject({ grant: 'client_credentials', clientId: 'machine', scope: 'read:items' });
  expect(await lastAuthorization('/client-credentials/items')).toBe(`Bearer ${issued.accessToken}`);
});

test('OpenID Connect: discovery from openIdConnectUrl, then the authorization code flow', async ({ page }) => {
  await openPanel(page, 'listOidcItems');
  await expect(page.getByRole('checkbox', { name: /openid/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /read:items/ })).toBeChecked();
  await page.getByLabel('Client ID').fill('panel');
  await page.getByRole('button', { name: 'Authorize' }).click();
  await expect(authorized(page)).toBeVisible();
  expect(idp.requests.some((request) => request.path === '/.well-known/openid-configuration')).toBe(true);
  expect(idp.pkceChecks.at(-1)?.matched).toBe(true);
  await send(page);
  expect(await lastAuthorization('/oidc/items')).toBe(`Bearer ${idp.issued.at(-1)!.accessToken}`);
});

test('an expired access token is refreshed before the request, and the API receives the new one', async ({ page }) => {
  idp.accessTokenSeconds = 8;
  try {
    await openPanel(page, 'listAuthCodeItems');
    await page.getByLabel('Client ID').fill('panel');
    await page.getByRole('button', { name: 'Authorize' }).click();
    await expect(authorized(page)).toBeVisible();
    const first = idp.issued.at(-1)!;
    // the panel says when it will refresh: within a few seconds of the expiry
    await expect(authorized(page)).toContainText('it is refreshed before the next request', { timeout: 15_000 });
    await send(page);
    const refreshed = idp.issued.at(-1)!;
    expect(refreshed.grant).toBe('refresh_token');
    expect(idp.requests.filter((request) => request.form.grant_type === 'refresh_token').at(-1)?.form.refresh_token).toBe(first.refreshToken);
    expect(await lastAuthorization('/auth-code/items')).toBe(`Bearer ${refreshed.accessToken}`);
    expect(refreshed.accessToken).not.toBe(first.accessToken);
  } finally {
    idp.accessTokenSeconds = 60;
  }
});

test('no access token, refresh token, client secret, code or verifier in the history, a shared link or the log', async ({ page }) => {
  await authorizeAsMachine(page);
  await page.getByRole('button', { name: 'Copy link to this request' }).click();
  const link = await page.getByLabel('Link to this request').inputValue();
  const history = await page.evaluate(() => [sessionStorage.getItem('wingfield-try-it-history'), localStorage.getItem('wingfield-try-it-history')].join('\n'));
  expect(history).toContain('/client-credentials/items');

  const tokenRequests = idp.requests.filter((request) => request.path === '/token');
  const secrets = [
    machineSecret,
    ...idp.issued.flatMap((issued) => [issued.accessToken, issued.refreshToken ?? []].flat()),
    ...tokenRequests.flatMap((request) => [request.form.code, request.form.code_verifier].filter((value): value is string => !!value)),
  ];
  expect(secrets.filter((value) => value.startsWith('code_'))).not.toHaveLength(0);
  const log = securitySiteOutput();
  // the token proxy's lines are in the log: what is searched is what it wrote
  expect(log).toContain('"name":"token-proxy"');
  for (const secret of secrets) {
    expect(history, 'the request history').not.toContain(secret);
    expect(link, 'the shared link').not.toContain(secret);
    expect(Buffer.from(link.split('#try-it=')[1] ?? '', 'base64url').toString('utf8'), 'the shared link, decoded').not.toContain(secret);
    expect(log, "the site's log").not.toContain(secret);
  }
});

test('the OAuth client comes with the panel, not with the page', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  const carriesOAuth = async () => (await Promise.all(scripts)).some((text) => text.includes('code_challenge_method') || text.includes('wingfield-oauth'));
  await gotoHydrated(page, pageOf('listAuthCodeItems'));
  expect(await carriesOAuth()).toBe(false);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Authorize' })).toBeVisible();
  expect(await carriesOAuth()).toBe(true);
});
