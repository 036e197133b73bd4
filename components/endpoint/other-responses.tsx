import type { Endpoint } from '@/lib/endpoints';
import { statusReason } from '@/lib/http-status';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { InlineCode } from '../inline-code';
import { MediaContent } from './media-content';
import { SectionHeading } from './section-heading';

export interface OtherResponsesProps {
  endpoint: Endpoint;
  raw: OpenAPIDocument;
}

/** The statuses that are neither the success response nor errors: a second 2xx, 1xx and 3xx. */
export function OtherResponses({ endpoint, raw }: OtherResponsesProps) {
  if (endpoint.otherResponses.length === 0) return null;
  return (
    <section>
      <SectionHeading id="other-responses">Other responses</SectionHeading>
      {endpoint.otherResponses.map((response) => (
        <section key={response.status} aria-labelledby={`response-${response.status}`}>
          <h3 id={`response-${response.status}`}>
            {response.status} {statusReason(response.status)}
          </h3>
          {response.description && (
            <p>
              <InlineCode text={response.description} />
            </p>
          )}
          {response.contentType && (
            <>
              <p>
                <code>{response.contentType}</code>
              </p>
              <MediaContent
                media={{ ...response, contentType: response.contentType, contentTypes: response.contentTypes ?? [], kind: response.kind ?? 'json' }}
                raw={raw}
                exampleTitle={`Example response ${response.status}`}
                request={false}
              />
            </>
          )}
        </section>
      ))}
    </section>
  );
}
