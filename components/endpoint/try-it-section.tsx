import type { Endpoint } from '@/lib/endpoints';
import { sampleTarget } from '@/lib/endpoints/code-samples';
import { loadDocument } from '@/lib/openapi/load-document';
import { sliceDocument } from '@/lib/openapi/slice-document';
import type { HttpMethod } from '@/lib/openapi/types';
import { TryItPanel } from '../try-it/try-it-panel';
import { SectionHeading } from './section-heading';

export const proxyUrl = '/api/proxy';

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
        contract={{
          successStatus: endpoint.success?.status,
          errors: endpoint.errors.map(({ status, type, description }) => ({ status, type, description })),
        }}
        target={sampleTarget(endpoint)}
        proxyUrl={proxyUrl}
      />
    </section>
  );
}
