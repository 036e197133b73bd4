import { getApiModel, type Endpoint } from '../endpoints';
import { errorCatalogUrl, getErrorCatalog } from '../errors';
import { pageMarkdown } from '../markdown/page-markdown';
import { markdownUrl } from '../markdown/urls';
import { siteSearch } from '../search/site-search';
import { findSitePage, source } from '../source';
import { tryItPayload, tryItPayloadUrl } from '../try-it/try-it-payload';
import { closestMatches } from './closest-matches';
import { cutAnswer, cutMarkdown, maxAnswerCharacters, type CutAnswer } from './cut-answer';
import { quoted, ToolArgumentError } from './tool-arguments';

const count = (value: number) => value.toLocaleString('en-US');

/** A text of the document, cut to `max` characters: a summary or title can be of any length. */
function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The model's key of an operation: its URL segment, and its `operationId` when that is URL-safe. */
const endpointKey = (endpoint: Endpoint): string => endpoint.key;

/** By key, or by the `operationId` as the document writes it (`repos/get` as well as `repos-get`). */
function findEndpoint(key: string): Endpoint | undefined {
  const model = getApiModel();
  return model.byKey.get(key) ?? model.endpoints.find((endpoint) => endpoint.operationId === key);
}

function unknownOperation(argument: string, key: string): ToolArgumentError {
  const keys = getApiModel().endpoints.map(endpointKey);
  const close = closestMatches(key, keys);
  const problem = `no operation ${quoted(key)}`;
  return close.length > 0
    ? new ToolArgumentError(argument, problem, close, 'Closest operationIds')
    : new ToolArgumentError(argument, problem, keys, 'Known operationIds', 'list_endpoints lists them all.');
}

/** Where the whole of a cut page is, for the note of a cut answer. */
function wholePage(origin: string, pageUrl: string): string {
  return `The whole page: ${origin + markdownUrl(pageUrl)} (Markdown) or ${origin + pageUrl}.`;
}

export interface SearchHit {
  title: string;
  url: string;
  markdownUrl: string;
  excerpt?: string;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** When more pages were found than the answer lists. */
  note?: string;
}

const excerptLength = 240;
const titleLength = 200;
const maxHits = 10;

function plainExcerpt(text: string): string {
  return short(text.replace(/<\/?mark>/g, '').replace(/\s+/g, ' ').trim(), excerptLength);
}

/**
 * The most distinct words of a query that are searched. Each word is looked up with a typo's
 * tolerance and highlighted in every passage found, on the thread that answers every page: what a
 * search may cost is bounded by a number of words, not only by the query's 300 characters.
 */
export const maxQueryWords = 12;

/** The query's first {@link maxQueryWords} distinct words (ignoring case), and whether there were more. */
function queryWords(query: string): { words: string; dropped: boolean } {
  const all = query.split(/\s+/).filter(Boolean);
  const distinct = [...new Map(all.map((word) => [word.toLowerCase(), word])).values()];
  return { words: distinct.slice(0, maxQueryWords).join(' '), dropped: distinct.length > maxQueryWords };
}

/**
 * `search_docs`: the best {@link maxHits} pages of the site's own search index, each with its first
 * matching passage, titles and excerpts cut to a few lines.
 */
export async function searchDocs(query: string, origin: string): Promise<SearchAnswer> {
  const { words, dropped } = queryWords(query);
  if (!words) throw new ToolArgumentError('query', 'it is empty', ['any words, e.g. "claim organization relation"'], 'Expected');
  const results = await siteSearch.search(words);
  const hits = new Map<string, SearchHit>();
  let more = false;
  for (const result of results) {
    const pageUrl = result.url.split('#')[0];
    let hit = hits.get(pageUrl);
    if (!hit) {
      if (hits.size >= maxHits) {
        more = true;
        continue;
      }
      const page = source.getPages().find((candidate) => candidate.url === pageUrl);
      hit = {
        title: page?.data.title ? short(page.data.title, titleLength) : plainExcerpt(result.content),
        url: origin + pageUrl,
        markdownUrl: origin + markdownUrl(pageUrl),
      };
      hits.set(pageUrl, hit);
    }
    if (!hit.excerpt && result.type !== 'page') hit.excerpt = plainExcerpt(result.content);
  }
  const notes = [
    ...(dropped ? [`Searched for the first ${maxQueryWords} distinct words only: ${quoted(words, 200)}.`] : []),
    ...(more ? [`The best ${maxHits} pages; more match: change the words of the query to find others.`] : []),
  ];
  return { hits: [...hits.values()], ...(notes.length > 0 && { note: notes.join(' ') }) };
}

