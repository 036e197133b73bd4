import type { SampleTarget } from '@/lib/endpoints/code-samples';

export type SampleBodyKind = 'json' | 'form' | 'multipart' | 'text' | 'binary';

export interface EverySchemeTargetOptions {
  method?: string;
  /** A bearer scheme beside basic: both write `Authorization`, so a test of what arrives leaves it out. */
  bearer?: boolean;
  textType?: string;
}

/** An operation on `/things/{id}` that needs an API key in a header, the query and a cookie, basic (and bearer) at once, with a body of `kind`. */
export function everySchemeTarget(kind: SampleBodyKind, { method = 'POST', bearer = true, textType = 'text/plain' }: EverySchemeTargetOptions = {}): SampleTarget {
  return {
    method: method as SampleTarget['method'],
    path: '/things/{id}',
    requiresAuth: true,
    tokenPlaceholder: '<api-token>',
    security: [
      [
        { key: 'header', type: 'apiKey', in: 'header', name: 'X-API-Key', placeholder: '<api-key>' },
        { key: 'query', type: 'apiKey', in: 'query', name: 'api_key', placeholder: '<api-key>' },
        { key: 'cookie', type: 'apiKey', in: 'cookie', name: 'session', placeholder: '<api-key>' },
        { key: 'basic', type: 'http', scheme: 'basic', placeholder: '<username>:<password>' },
        ...(bearer ? [{ key: 'bearer', type: 'http', scheme: 'bearer', placeholder: '<token>' }] : []),
      ],
    ],
    bodyContentType: { json: 'application/json', form: 'application/x-www-form-urlencoded', multipart: 'multipart/form-data', text: textType, binary: 'application/pdf' }[kind],
    ...(kind !== 'json' && { bodyKind: kind }),
    ...(kind === 'multipart' && { fileParts: [{ name: 'file', multiple: false }, { name: 'files', multiple: true }] }),
    defaults: { path: { id: '1' }, query: {} },
  };
}
