import { notFound } from 'next/navigation';
import { findSitePage, siteNavigation } from '@/lib/source';
import { mdxComponents } from '../mdx-components';
import { PageShell } from '../page-shell';

/** A guide from `content/` (MDX), in the site's frame. */
export function GuideReference({ slugs }: { slugs: string[] }) {
  const page = findSitePage(slugs);
  if (page?.type !== 'docs') notFound();
  const MDX = page.data.body;
  return (
    <PageShell title={page.data.title} description={page.data.description} url={page.url} navigation={siteNavigation(page.url)} toc={page.data.toc}>
      <MDX components={mdxComponents} />
    </PageShell>
  );
}
