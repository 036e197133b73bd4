import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import type { Endpoint } from './endpoint';
import { endpointSections } from './page-sections';

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
  return {
    headings: endpointSections(endpoint).map((section) => ({ id: section.id, content: section.title })),
    contents,
  };
}
