import type { JsonValue } from '../openapi/types';
import type { Endpoint } from './endpoint';
import { curlSample } from './samples/curl-sample';
import { goSample } from './samples/go-sample';
import { javascriptSample } from './samples/javascript-sample';
import { pythonSample } from './samples/python-sample';
import { requestPath } from './samples/request-path';
import type { SampleRequest } from './samples/sample-request';

export interface CodeSample {
  id: string;
  label: string;
  lang: string;
  code: string;
}

export interface CodeSampleOptions {
  /** Origin the samples call, e.g. `https://dev.wingfield.systems`. */
  baseUrl: string;
  /** What stands in the `Authorization` header: the masked token; else the target's placeholder. */
  token?: string;
  /** The path values as the panel holds them; each is percent-encoded into its segment, as the panel sends it. */
  path?: Record<string, unknown>;
  query?: Record<string, string[]>;
  /** Header parameters, as sent (the token is `token`'s). */
  header?: Record<string, string>;
  /** Cookie parameters: the API gets them as one `Cookie` header. */
  cookie?: Record<string, string>;
  body?: JsonValue;
  /** The index, in the endpoint's security alternatives, of the one the reader chose in the panel. */
  alternative?: number;
  /** By scheme key, the (masked) credential to show; HTTP basic as `username:<masked password>`. */
  credentials?: Record<string, string>;
}

/**
 * Our own writers rather than fumadocs-openapi's: its Go sample declared `body` twice and used
 * `ioutil`, its Python sample put JSON in unescaped triple quotes, and its cURL sample escaped
 * single quotes in a way shells do not read. Each of these compiles (tests/unit/code-samples-compile).
 */
const languages: { id: string; label: string; lang: string; write: (request: SampleRequest) => string }[] = [
  { id: 'curl', label: 'cURL', lang: 'bash', write: curlSample },
  { id: 'js', label: 'JavaScript', lang: 'js', write: javascriptSample },
  { id: 'python', label: 'Python', lang: 'python', write: pythonSample },
  { id: 'go', label: 'Go', lang: 'go', write: goSample },
];

/** What a code sample needs of an endpoint: small enough to hand to the browser. */
export interface SampleTarget {
  method: Endpoint['method'];
  path: string;
  requiresAuth: boolean;
  /** What the samples send in place of the token (`Endpoint.token`). */
  tokenPlaceholder: string;
  bodyContentType?: string;
  /** The values samples start with: every path parameter, the required query parameters, the body example. */
  defaults: { path: Record<string, string>; query: Record<string, string[]>; body?: JsonValue };
}

export function sampleTarget(endpoint: Endpoint): SampleTarget {
  return {
    method: endpoint.method,
    path: endpoint.path,
    requiresAuth: endpoint.requiresAuth,
    tokenPlaceholder: endpoint.token.placeholder,
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

/** cURL, JavaScript (fetch), Python (requests) and Go (net/http) samples of one request. */
export function createCodeSamples(target: SampleTarget, options: CodeSampleOptions): CodeSample[] {
  const pathValues = options.path ?? target.defaults.path;
  const queryValues = options.query ?? target.defaults.query;
  const body = options.body === undefined ? target.defaults.body : options.body;
  const hasBody = target.bodyContentType !== undefined && body !== undefined;
  const headers: SampleRequest['headers'] = [];
  if (target.requiresAuth) headers.push(['Authorization', `Bearer ${options.token || target.tokenPlaceholder}`]);
  for (const [name, value] of Object.entries(options.header ?? {})) {
    if (name.toLowerCase() !== 'authorization') headers.push([name, value]);
  }
  const cookies = Object.entries(options.cookie ?? {});
  // written as the panel hands them to the proxy: each value percent-encoded
  if (cookies.length > 0) headers.push(['Cookie', cookies.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ')]);
  if (hasBody) headers.push(['Content-Type', target.bodyContentType!]);

  const request: SampleRequest = {
    method: target.method.toUpperCase(),
    url: options.baseUrl.replace(/\/$/, '') + requestPath(target.path, pathValues, queryValues),
    headers,
    body: hasBody ? body : undefined,
  };
  return languages.map(({ id, label, lang, write }) => ({ id, label, lang, code: write(request) }));
}
