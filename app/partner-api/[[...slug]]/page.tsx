import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocsBody, DocsDescription, DocsPage, DocsTitle } from 'fumadocs-ui/layouts/docs/page';
import defaultMdxComponents from 'fumadocs-ui/mdx';
import { EndpointPage } from '@/components/endpoint/endpoint-page';
import { endpointToc } from '@/components/endpoint/endpoint-toc';
import { getApiModel } from '@/lib/endpoints';
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

  if (page.type === 'endpoint') {
    const endpoint = getApiModel().byOperationId.get(page.data.operationId);
    if (!endpoint) notFound();
    return (
      <DocsPage toc={endpointToc(endpoint)}>
        <DocsTitle>{endpoint.title}</DocsTitle>
        <DocsBody>
          <EndpointPage endpoint={endpoint} />
        </DocsBody>
      </DocsPage>
    );
  }

  const MDX = page.data.body;
  return (
    <DocsPage toc={page.data.toc}>
      <DocsTitle>{page.data.title}</DocsTitle>
      <DocsDescription>{page.data.description}</DocsDescription>
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
    alternates: { canonical: page.url },
  };
}
