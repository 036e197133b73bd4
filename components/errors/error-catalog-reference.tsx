import { getErrorCatalog, groupByStatus } from '@/lib/errors';
import { statusReason } from '@/lib/http-status';
import { siteNavigation } from '@/lib/source';
import { PageShell } from '../page-shell';
import { ErrorCatalogPage } from './error-catalog-page';

export interface ErrorCatalogReferenceProps {
  title: string;
  description?: string;
  url: string;
}

/** Every error type by status, in the site's frame. */
export function ErrorCatalogReference({ title, description, url }: ErrorCatalogReferenceProps) {
  const entries = getErrorCatalog();
  const toc = groupByStatus(entries).map((group) => ({
    title: `${group.status} ${statusReason(group.status)}`,
    url: `#status-${group.status}`,
    depth: 2,
  }));
  return (
    <PageShell navigation={siteNavigation(url)} title={title} description={description} toc={toc} url={url}>
      <ErrorCatalogPage entries={entries} />
    </PageShell>
  );
}
