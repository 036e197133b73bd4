import { statusReason } from '../http-status';
import type { Endpoint } from './endpoint';

export interface PageSection {
  id: string;
  title: string;
  depth: number;
}

/** The headings of an endpoint page in order: one list for the page, its table of contents and search. */
export function endpointSections(endpoint: Endpoint): PageSection[] {
  const sections: PageSection[] = [
    { id: 'authorization', title: 'Authorization', depth: 2 },
    { id: 'try-it', title: 'Try it', depth: 2 },
  ];
  if (endpoint.parameters.path.length > 0) sections.push({ id: 'path-parameters', title: 'Path parameters', depth: 2 });
  if (endpoint.parameters.query.length > 0) sections.push({ id: 'query-parameters', title: 'Query parameters', depth: 2 });
  if (endpoint.parameters.header.length > 0) sections.push({ id: 'header-parameters', title: 'Header parameters', depth: 2 });
  if (endpoint.parameters.cookie.length > 0) sections.push({ id: 'cookie-parameters', title: 'Cookie parameters', depth: 2 });
  if (endpoint.body) sections.push({ id: 'request-body', title: 'Request body', depth: 2 });
  if (endpoint.success) sections.push({ id: 'response', title: `Response ${endpoint.success.status}`, depth: 2 });
  sections.push({ id: 'errors', title: 'Errors', depth: 2 });
  for (const status of endpoint.errorStatuses) {
    sections.push({ id: `error-status-${status.status}`, title: `${status.status} ${statusReason(status.status)}`.trim(), depth: 3 });
  }
  if (endpoint.callbacks.length > 0) sections.push({ id: 'callbacks', title: 'Callbacks', depth: 2 });
  sections.push({ id: 'code-samples', title: 'Code samples', depth: 2 });
  return sections;
}
