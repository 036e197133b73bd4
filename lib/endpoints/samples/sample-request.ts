import type { JsonValue } from '../../openapi/types';

/** One request, resolved: what every language's sample is written from. */
export interface SampleRequest {
  method: string;
  /** Absolute, with the path parameters and the query already encoded. */
  url: string;
  headers: [name: string, value: string][];
  body?: JsonValue;
}

/** A string literal valid in JavaScript, Python and Go: JSON's escapes are a subset of theirs. */
export const quoted = (text: string) => JSON.stringify(text);

export const jsonText = (value: JsonValue, indent: number | string = 2) => JSON.stringify(value, null, indent);
