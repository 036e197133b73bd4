import { expect, type Page, type Request } from '@playwright/test';

/**
 * Follows the page's requests from now on. `settled()` returns once the page has loaded, React
 * has hydrated it, and every request it started has finished or failed: the explicit condition
 * that `networkidle`'s half second of silence only approximates.
 */
export function trackRequests(page: Page, only?: (request: Request) => boolean) {
  const pending = new Set<Request>();
  page.on('request', (request) => {
    if (!only || only(request)) pending.add(request);
  });
  const done = (request: Request) => void pending.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settled() {
      await page.waitForLoadState('load');
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await expect.poll(() => [...pending].map((request) => request.url())).toEqual([]);
    },
  };
}
