/**
 * The JavaScript each kind of page may load on a first visit, before the try-it panel or search
 * is used: gzip KiB of every script fetched. Checked by the end-to-end tests and printed by
 * `npm run bench`. React with Next.js's App Router alone is about 132 KiB (an empty page), with
 * its Pages Router about 101 KiB: guides are on the Pages Router for that reason.
 */
export const pageBudgets = {
  endpoint: { url: '/partner-api/organization/claimOrganizationRelation', scriptGzipKiB: 160 },
  guide: { url: '/partner-api/authentication', scriptGzipKiB: 120 },
  'error catalogue': { url: '/partner-api/errors', scriptGzipKiB: 140 },
  'error type': { url: '/partner-api/errors/connect_token_unusable', scriptGzipKiB: 140 },
} as const;
