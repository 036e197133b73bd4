import type { ResponseModel } from '@/lib/endpoints';
import { responseMedia } from '@/lib/endpoints/response-media';
import { statusReason } from '@/lib/http-status';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { InlineCode } from '../inline-code';
import { MediaContent } from './media-content';

export interface ResponseBlockProps {
  response: ResponseModel;
  raw: OpenAPIDocument;
}

/** One response that is not an error, under its own heading: status, description and content. */
export function ResponseBlock({ response, raw }: ResponseBlockProps) {
  const media = responseMedia(response);
  return (
    <section aria-labelledby={`response-${response.status}`}>
      <h3 id={`response-${response.status}`}>
        {response.status} {statusReason(response.status)}
      </h3>
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
          <MediaContent media={media} raw={raw} exampleTitle={`Example response ${response.status}`} request={false} />
        </>
      )}
    </section>
  );
}
