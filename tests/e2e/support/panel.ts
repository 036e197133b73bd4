import { expect, type Page } from '@playwright/test';
import { planNext, uniqueToken } from './mock-dev-client';
import { gotoHydrated } from './hydrated';

/** Opens the try-it panel of an endpoint page, and pastes a token when one is given. */
export async function openPanel(page: Page, url: string, token?: string) {
  await gotoHydrated(page, url);
  await page.getByRole('button', { name: 'Try it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  if (token) await page.getByLabel('API token', { exact: true }).fill(token);
}

/** Sends the panel's request and returns the response view. */
export async function send(page: Page) {
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toBeVisible();
  return response;
}

/** Sends from an endpoint page with a fresh token, after steering the mock's answer to it. */
export async function sendPlanned(page: Page, url: string, plan: Parameters<typeof planNext>[1]) {
  const token = uniqueToken();
  await planNext(token, plan);
  await openPanel(page, url, token);
  return send(page);
}
