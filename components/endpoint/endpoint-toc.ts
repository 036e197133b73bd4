import type { TOCItemType } from 'fumadocs-core/toc';
import type { Endpoint } from '@/lib/endpoints';
import { endpointSections } from '@/lib/endpoints/page-sections';

export function endpointToc(endpoint: Endpoint): TOCItemType[] {
  return endpointSections(endpoint).map((section) => ({
    title: section.title,
    url: `#${section.id}`,
    depth: section.depth,
  }));
}
