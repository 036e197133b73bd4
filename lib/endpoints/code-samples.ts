import { curl } from 'fumadocs-openapi/requests/generators/curl';
import { go } from 'fumadocs-openapi/requests/generators/go';
import { javascript } from 'fumadocs-openapi/requests/generators/javascript';
import { python } from 'fumadocs-openapi/requests/generators/python';
import { pathnameFromRequest, type CodeUsageGenerator } from 'fumadocs-openapi/requests/generators';
import type { JsonValue } from '../openapi/types';
import type { Endpoint } from './endpoint';

export interface CodeSample {
  id: string;
  label: string;
  lang: string;
  code: string;
}

export interface CodeSampleOptions {
  /** Origin the samples call, e.g. `https://dev.wingfield.systems`. */
  baseUrl: string;
  /** What stands in the `Authorization` header: a placeholder, or the masked token. */
  token?: string;
  path?: Record<string, string>;
  query?: Record<string, string[]>;
  body?: JsonValue;
}

export const tokenPlaceholder = '<api-token>';

const generators: [string, CodeUsageGenerator][] = [
  ['curl', curl],
  ['js', javascript],
  ['python', python],
  ['go', go],
];

type MediaAdapter = Parameters<CodeUsageGenerator['generate']>[1]['mediaAdapters'][string];

const jsonAdapter: MediaAdapter = {
  encode: ({ body }) => JSON.stringify(body),
  generateExample({ body }, ctx) {
    const text = JSON.stringify(body, null, 2);
    if (ctx.lang === 'js') return `const body = JSON.stringify(${text})`;
    if (ctx.lang === 'python') return `body = """${text}"""`;
    if (ctx.lang === 'go' && 'addImport' in ctx) {
      ctx.addImport('strings');
      return `body := strings.NewReader(\`${text}\`)`;
    }
    return undefined;
  },
};

/** The values a sample starts with: every path parameter, the required query parameters, the body example. */
export function defaultRequestValues(endpoint: Endpoint) {
  return {
    path: Object.fromEntries(endpoint.parameters.path.map((p) => [p.name, String(p.sample)])),
    query: Object.fromEntries(
      endpoint.parameters.query.filter((p) => p.required).map((p) => [p.name, [String(p.sample)]]),
    ) as Record<string, string[]>,
    body: endpoint.body?.example,
  };
}

/** cURL, JavaScript (fetch), Python (requests) and Go samples, made by fumadocs-openapi's generators. */
export function createCodeSamples(endpoint: Endpoint, options: CodeSampleOptions): CodeSample[] {
  const defaults = defaultRequestValues(endpoint);
  const pathValues = options.path ?? defaults.path;
  const queryValues = options.query ?? defaults.query;
  const body = options.body === undefined ? defaults.body : options.body;
  const header: Record<string, { value: string }> = {};
  if (endpoint.requiresAuth) header.Authorization = { value: `Bearer ${options.token ?? tokenPlaceholder}` };

  const data = {
    method: endpoint.method.toLowerCase() as Lowercase<Endpoint['method']>,
    path: Object.fromEntries(Object.entries(pathValues).map(([k, v]) => [k, { value: encodeURIComponent(v) }])),
    query: Object.fromEntries(Object.entries(queryValues).map(([k, values]) => [k, { values }])),
    header,
    cookie: {},
    body: endpoint.body && body !== undefined ? body : undefined,
    bodyMediaType: endpoint.body && body !== undefined ? endpoint.body.contentType : undefined,
  };
  const url = options.baseUrl.replace(/\/$/, '') + pathnameFromRequest(endpoint.path, data);
  const context = { mediaAdapters: { [endpoint.body?.contentType ?? 'application/json']: jsonAdapter }, custom: undefined };

  return generators.map(([id, generator]) => ({
    id,
    label: generator.label ?? id,
    lang: generator.lang,
    code: generator.generate({ ...data, url }, context),
  }));
}
