import type { Page } from '@playwright/test';

/** Opens search from the keyboard, once the page is hydrated (the shortcut works from then on). */
export async function openSearch(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').waitFor();
  return dialog;
}
