import { statusTitle } from '../http-status';
import { counted, type InlineText } from '../inline-text';
import type { JsonValue } from '../openapi/types';
import { errorHandlingOf, type Profile } from '../profile';
import { groupByStatus, retryLabels, type ErrorStatusGroup, type ErrorTypeEntry } from './error-catalog';

/**
 * The sections of an error type's page, in order: its contents, its HTML and its Markdown are all
 * drawn from this list, so a section shows in all three or in none.
 */
export type ErrorTypeSection = { id: string; title: string; depth: 2 } & (
  | { kind: 'cause'; text: string }
  | { kind: 'handling'; retry?: string; text?: string }
  | { kind: 'sample'; sample: JsonValue; sampleTitle: string }
  | { kind: 'endpoints'; intro: InlineText; endpoints: ErrorTypeEndpoint[] }
);

export type ErrorTypeEndpoint = ErrorTypeEntry['endpoints'][number] & {
  /** The endpoint's row for this type on its page. */
  href: string;
};

export function errorTypeSections(entry: ErrorTypeEntry): ErrorTypeSection[] {
  const sections: ErrorTypeSection[] = [];
  if (entry.cause) sections.push({ id: 'cause', title: 'What typically causes it', depth: 2, kind: 'cause', text: entry.cause });
  if (entry.handling || entry.retry) {
    sections.push({
      id: 'handling',
      title: 'How to handle it',
      depth: 2,
      kind: 'handling',
      retry: entry.retry && retryLabels[entry.retry],
      text: entry.handling,
    });
  }
  sections.push({ id: 'sample', title: 'Sample body', depth: 2, kind: 'sample', sample: entry.sample, sampleTitle: `${entry.statuses[0]} ${entry.type}` });
  const n = entry.endpoints.length;
  sections.push({
    id: 'endpoints',
    title: 'Returned by',
    depth: 2,
    kind: 'endpoints',
    intro: [`${n} ${n === 1 ? 'endpoint returns' : 'endpoints return'} this type; each link leads to its row on the endpoint's page.`],
    endpoints: entry.endpoints.map((endpoint) => ({ ...endpoint, href: `${endpoint.url}#${entry.type}` })),
  });
  return sections;
}

/** The catalogue's one paragraph before its lists, with the body the document's errors share. */
export function errorCatalogIntro(entries: ErrorTypeEntry[], profile: Profile): InlineText {
  return [
    `All ${counted(entries.length, 'error type')} of the API. Every error answer has the body `,
    { code: errorHandlingOf(profile).envelope },
    '. The status and ',
    { code: 'error.type' },
    ' are stable; handle errors by them, in one place in your code. Each type below links to its page: what typically causes it, how to handle it, and every endpoint that returns it.',
  ];
}

export interface ErrorCatalogSection extends ErrorStatusGroup {
  id: string;
  title: string;
  depth: 2;
}

/** The catalogue's sections, one per status: its contents, HTML and Markdown. */
export function errorCatalogSections(entries: ErrorTypeEntry[]): ErrorCatalogSection[] {
  return groupByStatus(entries).map((group) => ({ ...group, id: `status-${group.status}`, title: statusTitle(group.status), depth: 2 }));
}

/** "Returned by 3 endpoints": the count under each type in the catalogue. */
export function returnedByText(entry: ErrorTypeEntry): string {
  return `Returned by ${counted(entry.endpoints.length, 'endpoint')}`;
}
