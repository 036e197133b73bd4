import type { Page } from '@playwright/test';

export interface BlockingCss {
  /** Decoded bytes of the stylesheets that held the first paint, and of the `<style>` in the head. */
  bytes: number;
  sheets: { url: string; bytes: number }[];
}

/**
 * What CSS the page's first paint waited for, as the browser reports it: every stylesheet whose
 * resource timing says `renderBlockingStatus: 'blocking'`, at its decoded size, and the style
 * elements of the head (a `<noscript>` one does not apply while JavaScript runs).
 */
export async function blockingCss(page: Page): Promise<BlockingCss> {
  return page.evaluate(() => {
    // renderBlockingStatus is Chromium's (Chrome 107), not yet in TypeScript's DOM types
    const entries = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
    const sheets = entries
      .filter((entry) => entry.renderBlockingStatus === 'blocking' && new URL(entry.name).pathname.endsWith('.css'))
      .map((entry) => ({ url: entry.name, bytes: entry.decodedBodySize }));
    const inline = [...document.head.querySelectorAll('style')]
      .filter((style) => !style.closest('noscript'))
      .map((style) => ({ url: 'inline <style>', bytes: new TextEncoder().encode(style.textContent ?? '').length }));
    const all = [...sheets, ...inline];
    return { bytes: all.reduce((sum, sheet) => sum + sheet.bytes, 0), sheets: all };
  });
}
