import type { JsonValue } from '../../openapi/types';

/** One part of a multipart body: a text value, or a file read from a path. */
export type SamplePart = { name: string; value: string } | { name: string; file: string };

/** What a request sends, in the form each language writes it in. */
export type SampleBody =
  | { kind: 'json'; contentType: string; value: JsonValue }
  | { kind: 'form'; contentType: string; fields: [name: string, value: string][] }
  /** The library writes its own `Content-Type`, with the boundary. */
  | { kind: 'multipart'; parts: SamplePart[] }
  | { kind: 'text'; contentType: string; text: string }
  | { kind: 'binary'; contentType: string; file: string };

/** One request, resolved: what every language's sample is written from. */
export interface SampleRequest {
  method: string;
  /** Absolute, with the path parameters, the query and a query API key already encoded. */
  url: string;
  /** Every header but `Content-Type`, which goes with the body. */
  headers: [name: string, value: string][];
  /** HTTP basic credentials: each language has its own way to send them (`-u`, `auth=`, `SetBasicAuth`…). */
  basic?: { username: string; password: string };
  body?: SampleBody;
  /** The success answer is `text/event-stream`: read as it arrives, line by line. */
  stream: boolean;
}

/** A string literal valid in JavaScript, Python and Go: JSON's escapes are a subset of theirs. */
export const quoted = (text: string) => JSON.stringify(text);

export const jsonText = (value: JsonValue, indent: number | string = 2) => JSON.stringify(value, null, indent);

/** The body's media type, for the languages that set it as a header; multipart's is the library's. */
export function bodyContentType(body: SampleBody | undefined): string | undefined {
  return body && body.kind !== 'multipart' ? body.contentType : undefined;
}

/** The headers to write, `Content-Type` last when the body has one of its own. */
export function headersWithContentType(request: SampleRequest): [string, string][] {
  const contentType = bodyContentType(request.body);
  return contentType ? [...request.headers, ['Content-Type', contentType]] : request.headers;
}

/** `user:password`, as basic authentication encodes it. */
export const basicText = (basic: NonNullable<SampleRequest['basic']>) => `${basic.username}:${basic.password}`;

/** A file's name without its folders, as the multipart part's `filename`. */
export const baseName = (file: string) => file.split(/[\\/]/).pop() || file;
