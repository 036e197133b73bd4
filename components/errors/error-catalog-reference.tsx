import { getApiModel } from '@/lib/endpoints';
import { errorCatalogSections, getErrorCatalog } from '@/lib/errors';
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
  const toc = errorCatalogSections(entries).map((section) => ({ title: section.title, url: `#${section.id}`, depth: section.depth }));
  return (
    <PageShell navigation={siteNavigation(url)} title={title} description={description} toc={toc} url={url}>
      <ErrorCatalogPage entries={entries} profile={getApiModel().profile} />
    </PageShell>
  );
}
