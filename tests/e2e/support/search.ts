import type { Page } from '@playwright/test';

/** Opens search from the keyboard, once the page shows the shortcut (it works from then on). */
export async function openSearch(page: Page) {
  await page.getByRole('banner').getByText('Ctrl K').waitFor();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').waitFor();
  return dialog;
}
