import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { trackRequests } from './requests';

export interface PageWeight {
  /** Every script the page fetched, gzip-compressed as a server would send it. */
  scriptGzipBytes: number;
  scripts: string[];
}

/**
 * Counts the scripts a page fetches from now on; `settle()` waits until the page is hydrated and
 * no script is still loading, and returns the total so far.
 */
export function watchPageWeight(page: Page) {
  const scripts = new Map<string, Promise<number>>();
  const requests = trackRequests(page, (request) => request.resourceType() === 'script');
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || scripts.has(response.url())) return;
    scripts.set(
      response.url(),
      response.body().then((body) => gzipSync(body).length, () => 0),
    );
  });
  return {
    async settle(): Promise<PageWeight> {
      await requests.settled();
      const sizes = await Promise.all(scripts.values());
      return { scriptGzipBytes: sizes.reduce((sum, size) => sum + size, 0), scripts: [...scripts.keys()] };
    },
  };
}

export const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
