import type { ComponentProps } from 'react';
import { notFound } from 'next/navigation';
import { findSitePage, siteNavigation } from '@/lib/source';
import { FrameLink } from '../layout/frame-link';
import { mdxComponents } from '../mdx-components';
import { PageShell } from '../page-shell';

/** A link of a guide: to another page of the site through the router; to a file (Markdown, the document) or elsewhere, a plain link. */
function GuideLink({ href, ...props }: ComponentProps<'a'>) {
  if (href?.startsWith('/') && !href.startsWith('//') && !href.startsWith('/api/') && !/\.[a-z]+(#|$)/.test(href)) return <FrameLink href={href} {...props} />;
  return <a href={href} {...props} />;
}

const guideComponents = { ...mdxComponents, a: GuideLink };

/** A guide from `content/` (MDX), in the site's frame. */
export function GuideReference({ slugs }: { slugs: string[] }) {
  const page = findSitePage(slugs);
  if (page?.type !== 'docs') notFound();
  const MDX = page.data.body;
  return (
    <PageShell title={page.data.title} description={page.data.description} url={page.url} navigation={siteNavigation(page.url)} toc={page.data.toc}>
      <MDX components={guideComponents} />
    </PageShell>
  );
}
