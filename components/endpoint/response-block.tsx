import type { ResponseModel } from '@/lib/endpoints';
import { responseStatusSection } from '@/lib/endpoints/page-sections';
import { responseMedia } from '@/lib/endpoints/response-media';
import { InlineCode } from '../inline-code';
import { MediaContent } from './media-content';

export interface ResponseBlockProps {
  response: ResponseModel;
}

/** One response that is not an error, under its own heading: status, description and content. */
export function ResponseBlock({ response }: ResponseBlockProps) {
  const media = responseMedia(response);
  const section = responseStatusSection(response.status);
  return (
    <section aria-labelledby={section.id}>
      <h3 id={section.id}>{section.title}</h3>
      {response.description && (
        <p>
          <InlineCode text={response.description} />
        </p>
      )}
      {media && (
        <>
          <p>
            <code>{media.contentType}</code>
          </p>
          <MediaContent media={media} exampleTitle={`Example response ${response.status}`} request={false} />
        </>
      )}
    </section>
  );
}
