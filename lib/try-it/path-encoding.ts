import type { MediaAdapter } from 'fumadocs-openapi';
import { encodePathValue } from '../endpoints/samples/request-path';
import { followRef } from '../openapi/refs';
import { httpMethods, type OpenAPIDocument } from '../openapi/types';

/**
 * fumadocs' playground (11.4) puts path values into the URL as typed, so that `../x` or `a/b`
 * moves the request to another endpoint. Its one hook between the form and the URL is the media
 * adapter of a parameter described by `content`: the panel's copy of the document describes every
 * path parameter that way, with a media type of ours whose adapter percent-encodes the value.
 */
export const pathSegmentMediaType = 'application/vnd.wingfield.path-segment';
const explodedPathSegmentMediaType = 'application/vnd.wingfield.path-segment-exploded';

/** The adapters of {@link pathSegmentMediaType}, for `createOpenAPIPage({ mediaAdapters })`. */
export const pathSegmentAdapters: Record<string, MediaAdapter> = {
  [pathSegmentMediaType]: { encode: ({ body }) => encodePathValue(body), generateExample: () => undefined },
  [explodedPathSegmentMediaType]: { encode: ({ body }) => encodePathValue(body, true), generateExample: () => undefined },
};

type Parameter = { in?: unknown; explode?: unknown; schema?: unknown; content?: Record<string, { schema?: unknown }> };

function encodedParameter(document: OpenAPIDocument, parameter: unknown): unknown {
  const resolved = followRef(document, parameter).value as Parameter | undefined;
  if (!resolved || typeof resolved !== 'object' || resolved.in !== 'path') return parameter;
  const schema = resolved.schema ?? Object.values(resolved.content ?? {})[0]?.schema ?? {};
  // `schema` stays beside `content` for the panel's own field (ParameterField), which reads it.
  // Every path value is sent in the `simple` style: `label` and `matrix` (rare) would need the
  // parameter's name in the adapter, which fumadocs does not pass.
  const mediaType = resolved.explode === true ? explodedPathSegmentMediaType : pathSegmentMediaType;
  return { ...resolved, schema, content: { [mediaType]: { schema } } };
}

/** `document` as the playground gets it: every path parameter of every operation encoded by {@link pathSegmentAdapters}. */
export function withEncodedPathParameters(document: OpenAPIDocument): OpenAPIDocument {
  const paths: Record<string, unknown> = {};
  for (const [template, written] of Object.entries(document.paths ?? {})) {
    const item = followRef(document, written).value as Record<string, unknown> | undefined;
    if (!item || typeof item !== 'object') {
      paths[template] = written;
      continue;
    }
    const encode = (list: unknown) => (Array.isArray(list) ? list.map((parameter) => encodedParameter(document, parameter)) : list);
    const copy: Record<string, unknown> = { ...item };
    if (item.parameters) copy.parameters = encode(item.parameters);
    for (const method of httpMethods) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (operation?.parameters) copy[method] = { ...operation, parameters: encode(operation.parameters) };
    }
    paths[template] = copy;
  }
  return { ...document, paths: paths as OpenAPIDocument['paths'] };
}
