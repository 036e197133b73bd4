import type { Metadata } from 'next';
import { markdownUrl } from './markdown/urls';
import type { SitePage } from './source';

/** Title, description, canonical URL and the Markdown alternate of a page. */
export function pageMetadata(page: SitePage): Metadata {
  return {
    title: page.data.title,
    description: page.data.description,
    alternates: { canonical: page.url, types: { 'text/markdown': markdownUrl(page.url) } },
  };
}
