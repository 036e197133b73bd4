/**
 * The JavaScript each kind of page may load on a first visit, before the try-it panel or search
 * is used: gzip KiB of every script fetched. Checked by the end-to-end tests and printed by
 * `npm run bench`. Every page is on the App Router, whose runtime alone is about 132 KiB (an
 * empty page): one router, and pages swapped without a full load, are worth more than the
 * 30 KiB the Pages Router would save on guides. Every kind of page has the same budget, 160 KiB:
 * room for the endpoint page's two panes and the page menu, which load with the page.
 */
export const pageBudgets = {
  endpoint: { url: '/partner-api/organization/claimOrganizationRelation', scriptGzipKiB: 160 },
  guide: { url: '/partner-api/authentication', scriptGzipKiB: 160 },
  'error catalogue': { url: '/partner-api/errors', scriptGzipKiB: 160 },
  'error type': { url: '/partner-api/errors/connect_token_unusable', scriptGzipKiB: 160 },
} as const;

/**
 * The CSS that holds each page's first paint, in decoded KB (1,000 bytes): the stylesheets the
 * browser reports as render-blocking and the head's `<style>`. Today that is the site's one
 * stylesheet, fumadocs-ui's theme and every Tailwind class of the site: a test fails when it
 * grows. The goal is 25 KB: what the first screen needs, the rest loaded without blocking.
 */
export const blockingCssBudgetKB = 96;
