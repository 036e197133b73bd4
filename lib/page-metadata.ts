import type { Metadata } from 'next';
import type { SitePage } from './source';

/** Title, description, canonical URL and the Markdown alternate of a page. */
export function pageMetadata(page: SitePage): Metadata {
  return {
    title: page.data.title,
    description: page.data.description,
    alternates: { canonical: page.url, types: { 'text/markdown': `${page.url}.md` } },
  };
}
