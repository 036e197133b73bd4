import type { Endpoint } from '../endpoints';
import type { JsonValue } from '../openapi/types';

/** A request that causes a documented error by itself, whatever the data on the server. */
export interface Reproduction {
  token?: 'none' | 'malformed';
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: JsonValue;
  /** What the change is, for the row: "sent without a token". */
  how: string;
}

export type ReproductionResult = { reproducible: true; reproduction: Reproduction } | { reproducible: false; why: string };

/** Whether the request alone can cause the error row `type`, by the rules of the document's profile. */
export function reproduce(endpoint: Endpoint, type: string): ReproductionResult {
  return endpoint.profile.reproduce?.(endpoint, type) ?? { reproducible: false, why: 'no rule to reproduce it is known' };
}
