import { renderToStaticMarkup } from 'react-dom/server';
import { findSitePage, siteNavigation } from '@/lib/source';
import { mdxComponents } from '../mdx-components';
import type { GuidePageProps } from './guide-page';

/** The guide at `/partner-api/<slugs…>` as props for its page, or undefined when there is none. */
export function guidePageProps(slugs: string[]): GuidePageProps | undefined {
  const page = findSitePage(slugs);
  if (page?.type !== 'docs') return undefined;
  const MDX = page.data.body;
  // props travel as JSON: no undefined values
  return {
    title: page.data.title,
    ...(page.data.description && { description: page.data.description }),
    url: page.url,
    navigation: siteNavigation(page.url),
    toc: page.data.toc.map((item) => ({ url: item.url, depth: item.depth, titleHtml: renderToStaticMarkup(<>{item.title}</>) })),
    bodyHtml: renderToStaticMarkup(<MDX components={mdxComponents} />),
  };
}
