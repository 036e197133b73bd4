import { formPairs, type MediaKind } from '../openapi/media-types';
import type { JsonValue } from '../openapi/types';
import type { Endpoint } from './endpoint';
import { sampleValue } from './sample-value';
import { apiKeyLocation, type AppliedScheme } from './security';
import { csharpSample } from './samples/csharp-sample';
import { curlSample } from './samples/curl-sample';
import { goSample } from './samples/go-sample';
import { javaSample } from './samples/java-sample';
import { javascriptSample } from './samples/javascript-sample';
import { phpSample } from './samples/php-sample';
import { pythonSample } from './samples/python-sample';
import { requestPath } from './samples/request-path';
import { rubySample } from './samples/ruby-sample';
import type { SampleBody, SamplePart, SampleRequest } from './samples/sample-request';

export interface CodeSample {
  id: string;
  label: string;
  lang: string;
  code: string;
}

export interface CodeSampleOptions {
  /** Origin the samples call, e.g. `https://dev.wingfield.systems`. */
  baseUrl: string;
  /**
   * The panel's token field, masked: it stands in for the placeholder of every scheme that sends
   * `Authorization: Bearer` (bearer, OAuth 2, OpenID Connect) that `credentials` does not name.
   */
  token?: string;
  /** Which of the target's security alternatives the samples write (`SampleTarget.security`); the first by default. */
  alternative?: number;
  /** Per scheme key, the masked value to show in place of its placeholder; for HTTP basic `username:password`. */
  credentials?: Record<string, string>;
  /** The path values as the panel holds them; each is percent-encoded into its segment, as the panel sends it. */
  path?: Record<string, unknown>;
  query?: Record<string, string[]>;
  /** Header parameters, as sent (credentials come from the schemes). */
  header?: Record<string, string>;
  /** Cookie parameters: the API gets them as one `Cookie` header. */
  cookie?: Record<string, string>;
  /**
   * JSON and form bodies as values; a multipart body as its fields, where a file part's value is
   * the chosen file's name (or a `File`); a text body as its text; a binary body as the file's name.
   */
  body?: JsonValue;
}

/**
 * Our own writers rather than a generator's: fumadocs-openapi's Go sample declared `body` twice
 * and used `ioutil`, its Python sample put JSON in unescaped triple quotes, and its cURL sample
 * escaped single quotes in a way shells do not read. @scalar/snippetz 0.10 writes PHP without
 * `<?php` and on ext-curl (not in a stock PHP), Java as statements without a class or imports,
 * with every value of a multipart body passed through `.replace("scalar-boundary", boundary)`,
 * and C# with top-level statements, `using` declarations and C# 11 raw strings, which mcs does not
 * compile. Each of ours compiles (tests/unit/code-samples-compile) and delivers what it says
 * (tests/unit/code-samples-run).
 */
const languages: { id: string; label: string; lang: string; write: (request: SampleRequest) => string }[] = [
  { id: 'curl', label: 'cURL', lang: 'bash', write: curlSample },
  { id: 'js', label: 'JavaScript', lang: 'js', write: javascriptSample },
  { id: 'python', label: 'Python', lang: 'python', write: pythonSample },
  { id: 'go', label: 'Go', lang: 'go', write: goSample },
  { id: 'php', label: 'PHP', lang: 'php', write: phpSample },
  { id: 'java', label: 'Java', lang: 'java', write: javaSample },
  { id: 'csharp', label: 'C#', lang: 'csharp', write: csharpSample },
  { id: 'ruby', label: 'Ruby', lang: 'ruby', write: rubySample },
];

/** The languages, in the order of the tabs. */
export const sampleLanguages = languages.map(({ id, label, lang }) => ({ id, label, lang }));

/** What a sample needs of one security scheme. */
export interface SampleScheme {
  key: AppliedScheme['key'];
  type: AppliedScheme['type'];
  in?: AppliedScheme['in'];
  name?: AppliedScheme['name'];
  scheme?: AppliedScheme['scheme'];
  /** What the samples write in place of the credential (`AppliedScheme.credential.placeholder`). */
  placeholder: string;
}

