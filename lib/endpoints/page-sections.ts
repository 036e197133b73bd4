import { statusTitle } from '../http-status';
import type { Endpoint, EventOperation, ParameterRow } from './endpoint';

export interface PageSection {
  id: string;
  title: string;
  depth: number;
}

/** The sections every page of an operation may have, by id: the one place their headings are written. */
const fixedTitles = {
  authorization: 'Authorization',
  'try-it': 'Try it',
  'request-body': 'Request body',
  'other-responses': 'Other responses',
  errors: 'Errors',
  callbacks: 'Callbacks',
  'code-samples': 'Code samples',
  payload: 'Payload',
  responses: 'Expected responses',
} as const;

export type FixedSectionId = keyof typeof fixedTitles;

export function pageSection(id: FixedSectionId): PageSection {
  return { id, title: fixedTitles[id], depth: 2 };
}

/** The parameter sections of a page, by location, in reading order: their ids are `<location>-parameters`. */
export const parameterSections = [
  ['path', 'Path parameters'],
  ['query', 'Query parameters'],
  ['header', 'Header parameters'],
  ['cookie', 'Cookie parameters'],
] as const;

/** The parameter sections an operation has, each with its rows. */
export function presentParameterSections(parameters: Endpoint['parameters']): (PageSection & { parameters: ParameterRow[] })[] {
  return parameterSections
    .filter(([location]) => parameters[location].length > 0)
    .map(([location, title]) => ({ id: `${location}-parameters`, title, depth: 2, parameters: parameters[location] }));
}

/** The id of a parameter's row in its table: what a link to that parameter (the changelog's) points at. */
export function parameterRowId(location: ParameterRow['in'], name: string): string {
  return `parameter-${location}-${name}`;
}

/**
 * The id of a field's row in the request body's or the success response's table:
 * `request-field-booking.status`. Array steps (`[]`) are left out, so that `participants.email`
 * and `participants[].email` name the same row.
 */
export function fieldRowId(side: 'request' | 'response', name: string): string {
  return `${side}-field-${name.replaceAll('[]', '')}`;
}

/** The success response's section: "Response 200". */
export function successSection(status: string): PageSection {
  return { id: 'response', title: `Response ${status}`, depth: 2 };
}

/** A response that is not an error (other responses, a webhook's expected ones), under its status. */
export function responseStatusSection(status: string): PageSection {
  return { id: `response-${status}`, title: statusTitle(status), depth: 3 };
}

/** One error status under "Errors". */
export function errorStatusSection(status: string): PageSection {
  return { id: `error-status-${status}`, title: statusTitle(status), depth: 3 };
}

/** The headings of an endpoint page in order: one list for the page, its table of contents and search. */
export function endpointSections(endpoint: Endpoint): PageSection[] {
  const sections: PageSection[] = [pageSection('authorization')];
  sections.push(...presentParameterSections(endpoint.parameters).map(({ id, title, depth }) => ({ id, title, depth })));
  if (endpoint.body) sections.push(pageSection('request-body'));
  // the call beside the prose on a wide screen, after the body in one column (`CallRow`)
  sections.push(pageSection('try-it'), pageSection('code-samples'));
  if (endpoint.success) sections.push(successSection(endpoint.success.status));
  if (endpoint.otherResponses.length > 0) {
    sections.push(pageSection('other-responses'));
    for (const response of endpoint.otherResponses) sections.push(responseStatusSection(response.status));
  }
  sections.push(pageSection('errors'));
  for (const status of endpoint.errorStatuses) sections.push(errorStatusSection(status.status));
  if (endpoint.callbacks.length > 0) sections.push(pageSection('callbacks'));
  return sections;
}

/** The headings of a webhook or callback page, in order. */
export function eventSections(event: EventOperation): PageSection[] {
  const sections: PageSection[] = [];
  if (event.security) sections.push(pageSection('authorization'));
  sections.push(...presentParameterSections(event.parameters).map(({ id, title, depth }) => ({ id, title, depth })));
  if (event.body) sections.push(pageSection('payload'));
  sections.push(pageSection('responses'));
  for (const response of event.responses) sections.push(responseStatusSection(response.status));
  return sections;
}

/** The webhook or callback at a page slug. */
export function findEvent(events: EventOperation[], slug: string): EventOperation | undefined {
  return events.find((event) => event.slug === slug);
}
