import { notFound } from 'next/navigation';
import { pageMarkdown } from '@/lib/markdown/page-markdown';
import { source } from '@/lib/source';

export const dynamic = 'force-static';

// reached through the rewrite of `<page>.md` in next.config.mjs
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string[] }> }) {
  const page = source.getPage((await params).slug);
  if (!page) notFound();
  return new Response(await pageMarkdown(page), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
}

export function generateStaticParams() {
  return source.getPages().map((page) => ({ slug: page.slugs }));
}
