import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until React has taken over (`<html data-hydrated>`): a click on a
 * control before that would be lost, as it would be for a person clicking that early.
 */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  return response;
}
