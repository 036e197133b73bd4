/**
 * The JavaScript each kind of page may load on a first visit, before the try-it panel or search
 * is used: gzip KiB of every script fetched. Checked by the end-to-end tests and printed by
 * `npm run bench`. React and Next.js's App Router alone are about 132 KiB of it (an empty page).
 */
export const pageBudgets = {
  endpoint: { url: '/partner-api/organization/claimOrganizationRelation', scriptGzipKiB: 160 },
  guide: { url: '/partner-api/authentication', scriptGzipKiB: 140 },
  'error catalogue': { url: '/partner-api/errors', scriptGzipKiB: 140 },
  'error type': { url: '/partner-api/errors/connect_token_unusable', scriptGzipKiB: 140 },
} as const;
