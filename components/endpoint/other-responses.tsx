import type { Endpoint } from '@/lib/endpoints';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { ResponseBlock } from './response-block';
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
        <ResponseBlock key={response.status} response={response} raw={raw} />
      ))}
    </section>
  );
}
