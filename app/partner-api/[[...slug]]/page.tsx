import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import defaultMdxComponents from 'fumadocs-ui/mdx';
import { PageShell } from '@/components/page-shell';
import { ReferencePage } from '@/components/reference-page';
import { source } from '@/lib/source';

interface PageProps {
  params: Promise<{ slug?: string[] }>;
}

function findPage(slug: string[] | undefined) {
  return source.getPage(['partner-api', ...(slug ?? [])]);
}

export default async function Page({ params }: PageProps) {
  const page = findPage((await params).slug);
  if (!page) notFound();
  if (page.type === 'reference') return <ReferencePage data={page.data} url={page.url} />;

  const MDX = page.data.body;
  return (
    <PageShell title={page.data.title} description={page.data.description} toc={page.data.toc} url={page.url}>
      <MDX components={defaultMdxComponents} />
    </PageShell>
  );
}

export function generateStaticParams() {
  return source
    .getPages()
    .filter((page) => page.slugs[0] === 'partner-api')
    .map((page) => ({ slug: page.slugs.slice(1) }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = findPage((await params).slug);
  if (!page) notFound();
  return {
    title: page.data.title,
    description: page.data.description,
    alternates: { canonical: page.url, types: { 'text/markdown': `${page.url}.md` } },
  };
}