export interface EndpointSummary {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  group: string;
  url: string;
}

export interface EndpointList {
  /** How many operations the document (or the group) has. */
  total: number;
  endpoints: EndpointSummary[];
  /** The `cursor` of the next part, when there is one. */
  nextCursor?: string;
  /** Which part of the list this is, and how to get the next. */
  note: string;
}

/** The most operations one `list_endpoints` answer lists, and how many it lists unless told. */
export const maxEndpointsListed = 100;

/** What the operations of one answer may add up to, in characters of JSON, below {@link maxAnswerCharacters}. */
const listCharacters = maxAnswerCharacters - 2_000;

/**
 * An operation as a list shows it. The document's texts are cut: a summary or a group's name to
 * 200 characters, a path or a key to 1,000 (longer ones cannot be passed back as arguments anyway).
 */
function endpointSummary(endpoint: Endpoint, origin: string): EndpointSummary {
  return {
    method: endpoint.method,
    path: short(endpoint.path, 1_000),
    operationId: short(endpointKey(endpoint), 1_000),
    summary: short(endpoint.title, titleLength),
    group: short(endpoint.group.name, titleLength),
    url: short(origin + endpoint.url, 1_200),
  };
}

export interface ListEndpointsOptions {
  group?: string;
  /** A `nextCursor` of an earlier answer. */
  cursor?: string;
  limit?: number;
}

/** Where a part of the list starts: a cursor is the position of its first operation, as given out. */
function listStart(cursor: string | undefined, total: number): number {
  if (cursor === undefined) return 0;
  const start = /^\d{1,9}$/.test(cursor) ? Number(cursor) : Number.NaN;
  if (!(start < total) && !(start === 0 && total === 0)) {
    throw new ToolArgumentError('cursor', `${quoted(cursor)} is not a cursor of this list`, ['the nextCursor of an earlier answer', 'none, for the first part'], 'Expected');
  }
  return start;
}

/** `list_endpoints`: the operations, or one group's (by name or slug, any case), a part at a time. */
export function listEndpoints({ group, cursor, limit = maxEndpointsListed }: ListEndpointsOptions, origin: string): EndpointList {
  const { groups, endpoints } = getApiModel();
  let selected = endpoints;
  let what = 'operations';
  if (group !== undefined) {
    const wanted = group.trim().toLowerCase();
    const match = groups.find((candidate) => candidate.slug === wanted || candidate.name.toLowerCase() === wanted);
    if (!match) throw new ToolArgumentError('group', `no group ${quoted(group)}`, groups.map((candidate) => candidate.name), 'Groups');
    selected = match.endpoints;
    what = `operations of ${quoted(match.name)}`;
  }
  const total = selected.length;
  const start = listStart(cursor, total);
  const size = Math.min(Math.max(1, Math.floor(limit)), maxEndpointsListed);
  // a part ends at `size` operations, or earlier when their text would not fit one answer
  const listed: EndpointSummary[] = [];
  let characters = 0;
  for (const endpoint of selected.slice(start, start + size)) {
    const summary = endpointSummary(endpoint, origin);
    characters += JSON.stringify(summary, null, 2).length;
    if (listed.length > 0 && characters > listCharacters) break;
    listed.push(summary);
  }
  const end = start + listed.length;
  const nextCursor = end < total ? String(end) : undefined;
  const note =
    total === 0
      ? `No ${what}.`
      : start === 0 && !nextCursor
        ? `All ${count(total)} ${what}.`
        : `Showing ${count(start + 1)}–${count(end)} of ${count(total)} ${what}${nextCursor ? `; pass cursor "${nextCursor}" for the next ${count(Math.min(size, total - end))}` : ''}.`;
  return { total, endpoints: listed, ...(nextCursor && { nextCursor }), note };
}

