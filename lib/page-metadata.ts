import type { Metadata } from 'next';
import { changelogFeedUrl } from './changelog/urls';
import { withoutBackticks } from './inline-text';
import { markdownUrl } from './markdown/urls';
import type { SitePage } from './source';

/** The changelog's feed, announced by its pages with `<link rel="alternate" type="application/atom+xml">`. */
export const changelogFeedAlternate = { 'application/atom+xml': [{ url: changelogFeedUrl, title: 'Releases (Atom)' }] };

/** Title, description, canonical URL and the Markdown alternate of a page; the changelog's pages also name their feed. */
export function pageMetadata(page: SitePage): Metadata {
  const changelog = page.type === 'reference' && (page.data.kind === 'changelog' || page.data.kind === 'changelog-release');
  return {
    // a summary's `backticks` mark code on the page; a window title has none
    title: withoutBackticks(page.data.title),
    description: page.data.description,
    alternates: {
      canonical: page.url,
      types: { 'text/markdown': markdownUrl(page.url), ...(changelog && changelogFeedAlternate) },
    },
  };
}
