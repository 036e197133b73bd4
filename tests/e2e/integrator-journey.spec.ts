import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { gotoHydrated } from './support/hydrated';
import { planNext, receivedBy, uniqueToken } from './support/mock-dev-client';
import { openPanel, send } from './support/panel';

const model = getApiModel();
const claim = model.byKey.get('claimOrganizationRelation')!;
const getUser = model.byKey.get('getUserById')!;
const booking = model.byKey.get('upsertCourtBooking')!;
const example = claim.body!.example as Record<string, string>;

const reproduceButton = (page: Page, type: string) => page.getByRole('button', { name: new RegExp(`^Try it: reproduce ${type} `) });

test.describe('reproductions', () => {
  test('each starts from the example plus its fault, says what changed, and Stop gives the request back', async ({ page }) => {
    const token = uniqueToken();
    await openPanel(page, claim.url, token);
    const connectToken = page.getByRole('textbox', { name: 'connectToken' });
    await connectToken.fill('my-own-connect-token');
    const tokenField = page.getByLabel('API token', { exact: true });
    const banner = page.getByRole('list', { name: 'Changed from the documented example' });

    await reproduceButton(page, 'malformed_connect_token').click();
    await expect(connectToken).toHaveValue('not-a-connect-token');
    await expect(banner).toHaveText(`body connectToken: "not-a-connect-token" instead of "${example.connectToken}"`);
    await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();

    await reproduceButton(page, 'missing_api_token').click();
    await expect(connectToken).toHaveValue(example.connectToken);
    await expect(banner).toHaveText('token omitted');
    await expect(tokenField).toHaveValue(/token omitted/);
    await expect(tokenField).toHaveAttribute('type', 'text');
    await expect(page.getByLabel('cURL sample')).not.toContainText('Authorization');
    const response = await send(page);
    await expect(response).toContainText('Documented error: missing_api_token');
    expect(await receivedBy(token)).toEqual([]);

    await page.getByRole('button', { name: 'Stop reproducing' }).click();
    await expect(connectToken).toHaveValue('my-own-connect-token');
    await expect(tokenField).toHaveValue(token);
    await expect(tokenField).toHaveAttribute('type', 'password');
    await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
    await send(page);
    await expect.poll(async () => (await receivedBy(token)).length).toBe(1);
    const [received] = await receivedBy(token);
    expect(received.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(received.body)).toEqual({ ...example, connectToken: 'my-own-connect-token' });
  });

  test('opened by a reproduction, Stop reproducing leaves the documented example', async ({ page }) => {
    await gotoHydrated(page, claim.url);
    await reproduceButton(page, 'malformed_connect_token').click();
    const connectToken = page.getByRole('textbox', { name: 'connectToken' });
    await expect(connectToken).toHaveValue('not-a-connect-token');
    await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
    await page.getByRole('button', { name: 'Stop reproducing' }).click();
    await expect(connectToken).toHaveValue(example.connectToken);
  });
});

test.describe('the answer is judged apart from the request', () => {
  test('{"ok": true} on Get user by ID is not recognised, and each verdict is labelled', async ({ page }) => {
    const token = uniqueToken();
    await planNext(token, { respond: { status: 200, body: { ok: true } } });
    await openPanel(page, getUser.url, token);
    const response = await send(page);
    await expect(response.getByRole('heading', { name: 'Your request' })).toBeVisible();
    const check = response.getByRole('group', { name: 'The answer against the documentation' });
    await expect(check).toContainText('Not recognised');
    await expect(check).toContainText('received only undocumented ones: "ok"');
    await expect(response.getByText('Matches the documentation')).toHaveCount(0);
  });

  test('an undocumented 502 from dev reads "Status 502", not "Status status 502"', async ({ page }) => {
    const token = uniqueToken();
    await planNext(token, { respond: { status: 502, body: { error: { type: 'bad_gateway', message: 'x' } } } });
    await openPanel(page, claim.url, token);
    const response = await send(page);
    await expect(response.getByRole('list', { name: 'Mismatches' })).toContainText('Status 502 is not documented');
    await expect(response).not.toContainText(/status status/i);
  });
});

