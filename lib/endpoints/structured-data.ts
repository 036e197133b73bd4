import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import type { Endpoint, EventOperation } from './endpoint';
import { endpointSections, eventSections } from './page-sections';

/**
 * What search indexes for an endpoint page: beyond title and description, its method and path,
 * operationId, every parameter and body field, and every error type, each under its page heading.
 */
export function endpointStructuredData(endpoint: Endpoint): StructuredData {
  const contents: StructuredData['contents'] = [
    { heading: undefined, content: `${endpoint.method} ${endpoint.path}` },
  ];
  if (endpoint.operationId) contents.push({ heading: undefined, content: endpoint.operationId });
  if (endpoint.description) contents.push({ heading: undefined, content: endpoint.description });
  for (const [location, heading] of [
    ['path', 'path-parameters'],
    ['query', 'query-parameters'],
    ['header', 'header-parameters'],
    ['cookie', 'cookie-parameters'],
  ] as const) {
    for (const p of endpoint.parameters[location]) {
      contents.push({ heading, content: [p.name, p.description].filter(Boolean).join(': ') });
    }
  }
  for (const field of endpoint.body?.fields ?? []) {
    contents.push({ heading: 'request-body', content: [field.name, field.description].filter(Boolean).join(': ') });
  }
  for (const row of endpoint.errors) {
    contents.push({ heading: 'errors', content: `${row.type} (${row.status}): ${row.description}` });
  }
  for (const callback of endpoint.callbacks) {
    contents.push({ heading: 'callbacks', content: `${callback.title}: ${callback.method} ${callback.expression}` });
  }
  return {
    headings: endpointSections(endpoint).map((section) => ({ id: section.id, content: section.title })),
    contents,
  };
}

/** What search indexes for a webhook or callback page: its request, payload fields and responses. */
export function eventStructuredData(event: EventOperation): StructuredData {
  const contents: StructuredData['contents'] = [
    { heading: undefined, content: `${event.method} ${event.expression ?? event.name}` },
  ];
  if (event.description) contents.push({ heading: undefined, content: event.description });
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    for (const p of event.parameters[location]) {
      contents.push({ heading: `${location}-parameters`, content: [p.name, p.description].filter(Boolean).join(': ') });
    }
  }
  for (const field of event.body?.fields ?? []) {
    contents.push({ heading: 'payload', content: [field.name, field.description].filter(Boolean).join(': ') });
  }
  for (const response of event.responses) {
    contents.push({ heading: `response-${response.status}`, content: `${response.status}: ${response.description}` });
  }
  return {
    headings: eventSections(event).map((section) => ({ id: section.id, content: section.title })),
    contents,
  };
}
