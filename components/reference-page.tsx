import { notFound } from 'next/navigation';
import { getApiModel } from '@/lib/endpoints';
import { getErrorCatalog, groupByStatus } from '@/lib/errors';
import { statusReason } from '@/lib/http-status';
import type { ReferencePageData } from '@/lib/source';
import { EndpointPage } from './endpoint/endpoint-page';
import { endpointToc } from './endpoint/endpoint-toc';
import { ErrorCatalogPage } from './errors/error-catalog-page';
import { ErrorTypePage } from './errors/error-type-page';
import { PageShell } from './page-shell';

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
        <PageShell title={endpoint.title} toc={endpointToc(endpoint)} url={url}>
          <EndpointPage endpoint={endpoint} />
        </PageShell>
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
        <PageShell title={data.title} description={data.description} toc={toc} url={url}>
          <ErrorCatalogPage entries={entries} />
        </PageShell>
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
        <PageShell title={entry.type} titleClassName="font-mono break-all" toc={toc} url={url}>
          <ErrorTypePage entry={entry} />
        </PageShell>
      );
    }
  }
}
