import type { ApiModel, Endpoint } from '../endpoints/endpoint';
import type { JsonValue } from '../openapi/types';
import type { ErrorGuidance } from '../profile';

export type RetryAdvice = NonNullable<ErrorGuidance['retry']>;
export type { ErrorGuidance };

export interface ErrorTypeEntry extends ErrorGuidance {
  type: string;
  /** Statuses the type is returned with, lowest first (one, for this API). */
  statuses: string[];
  description: string;
  sample: JsonValue;
  /** The last segment of `url`: the type when that is URL-safe, else made so (see the model's `linkErrorTypes`). */
  slug: string;
  url: string;
  endpoints: Pick<Endpoint, 'key' | 'operationId' | 'title' | 'method' | 'path' | 'url'>[];
}

export interface ErrorStatusGroup {
  status: string;
  types: ErrorTypeEntry[];
}

export const errorCatalogUrl = '/partner-api/errors';

/**
 * Every error type of the API once, gathered from the endpoints' documented errors (no list is
 * kept by hand), with the guidance the document's profile finds for it. Empty when the document
 * does not type its errors: a status is not an error type, and the endpoint pages list statuses.
 */
export function buildErrorCatalog(model: ApiModel): ErrorTypeEntry[] {
  const guidance = model.profile.errorGuidance(model.document);
  const byType = new Map<string, ErrorTypeEntry>();
  for (const endpoint of model.endpoints) {
    for (const row of endpoint.errors) {
      // the model gives every typed row its page
      if (!row.typed || !row.url) continue;
      const url = row.url;
      let entry = byType.get(row.type);
      if (!entry) {
        entry = {
          type: row.type,
          statuses: [],
          description: row.description,
          sample: row.sample ?? null,
          slug: url.slice(errorCatalogUrl.length + 1),
          url,
          endpoints: [],
          ...(Object.hasOwn(guidance, row.type) && guidance[row.type]),
        };
        byType.set(row.type, entry);
      }
      if (!entry.statuses.includes(row.status)) entry.statuses.push(row.status);
      if (!entry.endpoints.some((e) => e.key === endpoint.key)) {
        const { key, operationId, title, method, path, url } = endpoint;
        entry.endpoints.push({ key, operationId, title, method, path, url });
      }
    }
  }
  return [...byType.values()]
    .map((entry) => ({ ...entry, statuses: entry.statuses.sort() }))
    .sort((a, b) => a.statuses[0].localeCompare(b.statuses[0]) || a.type.localeCompare(b.type));
}

export function groupByStatus(entries: ErrorTypeEntry[]): ErrorStatusGroup[] {
  const groups = new Map<string, ErrorTypeEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.statuses[0]) ?? [];
    list.push(entry);
    groups.set(entry.statuses[0], list);
  }
  return [...groups].map(([status, types]) => ({ status, types }));
}

export const retryLabels: Record<RetryAdvice, string> = {
  backoff: 'Retry later, with increasing delays.',
  'fix-first': 'Do not retry unchanged: fix the request, token, relation or data first.',
  never: 'Do not retry: the request cannot succeed as it is.',
};
