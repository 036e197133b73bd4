import { docs } from 'fumadocs-mdx:collections/server';
import { loader, multiple, type StaticSource } from 'fumadocs-core/source';
import { methodBadgePlugin } from '@/components/sidebar-method-badges';
import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import { getApiModel, type ApiModel } from './endpoints';
import { endpointStructuredData } from './endpoints/structured-data';

/** Sidebar order of the guides in `content/partner-api`, before the endpoint groups. */
const guideOrder = ['index', 'authentication', 'external-service', 'error-handling'];

export interface EndpointPageData {
  title: string;
  description?: string;
  operationId: string;
  structuredData: StructuredData;
  /** The method badge in the sidebar (the key fumadocs-openapi's pages use). */
  _openapi: { method: string };
}

/** One virtual page per operation, at `partner-api/<group-slug>/<operationId>`, with the sidebar's folders. */
function createEndpointSource(model: ApiModel): StaticSource<{
  pageData: EndpointPageData;
  metaData: { title?: string; pages: string[]; root?: boolean; defaultOpen?: boolean };
}> {
  return {
    files: [
      {
        type: 'meta',
        path: 'partner-api/meta.json',
        data: {
          title: model.title,
          root: true,
          pages: [...guideOrder, `---Endpoints---`, ...model.groups.map((group) => group.slug)],
        },
      },
      ...model.groups.flatMap((group) => [
        {
          type: 'meta' as const,
          path: `partner-api/${group.slug}/meta.json`,
          data: { title: group.name, defaultOpen: true, pages: group.endpoints.map((e) => e.operationId) },
        },
        ...group.endpoints.map((endpoint) => ({
          type: 'page' as const,
          path: `partner-api/${group.slug}/${endpoint.operationId}.json`,
          slugs: ['partner-api', ...endpoint.slugs],
          data: {
            title: endpoint.title,
            description: firstSentence(endpoint.description),
            operationId: endpoint.operationId,
            structuredData: endpointStructuredData(endpoint),
            _openapi: { method: endpoint.method },
          },
        })),
      ]),
    ],
  };
}

function firstSentence(text: string | undefined): string | undefined {
  return text?.split('\n')[0];
}

export const source = loader(
  multiple({
    docs: docs.toFumadocsSource(),
    endpoint: createEndpointSource(getApiModel()),
  }),
  {
    baseUrl: '/',
    plugins: [methodBadgePlugin()],
  },
);

export type SitePage = NonNullable<ReturnType<typeof source.getPage>>;
