import { docs } from 'fumadocs-mdx:collections/server';
import { loader, multiple, type StaticSource } from 'fumadocs-core/source';
import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import { callbacksUrl, webhooksUrl } from './endpoints/build-api-model';
import { getApiModel, type ApiModel, type EventOperation } from './endpoints';
import { endpointMethods } from './endpoints/endpoint-methods';
import { endpointStructuredData, eventStructuredData } from './endpoints/structured-data';
import { errorCatalogUrl, getErrorCatalog, type ErrorTypeEntry } from './errors';
import type { Changelog } from './changes/change';
import { changelogFiles } from './changelog/changelog-pages';
import { siteChangelog } from './changelog/site-changelog';
import { createSidebarItems, createSiteNavigation, type NavItem, type SiteNavigation } from './navigation';

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
    | { kind: 'webhook' | 'callback'; eventSlug: string }
    | { kind: 'changelog' }
    | { kind: 'changelog-release'; version: string }
  );

type ReferenceMeta = { title?: string; pages: string[]; root?: boolean; defaultOpen?: boolean };

/** A folder of webhook or callback pages, with one page per request; nothing when there are none. */
function eventFiles(events: EventOperation[], folderUrl: string, title: string) {
  if (events.length === 0) return [];
  const folder = folderUrl.slice(1);
  return [
    { type: 'meta' as const, path: `${folder}/meta.json`, data: { title, defaultOpen: true, pages: events.map((event) => event.slug) } },
    ...events.map((event) => ({
      type: 'page' as const,
      path: `${folder}/${event.slug}.json`,
      slugs: event.url.slice(1).split('/'),
      data: {
        kind: event.kind,
        title: event.title,
        description: firstSentence(event.description),
        eventSlug: event.slug,
        structuredData: eventStructuredData(event),
      },
    })),
  ];
}

/**
 * Virtual pages from the document: one per operation at `partner-api/<group-slug>/<key>`,
 * one per webhook and per callback, the error catalogue at `partner-api/errors` and one page per
 * error type (when the document types its errors), and the sidebar's folders.
 */
function createReferenceSource(
  model: ApiModel,
  errors: ErrorTypeEntry[],
  changelog: Changelog | undefined,
): StaticSource<{ pageData: ReferencePageData; metaData: ReferenceMeta }> {
  const errorsFolder = errorCatalogUrl.slice(1);
  const events = [
    ...(model.webhooks.length > 0 ? [webhooksUrl.split('/').pop() as string] : []),
    ...(model.callbacks.length > 0 ? [callbacksUrl.split('/').pop() as string] : []),
  ];
  return {
    files: [
      {
        type: 'meta',
        path: 'partner-api/meta.json',
        data: {
          title: model.title,
          root: true,
          pages: [
            ...guideOrder,
            '---Endpoints---',
            ...model.groups.map((group) => group.slug),
            ...(events.length > 0 ? ['---Events---', ...events] : []),
            ...(errors.length > 0 || changelog ? ['---Reference---'] : []),
            ...(errors.length > 0 ? ['errors'] : []),
            ...(changelog ? ['changelog'] : []),
          ],
        },
      },
      ...eventFiles(model.webhooks, webhooksUrl, 'Webhooks'),
      ...eventFiles(model.callbacks, callbacksUrl, 'Callbacks'),
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
      ...(errors.length === 0 ? [] : errorFiles(errors, errorsFolder)),
      ...(changelog ? changelogFiles(changelog, model) : []),
    ],
  };
}

/** The error catalogue and a page per error type. */
function errorFiles(errors: ErrorTypeEntry[], errorsFolder: string) {
  return [
      {
        type: 'meta' as const,
        path: `${errorsFolder}/meta.json`,
        data: { title: 'Error types', defaultOpen: false, pages: errors.map((entry) => entry.slug) },
      },
      {
        type: 'page' as const,
        path: `${errorsFolder}/index.json`,
        slugs: errorsFolder.split('/'),
        data: {
          kind: 'error-catalog' as const,
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
        path: `${errorsFolder}/${entry.slug}.json`,
        slugs: entry.url.slice(1).split('/'),
        data: {
          kind: 'error-type' as const,
          title: entry.type,
          description: `${entry.statuses.join(', ')}: ${entry.description}`,
          errorType: entry.type,
          structuredData: {
            headings: [],
            contents: [
              { heading: undefined, content: errorTypeKeywords(entry.type) },
              { heading: undefined, content: entry.description },
              ...[entry.cause, entry.handling].filter((text): text is string => !!text).map((content) => ({ heading: undefined, content })),
            ],
          },
        },
      })),
  ];
}

/**
 * Search matches a word by its beginning, so `relation_not_found` would not find
 * `user_relation_not_found`: the type is indexed with each of its endings of two words or more.
 */
function errorTypeKeywords(type: string): string {
  const parts = type.split('_');
  return parts.slice(0, Math.max(parts.length - 1, 1)).map((_, start) => parts.slice(start).join('_')).join(' ');
}

function firstSentence(text: string | undefined): string | undefined {
  return text?.split('\n')[0];
}

function createSiteSource(model: ApiModel, errors: ErrorTypeEntry[], changelog: Changelog | undefined) {
  return loader(
    multiple({
      docs: docs.toFumadocsSource(),
      reference: createReferenceSource(model, errors, changelog),
    }),
    { baseUrl: '/' },
  );
}

type SiteSource = ReturnType<typeof createSiteSource>;

let built: { model: ApiModel; errors: ErrorTypeEntry[]; changelog: Changelog | undefined; source: SiteSource } | undefined;

/**
 * The pages of the site, made again when the document's model changes (an edit under `next dev`;
 * guides reload with this module). Search keys its index on the object returned here.
 */
export function getSource(): SiteSource {
  const model = getApiModel();
  const errors = getErrorCatalog();
  const changelog = siteChangelog();
  if (built?.model !== model || built.errors !== errors || built.changelog !== changelog) {
    built = { model, errors, changelog, source: createSiteSource(model, errors, changelog) };
  }
  return built.source;
}

/** Always the current {@link getSource}: modules that read `source.…` follow edits without a restart. */
export const source: SiteSource = new Proxy({} as SiteSource, {
  get(_target, key) {
    const current = getSource();
    const value: unknown = Reflect.get(current, key);
    return typeof value === 'function' ? value.bind(current) : value;
  },
});

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

/** The navigation of the section at `section` (a URL prefix: `/partner-api/booking`), or of the guides. */
export function sidebarItems(section?: string): NavItem[] {
  return createSidebarItems({ tree: source.getPageTree(), methods: endpointMethods(), section });
}

/** The breadcrumb and previous/next links of the page at `url`. */
export function siteNavigation(url: string): SiteNavigation {
  const navigation = createSiteNavigation({ tree: source.getPageTree(), url, methods: endpointMethods() });
  return getErrorCatalog().length > 0 ? { ...navigation, errorCatalog: errorCatalogUrl } : navigation;
}
