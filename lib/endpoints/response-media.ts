import type { MediaModel, ResponseModel } from './endpoint';

/** A response's content as a media model, or nothing when the response has no content. */
export function responseMedia(response: ResponseModel): MediaModel | undefined {
  if (!response.contentType) return undefined;
  return { ...response, contentType: response.contentType, contentTypes: response.contentTypes ?? [], kind: response.kind ?? 'json' };
}
