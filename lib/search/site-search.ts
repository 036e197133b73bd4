import { createFromSource, type AdvancedIndex, type QueryOptions } from 'fumadocs-core/search/server';
import type { SortedResult } from 'fumadocs-core/search';
import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import { getSource, type SitePage } from '../source';
import { isKeywordLine } from './keyword-line';
import { markdownText } from './markdown-text';

type PageKind = 'guide' | 'endpoint' | 'error-catalog' | 'error-type' | 'webhook' | 'callback' | 'changelog' | 'changelog-release';

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
  changelog: 6,
  'changelog-release': 3,
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

/**
 * The text of every indexed document by the id fumadocs gives it: a page's own is its URL, then
 * `<url>-<n>` for its headings and then its contents, in order (fumadocs' `buildDocuments`).
 * fumadocs answers a hit as Markdown with the matches wrapped in `<mark>`, which would carry the
 * document's markup to the reader; search answers this text instead.
 */
const indexedTexts = new Map<string, string>();

/** Markdown texts become what a reader sees of them; the other texts of the document are plain already. */
function indexPage(page: SitePage): AdvancedIndex {
  const kind = pageKind(page);
  const fromMarkdown = kind === 'guide';
  const data = page.data.structuredData as StructuredData;
  const headings = data.headings.map((heading) => ({ ...heading, content: fromMarkdown ? markdownText(heading.content) : heading.content }));
  const contents = data.contents.map((content) => ({ ...content, content: fromMarkdown ? markdownText(content.content) : content.content }));
  // an endpoint's or event's description is Markdown; it is indexed among the contents, so that
  // fumadocs numbers nothing of its own
  const description = page.data.description && (kind === 'endpoint' || kind === 'webhook' || kind === 'callback' ? markdownText(page.data.description) : page.data.description);
  if (description && !contents.some((content) => content.content === description)) contents.unshift({ heading: undefined, content: description });
  const title = page.data.title ?? page.url;
  indexedTexts.set(page.url, title);
  [...headings, ...contents].forEach((item, n) => indexedTexts.set(`${page.url}-${n}`, item.content));
  return { id: page.url, url: page.url, title, structuredData: { headings, contents }, tag: kind };
}

const index = createFromSource(() => getSource(), {
  // stemming, so that "errors" finds "Error handling" and "connect" finds "connection"
  components: { tokenizer: { language: 'english', stemming: true } },
  buildIndex: indexPage,
  search: {
    sortBy: ([, scoreA, documentA], [, scoreB, documentB]) =>
      scoreB * weight(documentB as unknown as IndexedDocument) - scoreA * weight(documentA as unknown as IndexedDocument),
  },
});

/**
 * A hit of the site's search: `content` is plain text, never Markdown or HTML, whatever the
 * document says; a reader's screen marks the words of the query in it.
 */
export type SearchHit = Omit<SortedResult, 'contentWithHighlights'>;

async function search(query: string, options?: QueryOptions): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  for (const hit of await index.search(query, options)) {
    const content = indexedTexts.get(hit.id);
    // a hit whose text is not known is left out rather than shown as fumadocs' Markdown
    if (content === undefined) continue;
    // a page found by a keyword line is listed; the line itself is not a result to read
    if (hit.type !== 'page' && isKeywordLine(content)) continue;
    hits.push({ id: hit.id, type: hit.type, url: hit.url, content, ...(hit.breadcrumbs && { breadcrumbs: hit.breadcrumbs }) });
  }
  return hits;
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
