import { notFound } from 'next/navigation';
import { getErrorCatalog } from '@/lib/errors';
import { siteNavigation } from '@/lib/source';
import { PageShell } from '../page-shell';
import { ErrorTypePage } from './error-type-page';

/** One error type's page, in the site's frame. */
export function ErrorTypeReference({ errorType, url }: { errorType: string; url: string }) {
  const entry = getErrorCatalog().find((candidate) => candidate.type === errorType);
  if (!entry) notFound();
  const toc = [
    ['cause', 'What typically causes it', entry.cause],
    ['handling', 'How to handle it', entry.handling ?? entry.retry],
    ['sample', 'Sample body', true],
    ['endpoints', 'Returned by', true],
  ]
    .filter(([, , present]) => present)
    .map(([id, title]) => ({ title: String(title), url: `#${id}`, depth: 2 }));
  return (
    <PageShell navigation={siteNavigation(url)} title={entry.type} titleClassName="font-mono break-all" toc={toc} url={url}>
      <ErrorTypePage entry={entry} />
    </PageShell>
  );
}
