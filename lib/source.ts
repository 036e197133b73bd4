import { docs } from 'fumadocs-mdx:collections/server';
import { loader, multiple, type StaticSource } from 'fumadocs-core/source';
import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import { getApiModel, type ApiModel } from './endpoints';
import { endpointMethods } from './endpoints/endpoint-methods';
import { endpointStructuredData } from './endpoints/structured-data';
import { errorCatalogUrl, getErrorCatalog, type ErrorTypeEntry } from './errors';
import { createSiteNavigation, type SiteNavigation } from './navigation';

/** Sidebar order of the guides in `content/partner-api`, before the endpoint groups. */
const guideOrder = ['index', 'authentication', 'external-service', 'error-handling'];

interface ReferencePageBase {
  title: string;
  description?: string;
  structuredData: StructuredData;
}

/** A page built from the OpenAPI document rather than from MDX. */
export type ReferencePageData = ReferencePageBase &
  (
    | {
        kind: 'endpoint';
        /** `Endpoint.key`. */
        key: string;
      }
    | { kind: 'error-catalog' }
    | { kind: 'error-type'; errorType: string }
  );

type ReferenceMeta = { title?: string; pages: string[]; root?: boolean; defaultOpen?: boolean };

/**
 * Virtual pages from the document: one per operation at `partner-api/<group-slug>/<key>`,
 * the error catalogue at `partner-api/errors`, one page per error type, and the sidebar's folders.
 */
function createReferenceSource(
  model: ApiModel,
  errors: ErrorTypeEntry[],
): StaticSource<{ pageData: ReferencePageData; metaData: ReferenceMeta }> {
  const errorsFolder = errorCatalogUrl.slice(1);
  return {
    files: [
      {
        type: 'meta',
        path: 'partner-api/meta.json',
        data: {
          title: model.title,
          root: true,
          pages: [...guideOrder, '---Endpoints---', ...model.groups.map((group) => group.slug), '---Reference---', 'errors'],
        },
      },
      ...model.groups.flatMap((group) => [
        {
          type: 'meta' as const,
          path: `partner-api/${group.slug}/meta.json`,
          data: { title: group.name, defaultOpen: true, pages: group.endpoints.map((e) => e.key) },
        },
        ...group.endpoints.map((endpoint) => ({
          type: 'page' as const,
          path: `partner-api/${group.slug}/${endpoint.key}.json`,
          slugs: ['partner-api', ...endpoint.slugs],
          data: {
            kind: 'endpoint' as const,
            title: endpoint.title,
            description: firstSentence(endpoint.description),
            key: endpoint.key,
            structuredData: endpointStructuredData(endpoint),
          },
        })),
      ]),
      {
        type: 'meta',
        path: `${errorsFolder}/meta.json`,
        data: { title: 'Error types', defaultOpen: false, pages: errors.map((entry) => entry.type) },
      },
      {
        type: 'page',
        path: `${errorsFolder}/index.json`,
        slugs: errorsFolder.split('/'),
        data: {
          kind: 'error-catalog',
          title: 'Error types',
          description: `All ${errors.length} error types of the Partner API, grouped by HTTP status, with the endpoints that return each.`,
          structuredData: {
            headings: [],
            contents: errors.map((entry) => ({ heading: undefined, content: `${entry.type}: ${entry.description}` })),
          },
        },
      },
      ...errors.map((entry) => ({
        type: 'page' as const,
        path: `${errorsFolder}/${entry.type}.json`,
        slugs: entry.url.slice(1).split('/'),
        data: {
          kind: 'error-type' as const,
          title: entry.type,
          description: `${entry.statuses.join(', ')}: ${entry.description}`,
          errorType: entry.type,
          structuredData: {
            headings: [],
            contents: [
              { heading: undefined, content: entry.description },
              ...[entry.cause, entry.handling].filter((text): text is string => !!text).map((content) => ({ heading: undefined, content })),
            ],
          },
        },
      })),
    ],
  };
}

function firstSentence(text: string | undefined): string | undefined {
  return text?.split('\n')[0];
}

export const source = loader(
  multiple({
    docs: docs.toFumadocsSource(),
    reference: createReferenceSource(getApiModel(), getErrorCatalog()),
  }),
  { baseUrl: '/' },
);

export type SitePage = NonNullable<ReturnType<typeof source.getPage>>;

/** Every page in sidebar order (introduction first), for llms.txt, the sitemap and crawls. */
export function pagesInOrder(): SitePage[] {
  const urls: string[] = [];
  const visit = (nodes: ReturnType<typeof source.getPageTree>['children']) => {
    for (const node of nodes) {
      if (node.type === 'page') urls.push(node.url);
      else if (node.type === 'folder') {
        if (node.index) urls.push(node.index.url);
        visit(node.children);
      }
    }
  };
  visit(source.getPageTree().children);
  const pages = source.getPages();
  const ordered = urls.map((url) => pages.find((page) => page.url === url)).filter((page): page is SitePage => !!page);
  return [...ordered, ...pages.filter((page) => !ordered.includes(page))];
}

/** The page at `/partner-api/<slugs…>`. */
export function findSitePage(slugs: string[]): SitePage | undefined {
  return source.getPage(['partner-api', ...slugs]);
}

/** The slugs under `/partner-api` of every page of one kind, for `generateStaticParams`. */
export function sitePageSlugs(kind: 'guide' | ReferencePageData['kind']): string[][] {
  return source
    .getPages()
    .filter((page) => page.slugs[0] === 'partner-api' && (page.type === 'reference' ? page.data.kind : 'guide') === kind)
    .map((page) => page.slugs.slice(1));
}

/** The navigation, breadcrumb and previous/next links of the page at `url`. */
export function siteNavigation(url: string): SiteNavigation {
  return createSiteNavigation({ tree: source.getPageTree(), url, methods: endpointMethods() });
}