/** What a code sample needs of an endpoint: small enough to hand to the browser. */
export interface SampleTarget {
  method: Endpoint['method'];
  path: string;
  requiresAuth: boolean;
  /** The panel's token field's placeholder (`Endpoint.token`); the samples write each scheme's own. */
  tokenPlaceholder: string;
  /**
   * The endpoint's security alternatives (`Endpoint.security`): any one set authorizes, and
   * every scheme of a set is sent. Without it, `Authorization: Bearer` with `tokenPlaceholder`.
   */
  security?: SampleScheme[][];
  bodyContentType?: string;
  /** How the body is written on the wire; JSON when absent. */
  bodyKind?: MediaKind;
  /** The parts of a multipart body that carry files: one file each, or several (`file[]`). */
  fileParts?: { name: string; multiple: boolean }[];
  /** The success answer is `text/event-stream`: the samples read it as it arrives. */
  stream?: boolean;
  /** The values samples start with: every path parameter, the required query parameters, the body example. */
  defaults: { path: Record<string, string>; query: Record<string, string[]>; body?: JsonValue };
}

const isEventStream = (contentType: string | undefined) => contentType?.split(';')[0].trim().toLowerCase() === 'text/event-stream';

/**
 * The body's starting value: the example, a text body's text, or a multipart body made from its
 * schema, whose file parts are null: what a schema's sample says of a file is no file's name.
 */
function defaultBody(body: Endpoint['body'], fileParts: { name: string }[]): JsonValue | undefined {
  if (!body) return undefined;
  if (body.kind === 'text') return body.exampleText ?? '';
  if (body.kind !== 'multipart') return body.example;
  const sampled = sampleValue(body.schema, 'request');
  if (typeof sampled !== 'object' || sampled === null || Array.isArray(sampled)) return {};
  const files = new Set(fileParts.map((part) => part.name));
  return Object.fromEntries(Object.entries(sampled).map(([name, value]) => [name, files.has(name) ? null : value]));
}

export function sampleTarget(endpoint: Endpoint): SampleTarget {
  const { body } = endpoint;
  const fileParts = body?.kind === 'multipart'
    ? body.fields.filter((field) => field.depth === 0 && field.type.startsWith('file')).map((field) => ({ name: field.name, multiple: field.type === 'file[]' }))
    : [];
  return {
    method: endpoint.method,
    path: endpoint.path,
    requiresAuth: endpoint.requiresAuth,
    tokenPlaceholder: endpoint.token.placeholder,
    security: endpoint.security.alternatives.map((set) =>
      set.map((scheme) => ({
        key: scheme.key,
        type: scheme.type,
        ...(scheme.in && { in: scheme.in }),
        ...(scheme.name !== undefined && { name: scheme.name }),
        ...(scheme.scheme && { scheme: scheme.scheme }),
        placeholder: scheme.credential.placeholder,
      })),
    ),
    bodyContentType: body?.contentType,
    ...(body && body.kind !== 'json' && { bodyKind: body.kind }),
    ...(fileParts.length > 0 && { fileParts }),
    ...(isEventStream(endpoint.success?.contentType) && { stream: true }),
    defaults: {
      path: Object.fromEntries(endpoint.parameters.path.map((p) => [p.name, String(p.sample)])),
      query: Object.fromEntries(
        endpoint.parameters.query.filter((p) => p.required).map((p) => [p.name, [String(p.sample)]]),
      ),
      body: defaultBody(body, fileParts),
    },
  };
}

/** A placeholder such as `<api-key>` stays readable in a URL or a cookie; a value is encoded. */
const encodeCredential = (value: string) => (/^<[\w-]+>$/.test(value) ? value : encodeURIComponent(value));

/** Lone surrogates cannot be written as UTF-8 by any of the languages: they go as U+FFFD, as the panel sends them. */
function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.toWellFormed() as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toWellFormed(), wellFormed(item)])) as T;
  }
  return value;
}

/** A file part's or a binary body's file: the name given (a string or a `File`), else the placeholder. */
function fileName(value: unknown, placeholder: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' && value.name !== '') return value.name;
  return placeholder;
}

function multipartParts(target: SampleTarget, value: JsonValue | undefined): SamplePart[] {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const files = new Map((target.fileParts ?? []).map((part) => [part.name, part]));
  const parts: SamplePart[] = [];
  for (const name of new Set([...Object.keys(record), ...files.keys()])) {
    const filePart = files.get(name);
    const item = Object.hasOwn(record, name) ? record[name] : undefined;
    if (filePart?.multiple) {
      const chosen = (Array.isArray(item) ? item : []).map((one) => fileName(one, '')).filter(Boolean);
      const names = chosen.length > 0 ? chosen : ['<file-1>', '<file-2>'];
      parts.push(...names.map((file) => ({ name, file })));
    } else if (filePart) {
      parts.push({ name, file: fileName(item, '<file>') });
    } else if (item !== undefined && item !== null) {
      parts.push(...(formPairs({ [name]: item }) ?? []).map(([, text]) => ({ name, value: text })));
    }
  }
  return parts;
}

