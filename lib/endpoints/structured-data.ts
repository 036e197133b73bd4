import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import { keywordLine } from '../search/keyword-line';
import { markdownText } from '../search/markdown-text';
import type { Endpoint, EventOperation } from './endpoint';
import { pageSection, presentParameterSections, responseStatusSection } from './page-sections';

/**
 * Words integrators use for a relation between their service and a user or organization. An
 * operation named with one of them is found by all of them: "link" finds *Request user
 * connection*, "connect" finds *Unlink user*.
 */
const connectionWords = ['connect', 'connection', 'disconnect', 'link', 'unlink', 'relation'];

/** `requestUserRelation` → `request user relation`. */
function words(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * What search matches an operation by besides its title: the operationId, as written and as
 * words, and, on its own so that it weighs as much as a title, the synonyms of a connection.
 */
function endpointKeywords(endpoint: Endpoint): string[] {
  const id = endpoint.operationId ?? endpoint.key;
  const named = words(`${endpoint.title} ${id}`).split(' ');
  const connection = named.some((word) => connectionWords.some((synonym) => word === synonym || word === `${synonym}s`));
  return [`${id}: ${words(id)}`, ...(connection ? [connectionWords.join(', ')] : [])];
}

const named = (name: string, description?: string) => [name, description].filter(Boolean).join(': ');

/** An operation's description, parameters and body fields, each under its section (`bodySection`). */
function operationContents(
  operation: Pick<Endpoint, 'description' | 'parameters' | 'body'>,
  bodySection: string,
): StructuredData['contents'] {
  const contents: StructuredData['contents'] = [];
  // the page renders the description as Markdown without its raw HTML: search holds that text
  const description = operation.description && markdownText(operation.description);
  if (description) contents.push({ heading: undefined, content: description });
  for (const section of presentParameterSections(operation.parameters)) {
    for (const p of section.parameters) contents.push({ heading: section.id, content: named(p.name, p.description) });
  }
  for (const field of operation.body?.fields ?? []) contents.push({ heading: bodySection, content: named(field.name, field.description) });
  return contents;
}

/**
 * What search indexes for an endpoint page: beyond title and description, its method and path,
 * operationId, every parameter and body field, and every error type, each under its page heading.
 * The section titles themselves ("Errors", "Code samples", "Try it", …) are on every page and say
 * nothing about this one, so they are no headings of the index: as many of them as there are
 * endpoints would outrank the one guide or catalogue a query means.
 */
export function endpointStructuredData(endpoint: Endpoint): StructuredData {
  const contents: StructuredData['contents'] = [
    { heading: undefined, content: `${endpoint.method} ${endpoint.path}` },
    ...endpointKeywords(endpoint).map((content) => ({ heading: undefined, content: keywordLine(content) })),
  ];
  contents.push(...operationContents(endpoint, pageSection('request-body').id));
  for (const row of endpoint.errors) {
    contents.push({ heading: pageSection('errors').id, content: `${row.type} (${row.status}): ${row.description}` });
  }
  for (const callback of endpoint.callbacks) {
    contents.push({ heading: pageSection('callbacks').id, content: `${callback.title}: ${callback.method} ${callback.expression}` });
  }
  return { headings: [], contents };
}

/**
 * What search indexes for a webhook or callback page: its request, payload fields and responses,
 * without the section titles shared by every such page (see {@link endpointStructuredData}).
 */
export function eventStructuredData(event: EventOperation): StructuredData {
  const contents: StructuredData['contents'] = [
    { heading: undefined, content: `${event.method} ${event.expression ?? event.name}` },
  ];
  contents.push(...operationContents(event, pageSection('payload').id));
  for (const response of event.responses) {
    contents.push({ heading: responseStatusSection(response.status).id, content: `${response.status}: ${response.description}` });
  }
  return { headings: [], contents };
}
