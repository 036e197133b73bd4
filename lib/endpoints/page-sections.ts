import { statusReason } from '../http-status';
import type { Endpoint, EventOperation } from './endpoint';

export interface PageSection {
  id: string;
  title: string;
  depth: number;
}

/** The parameter sections of a page, by location, in reading order: their ids are `<location>-parameters`. */
export const parameterSections = [
  ['path', 'Path parameters'],
  ['query', 'Query parameters'],
  ['header', 'Header parameters'],
  ['cookie', 'Cookie parameters'],
] as const;

/** The headings of an endpoint page in order: one list for the page, its table of contents and search. */
export function endpointSections(endpoint: Endpoint): PageSection[] {
  const sections: PageSection[] = [
    { id: 'authorization', title: 'Authorization', depth: 2 },
    { id: 'try-it', title: 'Try it', depth: 2 },
  ];
  for (const [location, title] of parameterSections) {
    if (endpoint.parameters[location].length > 0) sections.push({ id: `${location}-parameters`, title, depth: 2 });
  }
  if (endpoint.body) sections.push({ id: 'request-body', title: 'Request body', depth: 2 });
  if (endpoint.success) sections.push({ id: 'response', title: `Response ${endpoint.success.status}`, depth: 2 });
  if (endpoint.otherResponses.length > 0) {
    sections.push({ id: 'other-responses', title: 'Other responses', depth: 2 });
    for (const response of endpoint.otherResponses) {
      sections.push({ id: `response-${response.status}`, title: `${response.status} ${statusReason(response.status)}`.trim(), depth: 3 });
    }
  }
  sections.push({ id: 'errors', title: 'Errors', depth: 2 });
  for (const status of endpoint.errorStatuses) {
    sections.push({ id: `error-status-${status.status}`, title: `${status.status} ${statusReason(status.status)}`.trim(), depth: 3 });
  }
  if (endpoint.callbacks.length > 0) sections.push({ id: 'callbacks', title: 'Callbacks', depth: 2 });
  sections.push({ id: 'code-samples', title: 'Code samples', depth: 2 });
  return sections;
}

/** The headings of a webhook or callback page, in order. */
export function eventSections(event: EventOperation): PageSection[] {
  const sections: PageSection[] = [];
  if (event.security) sections.push({ id: 'authorization', title: 'Authorization', depth: 2 });
  for (const [location, title] of parameterSections) {
    if (event.parameters[location].length > 0) sections.push({ id: `${location}-parameters`, title, depth: 2 });
  }
  if (event.body) sections.push({ id: 'payload', title: 'Payload', depth: 2 });
  sections.push({ id: 'responses', title: 'Expected responses', depth: 2 });
  for (const response of event.responses) {
    sections.push({ id: `response-${response.status}`, title: `${response.status} ${statusReason(response.status)}`.trim(), depth: 3 });
  }
  return sections;
}

/** The webhook or callback at a page slug. */
export function findEvent(events: EventOperation[], slug: string): EventOperation | undefined {
  return events.find((event) => event.slug === slug);
}