function sampleBody(target: SampleTarget, value: JsonValue | undefined): SampleBody | undefined {
  const contentType = target.bodyContentType;
  if (contentType === undefined) return undefined;
  switch (target.bodyKind ?? 'json') {
    case 'json':
      return value === undefined ? undefined : { kind: 'json', contentType, value };
    case 'form':
      return { kind: 'form', contentType, fields: formPairs(value) ?? [] };
    case 'multipart':
      return { kind: 'multipart', parts: multipartParts(target, value) };
    case 'text':
      return { kind: 'text', contentType, text: typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value) };
    case 'binary':
      return { kind: 'binary', contentType, file: fileName(value, '<file>') };
  }
}

/** What the chosen alternative's schemes add to a request: headers, a query parameter, cookies, basic credentials. */
function credentialsOf(target: SampleTarget, options: CodeSampleOptions) {
  const out = { headers: [] as [string, string][], query: [] as [string, string][], cookies: [] as [string, string][], basic: undefined as SampleRequest['basic'] };
  if (!target.requiresAuth) return out;
  const alternatives = target.security;
  if (!alternatives || alternatives.length === 0) {
    out.headers.push(['Authorization', `Bearer ${options.token || target.tokenPlaceholder}`]);
    return out;
  }
  const set = alternatives[options.alternative ?? 0] ?? alternatives[0];
  for (const scheme of set) {
    const sendsBearer = scheme.type === 'oauth2' || scheme.type === 'openIdConnect' || (scheme.type === 'http' && scheme.scheme === 'bearer');
    const given = options.credentials && Object.hasOwn(options.credentials, scheme.key) ? options.credentials[scheme.key] : undefined;
    const value = given || (sendsBearer && options.token) || scheme.placeholder;
    if (scheme.type === 'apiKey') {
      const name = scheme.name ?? scheme.key;
      ({ header: out.headers, query: out.query, cookie: out.cookies })[apiKeyLocation(scheme)].push([name, value]);
    } else if (sendsBearer) {
      out.headers.push(['Authorization', `Bearer ${value}`]);
    } else if (scheme.type === 'http' && scheme.scheme === 'basic') {
      const colon = value.indexOf(':');
      out.basic = colon < 0 ? { username: value, password: '' } : { username: value.slice(0, colon), password: value.slice(colon + 1) };
    } else if (scheme.type === 'http') {
      const name = scheme.scheme ? scheme.scheme[0].toUpperCase() + scheme.scheme.slice(1) : 'Unknown';
      out.headers.push(['Authorization', `${name} ${value}`]);
    }
    // mutual TLS is the connection's, not the request's: nothing to write
  }
  return out;
}

/** The request the samples write: the server, path, query, the chosen credentials, parameters and body. */
export function sampleRequest(target: SampleTarget, options: CodeSampleOptions): SampleRequest {
  const pathValues = options.path ?? target.defaults.path;
  const queryValues = options.query ?? target.defaults.query;
  const credentials = credentialsOf(target, options);
  const headers: SampleRequest['headers'] = [...credentials.headers];
  const taken = new Set(['authorization', 'content-type', ...headers.map(([name]) => name.toLowerCase())]);
  for (const [name, value] of Object.entries(options.header ?? {})) {
    if (!taken.has(name.toLowerCase())) headers.push([name, value]);
  }
  // written as the panel hands them to the proxy: each value percent-encoded
  const cookies = [
    ...credentials.cookies.map(([name, value]) => `${name}=${encodeCredential(value)}`),
    ...Object.entries(options.cookie ?? {}).map(([name, value]) => `${name}=${encodeURIComponent(value)}`),
  ];
  if (cookies.length > 0) headers.push(['Cookie', cookies.join('; ')]);
  if (target.stream) headers.push(['Accept', 'text/event-stream']);

  let url = options.baseUrl.replace(/\/$/, '') + requestPath(target.path, pathValues, queryValues);
  for (const [name, value] of credentials.query) url += `${url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeCredential(value)}`;
  const body = sampleBody(target, options.body === undefined ? target.defaults.body : options.body);
  return wellFormed({
    method: target.method.toUpperCase(),
    url,
    headers,
    ...(credentials.basic && { basic: credentials.basic }),
    ...(body && { body }),
    stream: target.stream === true,
  });
}

/** The request in cURL, JavaScript, Python, Go, PHP, Java, C# and Ruby. */
export function createCodeSamples(target: SampleTarget, options: CodeSampleOptions): CodeSample[] {
  const request = sampleRequest(target, options);
  return languages.map(({ id, label, lang, write }) => ({ id, label, lang, code: write(request) }));
}