export interface EndpointSelector {
  operationId?: string;
  method?: string;
  path?: string;
}

function selectEndpoint({ operationId, method, path }: EndpointSelector): Endpoint {
  const { endpoints } = getApiModel();
  if (operationId !== undefined) {
    const endpoint = findEndpoint(operationId);
    if (!endpoint) throw unknownOperation('operationId', operationId);
    return endpoint;
  }
  if (method === undefined || path === undefined) {
    throw new ToolArgumentError(
      method === undefined ? 'method' : 'path',
      'give either operationId, or method and path together',
      ['operationId', 'method + path'],
      'Accepted',
    );
  }
  const methods = [...new Set(endpoints.map((endpoint) => endpoint.method))];
  const upper = method.trim().toUpperCase();
  if (!methods.includes(upper as Endpoint['method'])) throw new ToolArgumentError('method', `no operation uses ${quoted(method)}`, methods);
  const withMethod = endpoints.filter((endpoint) => endpoint.method === upper);
  const endpoint = withMethod.find((candidate) => candidate.path === path.trim());
  if (endpoint) return endpoint;
  const paths = withMethod.map((candidate) => candidate.path);
  const close = closestMatches(path, paths);
  throw new ToolArgumentError('path', `no ${upper} operation at ${quoted(path)}`, close.length > 0 ? close : paths, `${upper} paths`, 'list_endpoints lists them all.');
}

/** `get_endpoint`: the endpoint page's Markdown twin, as served at its URL + `.md`, cut when it is long. */
export async function getEndpoint(selector: EndpointSelector, origin: string): Promise<string> {
  const endpoint = selectEndpoint(selector);
  const page = findSitePage(endpoint.slugs);
  if (!page) throw new Error(`no page for ${endpointKey(endpoint)}`);
  return cutMarkdown(await pageMarkdown(page), wholePage(origin, page.url));
}

/** `get_error_type`: cause, handling, sample and the endpoints that return the type, as on its page. */
export async function getErrorType(type: string, origin: string): Promise<string> {
  const catalog = getErrorCatalog();
  const entry = catalog.find((candidate) => candidate.type === type.trim());
  if (!entry) {
    const types = catalog.map((candidate) => candidate.type);
    const close = closestMatches(type, types);
    throw new ToolArgumentError(
      'type',
      `no error type ${quoted(type)}`,
      close.length > 0 ? close : types,
      close.length > 0 ? 'Closest types' : 'Known types',
      `The catalogue lists them all: ${origin}${markdownUrl(errorCatalogUrl)}.`,
    );
  }
  const page = findSitePage(['errors', entry.type]);
  if (!page) throw new Error(`no page for error type ${entry.type}`);
  return cutMarkdown(await pageMarkdown(page), wholePage(origin, page.url));
}

/**
 * `get_operation_schema`: the operation's self-contained slice of the OpenAPI document, as the
 * try-it panel gets it, as JSON; cut when it is long, with a note of where the whole slice is.
 */
export function getOperationSchema(operationId: string, origin: string): CutAnswer {
  const endpoint = findEndpoint(operationId);
  const payload = endpoint && tryItPayload(endpoint.key);
  if (!endpoint || !payload) throw unknownOperation('operationId', operationId);
  return cutAnswer(
    JSON.stringify(payload.document, null, 2),
    `The whole slice is the "document" of ${origin}${tryItPayloadUrl(endpoint.key)}; the whole OpenAPI document is ${origin}/openapi.json; the operation's page: ${origin + markdownUrl(endpoint.url)}.`,
  );
}
