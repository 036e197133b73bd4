import type { Endpoint } from '@/lib/endpoints';
import { pageSection } from '@/lib/endpoints/page-sections';
import { ResponseBlock } from './response-block';
import { SectionHeading } from './section-heading';

export interface OtherResponsesProps {
  endpoint: Endpoint;
}

/** The statuses that are neither the success response nor errors: a second 2xx, 1xx and 3xx. */
export function OtherResponses({ endpoint }: OtherResponsesProps) {
  if (endpoint.otherResponses.length === 0) return null;
  const section = pageSection('other-responses');
  return (
    <section>
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      {endpoint.otherResponses.map((response) => (
        <ResponseBlock key={response.status} response={response} />
      ))}
    </section>
  );
}
