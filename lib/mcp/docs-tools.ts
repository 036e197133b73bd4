import { getApiModel, type Endpoint } from '../endpoints';
import { getErrorCatalog } from '../errors';
import { pageMarkdown } from '../markdown/page-markdown';
import { markdownUrl } from '../markdown/urls';
import { siteSearch } from '../search/site-search';
import { findSitePage, source } from '../source';
import { tryItPayload } from '../try-it/try-it-payload';
import { closestMatches } from './closest-matches';

/**
 * A bad argument of a tool: names the argument and what it may be, so that an agent can correct
 * its call without another round of guessing.
 */
export class ToolArgumentError extends Error {
  constructor(
    readonly argument: string,
    problem: string,
    allowed: readonly string[],
    allowedLabel = 'Allowed values',
  ) {
    super(`Invalid argument "${argument}": ${problem}. ${allowedLabel}: ${allowed.join(', ')}.`);
    this.name = 'ToolArgumentError';
  }
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
  return close.length > 0
    ? new ToolArgumentError(argument, `no operation "${key}"`, close, 'Closest operationIds')
    : new ToolArgumentError(argument, `no operation "${key}"`, keys, 'Known operationIds');
}

export interface SearchHit {
  title: string;
  url: string;
  markdownUrl: string;
  excerpt?: string;
}

const excerptLength = 240;

function plainExcerpt(text: string): string {
  const plain = text.replace(/<\/?mark>/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > excerptLength ? `${plain.slice(0, excerptLength - 1)}…` : plain;
}

/** `search_docs`: pages of the site's own search index, best first, each with its first matching passage. */
export async function searchDocs(query: string, origin: string, limit = 10): Promise<SearchHit[]> {
  if (!query.trim()) throw new ToolArgumentError('query', 'it is empty', ['any words, e.g. "claim organization relation"'], 'Expected');
  const results = await siteSearch.search(query);
  const hits = new Map<string, SearchHit>();
  for (const result of results) {
    const pageUrl = result.url.split('#')[0];
    let hit = hits.get(pageUrl);
    if (!hit) {
      if (hits.size >= limit) continue;
      const page = source.getPages().find((candidate) => candidate.url === pageUrl);
      hit = { title: page?.data.title ?? plainExcerpt(result.content), url: origin + pageUrl, markdownUrl: origin + markdownUrl(pageUrl) };
      hits.set(pageUrl, hit);
    }
    if (!hit.excerpt && result.type !== 'page') hit.excerpt = plainExcerpt(result.content);
  }
  return [...hits.values()];
}

export interface EndpointSummary {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  group: string;
  url: string;
}

/** `list_endpoints`: every operation, or one group's (by name or slug, any case). */
export function listEndpoints(group: string | undefined, origin: string): EndpointSummary[] {
  const { groups, endpoints } = getApiModel();
  let selected = endpoints;
  if (group !== undefined) {
    const wanted = group.trim().toLowerCase();
    const match = groups.find((candidate) => candidate.slug === wanted || candidate.name.toLowerCase() === wanted);
    if (!match) throw new ToolArgumentError('group', `no group "${group}"`, groups.map((candidate) => candidate.name));
    selected = match.endpoints;
  }
  return selected.map((endpoint) => ({
    method: endpoint.method,
    path: endpoint.path,
    operationId: endpointKey(endpoint),
    summary: endpoint.title,
    group: endpoint.group.name,
    url: origin + endpoint.url,
  }));
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
  if (!methods.includes(upper as Endpoint['method'])) throw new ToolArgumentError('method', `no operation uses "${method}"`, methods);
  const withMethod = endpoints.filter((endpoint) => endpoint.method === upper);
  const endpoint = withMethod.find((candidate) => candidate.path === path.trim());
  if (endpoint) return endpoint;
  const paths = withMethod.map((candidate) => candidate.path);
  const close = closestMatches(path, paths);
  throw new ToolArgumentError('path', `no ${upper} operation at "${path}"`, close.length > 0 ? close : paths, `${upper} paths`);
}

/** `get_endpoint`: the endpoint page's Markdown twin, as served at its URL + `.md`. */
export async function getEndpoint(selector: EndpointSelector): Promise<string> {
  const endpoint = selectEndpoint(selector);
  const page = findSitePage(endpoint.slugs);
  if (!page) throw new Error(`no page for ${endpointKey(endpoint)}`);
  return pageMarkdown(page);
}

/** `get_error_type`: cause, handling, sample and the endpoints that return the type, as on its page. */
export async function getErrorType(type: string): Promise<string> {
  const catalog = getErrorCatalog();
  const entry = catalog.find((candidate) => candidate.type === type.trim());
  if (!entry) {
    const types = catalog.map((candidate) => candidate.type);
    const close = closestMatches(type, types);
    throw new ToolArgumentError('type', `no error type "${type}"`, close.length > 0 ? close : types, close.length > 0 ? 'Closest types' : 'Known types');
  }
  const page = findSitePage(['errors', entry.type]);
  if (!page) throw new Error(`no page for error type ${entry.type}`);
  return pageMarkdown(page);
}

/** `get_operation_schema`: the operation's self-contained slice of the OpenAPI document, as the try-it panel gets it. */
export function getOperationSchema(operationId: string): unknown {
  const payload = findEndpoint(operationId) && tryItPayload(operationId);
  if (!payload) throw unknownOperation('operationId', operationId);
  return payload.document;
}
