import type { Endpoint } from '@/lib/endpoints';
import { sampleTarget } from '@/lib/endpoints/code-samples';
import { loadDocument } from '@/lib/openapi/load-document';
import { sliceDocument } from '@/lib/openapi/slice-document';
import type { HttpMethod } from '@/lib/openapi/types';
import type { TryItEndpoint } from '../try-it/try-it-context';
import { TryItPanel } from '../try-it/try-it-panel';
import { SectionHeading } from './section-heading';

export const proxyUrl = '/api/proxy';

/** What the browser-side panel needs to know of an endpoint: small, and only this endpoint. */
function tryItEndpoint(endpoint: Endpoint): TryItEndpoint {
  return {
    operationId: endpoint.operationId,
    contract: {
      successStatus: endpoint.success?.status,
      errors: endpoint.errors.map(({ status, type, description }) => ({ status, type, description })),
    },
    statuses: Object.keys(endpoint.operation.responses ?? {}),
    parameters: [...endpoint.parameters.path, ...endpoint.parameters.query, ...endpoint.parameters.header].map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      type: p.type,
    })),
    hasBody: endpoint.body !== undefined,
    target: sampleTarget(endpoint),
  };
}

/** The try-it panel, handed only this operation's slice of the document. */
export function TryItSection({ endpoint }: { endpoint: Endpoint }) {
  const method = endpoint.method.toLowerCase() as HttpMethod;
  return (
    <section>
      <SectionHeading id="try-it">Try it</SectionHeading>
      <noscript>
        <p>The try-it panel needs JavaScript. The code samples below work from any terminal or program.</p>
      </noscript>
      <TryItPanel
        document={sliceDocument(loadDocument().raw, endpoint.path, method)}
        path={endpoint.path}
        method={method}
        endpoint={tryItEndpoint(endpoint)}
        proxyUrl={proxyUrl}
      />
    </section>
  );
}
