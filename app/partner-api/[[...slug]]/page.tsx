import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocsBody, DocsDescription, DocsPage, DocsTitle } from 'fumadocs-ui/layouts/docs/page';
import defaultMdxComponents from 'fumadocs-ui/mdx';
import { PageActions } from '@/components/page-actions';
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
    <DocsPage toc={page.data.toc}>
      <DocsTitle>{page.data.title}</DocsTitle>
      <DocsDescription>{page.data.description}</DocsDescription>
      <PageActions url={page.url} />
      <DocsBody>
        <MDX components={defaultMdxComponents} />
      </DocsBody>
    </DocsPage>
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
