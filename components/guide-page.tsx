import type { SitePage } from '@/lib/source';
import { mdxComponents } from './mdx-components';
import { PageShell } from './page-shell';

/** A guide from `content/`, its MDX rendered on the server. */
export function GuidePage({ page }: { page: Extract<SitePage, { type: 'docs' }> }) {
  const MDX = page.data.body;
  return (
    <PageShell title={page.data.title} description={page.data.description} toc={page.data.toc} url={page.url}>
      <MDX components={mdxComponents} />
    </PageShell>
  );
}
