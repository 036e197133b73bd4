export const siteConfig = {
  name: 'Wingfield Partner API',
  description:
    'Reference for the Wingfield Partner API: every endpoint with its parameters, body, responses and error types, and a try-it panel for the dev environment.',
  /** Public origin of the site, for absolute URLs in the sitemap and metadata. */
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  icon: '/logo.svg',
  /** The browser's colour for the page's surroundings (a phone's status bar), by colour scheme. */
  themeColors: { light: '#ffffff', dark: '#0a0a0a' },
};

/** A page's title in the browser's tab and in search engines. */
export function documentTitle(title: string): string {
  return `${title} | ${siteConfig.name}`;
}