test('the panel samples have a copy button', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openPanel(page, claim.url);
  const panel = page.getByRole('region', { name: 'Try it' });
  await panel.getByRole('button', { name: 'Copy code' }).first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^curl -X POST /);
});

test('keyboard only: skip link, open Try it, paste a token, Send, read the answer', async ({ page }) => {
  const token = uniqueToken();
  await gotoHydrated(page, claim.url);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#page')).toBeFocused();

  const tabUntil = async (isThere: () => Promise<boolean>, limit = 60) => {
    for (let i = 0; i < limit && !(await isThere()); i++) await page.keyboard.press('Tab');
    expect(await isThere()).toBe(true);
  };
  const focusedButton = () =>
    page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent?.trim() : undefined));
  await tabUntil(async () => (await focusedButton()) === 'Try it');
  await page.keyboard.press('Enter');
  const sendButton = page.getByRole('button', { name: 'Send' });
  await expect(sendButton).toBeFocused();

  const tokenField = page.getByLabel('API token', { exact: true });
  await tabUntil(() => tokenField.evaluate((element) => element === document.activeElement));
  await page.keyboard.insertText(token);
  for (let i = 0; i < 10 && !(await sendButton.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  const body = page.getByRole('group', { name: 'Response body' });
  await expect(body).toContainText('"externalServiceId"');
  await tabUntil(() => body.evaluate((element) => element === document.activeElement));
  expect(await receivedBy(token)).toHaveLength(1);
});

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no serious violation with the panel open and after a response (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openPanel(page, claim.url, uniqueToken());
    expect(await seriousViolations(page)).toEqual([]);
    await send(page);
    expect(await seriousViolations(page, '.try-it-panel')).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu is a button that says whether it is open, and Esc closes it', async ({ page }) => {
    await gotoHydrated(page, claim.url);
    const menu = page.getByRole('button', { name: 'Menu' });
    const navigation = page.getByRole('navigation', { name: 'Documentation' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toHaveAttribute('aria-controls', 'site-nav');
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(navigation).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(navigation).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('the panel shows the whole path, wrapped at its slashes', async ({ page }) => {
    await openPanel(page, claim.url);
    const path = page.locator('.try-it-panel form div:has(> button[type="submit"]) > div');
    await expect(path).toContainText('organization-relations/claim');
    expect(await path.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    const last = await path.locator('code', { hasText: /^claim$/ }).boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(390);
  });

  test('field names break only at . and [], never inside a word', async ({ page }) => {
    await page.goto(booking.url);
    const brokenWords = await page.locator('main table td:first-child code').evaluateAll((codes) =>
      codes.flatMap((code) =>
        [...code.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .filter((node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
          })
          .map((node) => node.textContent),
      ),
    );
    expect(brokenWords).toEqual([]);
    await expect(page.locator('main table td:first-child code', { hasText: 'externalCourtBookingId' }).first()).toBeVisible();
  });
});

test('descriptions show code, not backticks, and the token header is said once', async ({ page }) => {
  await page.goto(booking.url);
  const texts = await page.locator('main table, main li[id]').allInnerTexts();
  expect(texts.join('\n')).not.toContain('`');
  await expect(page.locator('main table code', { hasText: /^userId$/ }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Authorization: Authorization');
  await expect(page.locator('main')).toContainText('Bearer token: Authorization: Bearer <api-token>');
});

test('llms.txt links llms-full.txt and the OpenAPI document', async ({ request }) => {
  const index = await (await request.get('/llms.txt')).text();
  expect(index).toContain('](/llms-full.txt)');
  expect(index).toContain('](/openapi.yaml)');
  expect(index).toContain('](/openapi.json)');
});

for (const url of ['/no-such-page', '/partner-api/no-such-guide', '/partner-api/organization/noSuchOperation']) {
  test(`a missing page (${url}) answers 404 in the frame, with navigation and search`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('navigation', { name: 'Documentation' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Search/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Error types' }).first()).toBeVisible();
  });
}
