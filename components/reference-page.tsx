import { notFound } from 'next/navigation';
import { DocsBody, DocsDescription, DocsPage, DocsTitle } from 'fumadocs-ui/layouts/docs/page';
import { getApiModel } from '@/lib/endpoints';
import { getErrorCatalog, groupByStatus } from '@/lib/errors';
import { statusReason } from '@/lib/http-status';
import type { ReferencePageData } from '@/lib/source';
import { EndpointPage } from './endpoint/endpoint-page';
import { endpointToc } from './endpoint/endpoint-toc';
import { ErrorCatalogPage } from './errors/error-catalog-page';
import { ErrorTypePage } from './errors/error-type-page';
import { PageActions } from './page-actions';

export interface ReferencePageProps {
  data: ReferencePageData;
  url: string;
}

/** A page built from the OpenAPI document: an endpoint, the error catalogue or one error type. */
export function ReferencePage({ data, url }: ReferencePageProps) {
  switch (data.kind) {
    case 'endpoint': {
      const endpoint = getApiModel().byOperationId.get(data.operationId);
      if (!endpoint) notFound();
      return (
        <DocsPage toc={endpointToc(endpoint)}>
          <DocsTitle>{endpoint.title}</DocsTitle>
          <PageActions url={url} />
          <DocsBody>
            <EndpointPage endpoint={endpoint} />
          </DocsBody>
        </DocsPage>
      );
    }
    case 'error-catalog': {
      const entries = getErrorCatalog();
      const toc = groupByStatus(entries).map((group) => ({
        title: `${group.status} ${statusReason(group.status)}`,
        url: `#status-${group.status}`,
        depth: 2,
      }));
      return (
        <DocsPage toc={toc}>
          <DocsTitle>{data.title}</DocsTitle>
          <DocsDescription>{data.description}</DocsDescription>
          <PageActions url={url} />
          <DocsBody>
            <ErrorCatalogPage entries={entries} />
          </DocsBody>
        </DocsPage>
      );
    }
    case 'error-type': {
      const entry = getErrorCatalog().find((candidate) => candidate.type === data.errorType);
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
        <DocsPage toc={toc}>
          <DocsTitle className="font-mono break-all">{entry.type}</DocsTitle>
          <PageActions url={url} />
          <DocsBody>
            <ErrorTypePage entry={entry} />
          </DocsBody>
        </DocsPage>
      );
    }
  }
}
