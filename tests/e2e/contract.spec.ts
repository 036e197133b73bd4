import { expect, test } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { planNext, receivedBy, uniqueToken } from './support/mock-dev-client';
import { openPanel, send } from './support/panel';

const claim = getApiModel().byKey.get('claimOrganizationRelation')!;

test('an invalid uuid in a path parameter gets an inline message, and Send stays enabled', async ({ page }) => {
  await openPanel(page, claim.url);
  await page.getByRole('textbox', { name: 'externalServiceId' }).fill('not-a-uuid');
  await expect(page.getByText('externalServiceId must be a valid uuid')).toBeVisible();
  await expect(page.getByText('This request does not match the documented schema')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
});

test('a conformant answer is marked as matching the documentation', async ({ page }) => {
  await openPanel(page, claim.url, uniqueToken());
  const response = await send(page);
  await expect(response).toContainText('200');
  await expect(response.getByText('Matches the documentation')).toBeVisible();
});

test('an answer outside the documentation lists its mismatches with JSON pointers', async ({ page }) => {
  const token = uniqueToken();
  await planNext(token, { respond: { status: 200, body: { id: 42, createdAt: 'yesterday' } } });
  await openPanel(page, claim.url, token);
  const response = await send(page);
  await expect(response.getByText('Differs from the documentation')).toBeVisible();
  const mismatches = response.getByRole('list', { name: 'Mismatches' });
  await expect(mismatches).toContainText('/id must be string');
  await expect(mismatches).toContainText('/createdAt must be a valid date-time');
});

test('an undocumented error type is called out as such', async ({ page }) => {
  const token = uniqueToken();
  await planNext(token, { respond: { status: 409, body: { error: { type: 'stale_write', message: 'x' } } } });
  await openPanel(page, claim.url, token);
  const response = await send(page);
  await expect(response).toContainText('Not documented for this endpoint');
  await expect(response.getByRole('list', { name: 'Mismatches' })).toContainText('/error/type must be one of');
});

test('"Try it" on missing_api_token sends no token and gets the documented 401', async ({ page }) => {
  const token = uniqueToken();
  await openPanel(page, claim.url, token);
  await page.getByRole('button', { name: /Try it: reproduce missing_api_token/ }).click();
  await expect(page.getByText(/Reproducing missing_api_token/)).toBeVisible();
  const response = await send(page);
  await expect(response).toContainText('401');
  await expect(response).toContainText('Documented error: missing_api_token');
  await expect(response.getByText('Matches the documentation')).toBeVisible();
  expect(await receivedBy(token)).toEqual([]);
});

test('rows that need server-side state say so', async ({ page }) => {
  await page.goto(claim.url);
  await expect(page.locator('li[id="connect_token_unusable"]')).toContainText('Not reproducible from this page');
  await expect(page.locator('li[id="invalid_api_token"]').getByRole('button', { name: /Try it/ })).toBeVisible();
});
