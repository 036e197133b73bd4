export const siteConfig = {
  name: 'Wingfield Partner API',
  description:
    'Reference for the Wingfield Partner API: every endpoint with its parameters, body, responses and error types, and a try-it panel for the dev environment.',
  /** Public origin of the site, for absolute URLs in the sitemap and metadata. */
  url: process.env.SITE_URL ?? 'http://localhost:3000',
};
