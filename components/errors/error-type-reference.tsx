import { notFound } from 'next/navigation';
import { errorTypeSections, getErrorCatalog } from '@/lib/errors';
import { siteNavigation } from '@/lib/source';
import { PageShell } from '../page-shell';
import { ErrorTypePage } from './error-type-page';

/** One error type's page, in the site's frame. */
export function ErrorTypeReference({ errorType, url }: { errorType: string; url: string }) {
  const entry = getErrorCatalog().find((candidate) => candidate.type === errorType);
  if (!entry) notFound();
  const toc = errorTypeSections(entry).map((section) => ({ title: section.title, url: `#${section.id}`, depth: section.depth }));
  return (
    <PageShell navigation={siteNavigation(url)} title={entry.type} titleClassName="font-mono break-all" toc={toc} url={url}>
      <ErrorTypePage entry={entry} />
    </PageShell>
  );
}
