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

/** What a code sample needs of an endpoint: small enough to hand to the browser. */
export interface SampleTarget {
  method: Endpoint['method'];
  path: string;
  requiresAuth: boolean;
  bodyContentType?: string;
  /** The values samples start with: every path parameter, the required query parameters, the body example. */
  defaults: { path: Record<string, string>; query: Record<string, string[]>; body?: JsonValue };
}

export function sampleTarget(endpoint: Endpoint): SampleTarget {
  return {
    method: endpoint.method,
    path: endpoint.path,
    requiresAuth: endpoint.requiresAuth,
    bodyContentType: endpoint.body?.contentType,
    defaults: {
      path: Object.fromEntries(endpoint.parameters.path.map((p) => [p.name, String(p.sample)])),
      query: Object.fromEntries(
        endpoint.parameters.query.filter((p) => p.required).map((p) => [p.name, [String(p.sample)]]),
      ),
      body: endpoint.body?.example,
    },
  };
}

/** cURL, JavaScript (fetch), Python (requests) and Go samples, made by fumadocs-openapi's generators. */
export function createCodeSamples(target: SampleTarget, options: CodeSampleOptions): CodeSample[] {
  const pathValues = options.path ?? target.defaults.path;
  const queryValues = options.query ?? target.defaults.query;
  const body = options.body === undefined ? target.defaults.body : options.body;
  const hasBody = target.bodyContentType !== undefined && body !== undefined;
  const header: Record<string, { value: string }> = {};
  if (target.requiresAuth) header.Authorization = { value: `Bearer ${options.token || tokenPlaceholder}` };

  const data = {
    method: target.method.toLowerCase() as Lowercase<Endpoint['method']>,
    path: Object.fromEntries(Object.entries(pathValues).map(([k, v]) => [k, { value: encodeURIComponent(v) }])),
    query: Object.fromEntries(Object.entries(queryValues).map(([k, values]) => [k, { values }])),
    header,
    cookie: {},
    body: hasBody ? body : undefined,
    bodyMediaType: hasBody ? target.bodyContentType : undefined,
  };
  const url = options.baseUrl.replace(/\/$/, '') + pathnameFromRequest(target.path, data);
  const context = { mediaAdapters: { [target.bodyContentType ?? 'application/json']: jsonAdapter }, custom: undefined };

  return generators.map(([id, generator]) => ({
    id,
    label: generator.label ?? id,
    lang: generator.lang,
    code: generator.generate({ ...data, url }, context),
  }));
}
