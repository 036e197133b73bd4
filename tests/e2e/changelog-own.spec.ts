import { expect, test } from '@playwright/test';

// the project's own build: its document's first release
test('the site shows the changelog of our document, with its first release', async ({ page, request }) => {
  await page.goto('/partner-api/changelog');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changelog');
  const first = page.locator('section[data-release="1.0.0"]');
  await expect(first).toContainText(/The first release documented here, recorded on \d{4}-\d{2}-\d{2}/);
  await expect(page.locator('section[data-release]')).toHaveCount(1);
  expect((await request.get('/partner-api/changelog/feed.xml')).status()).toBe(200);
  await page.goto('/partner-api/changelog/1.0.0');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release 1.0.0');
});
