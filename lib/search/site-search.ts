import { createFromSource, type QueryOptions } from 'fumadocs-core/search/server';
import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import { getSource, type SitePage } from '../source';
import { isKeywordLine } from './keyword-line';

type PageKind = 'guide' | 'endpoint' | 'error-catalog' | 'error-type' | 'webhook' | 'callback';

function pageKind(page: SitePage): PageKind {
  return page.type === 'reference' ? page.data.kind : 'guide';
}

/**
 * How much a title counts for its kind of page. A handful of guides and one catalogue explain what
 * dozens of endpoint pages only mention; without this, a word such as "errors" that every endpoint
 * page contains buries the Error handling guide and the catalogue under them.
 */
const titleWeight: Record<PageKind, number> = {
  guide: 6,
  'error-catalog': 6,
  'error-type': 4,
  endpoint: 3,
  webhook: 3,
  callback: 3,
};

/** A guide's text explains; an endpoint's or the catalogue's lists what it mentions. */
const guideTextWeight = 1.5;

interface IndexedDocument {
  type: 'page' | 'heading' | 'text';
  tags: string[];
}

function weight(document: IndexedDocument): number {
  const kind = (document.tags[0] ?? 'endpoint') as PageKind;
  if (document.type === 'page') return titleWeight[kind] ?? 1;
  return kind === 'guide' ? guideTextWeight : 1;
}

const index = createFromSource(() => getSource(), {
  // stemming, so that "errors" finds "Error handling" and "connect" finds "connection"
  components: { tokenizer: { language: 'english', stemming: true } },
  buildIndex: (page: SitePage) => ({
    id: page.url,
    url: page.url,
    title: page.data.title ?? page.url,
    description: page.data.description,
    structuredData: page.data.structuredData as StructuredData,
    tag: pageKind(page),
  }),
  search: {
    sortBy: ([, scoreA, documentA], [, scoreB, documentB]) =>
      scoreB * weight(documentB as unknown as IndexedDocument) - scoreA * weight(documentA as unknown as IndexedDocument),
  },
});

async function search(query: string, options?: QueryOptions) {
  // a page found by a keyword line is listed; the line itself is not a result to read
  return (await index.search(query, options)).filter((hit) => hit.type === 'page' || typeof hit.content !== 'string' || !isKeywordLine(hit.content));
}

/**
 * The site's one search index: the search dialog (`/api/search`) and the MCP server's
 * `search_docs` read it. A function of the source, so that the index is built again for a new
 * source (an edit under `next dev`). Each page is tagged with its kind (`?tag=guide`, …).
 */
export const siteSearch = {
  search,
  async GET(request: Request): Promise<Response> {
    const params = new URL(request.url).searchParams;
    const query = params.get('query');
    if (!query) return Response.json([]);
    const limit = Number(params.get('limit'));
    return Response.json(
      await search(query, { tag: params.get('tag')?.split(','), ...(Number.isInteger(limit) && limit > 0 && { limit }) }),
    );
  },
};
