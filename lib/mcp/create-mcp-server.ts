import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { getApiModel } from '../endpoints';
import { siteConfig } from '../site-config';
import { listChanges } from './change-tools';
import { getEndpoint, getErrorType, getOperationSchema, listEndpoints, maxEndpointsListed, maxQueryWords, searchDocs } from './docs-tools';
import { boundedString, someOf } from './tool-arguments';

export interface McpServerOptions {
  /** The site's origin as the client reached it, for absolute page URLs. */
  origin: string;
}

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

const text = (value: string): CallToolResult => ({ content: [{ type: 'text', text: value }] });
const json = (value: unknown): CallToolResult => text(JSON.stringify(value, null, 2));

/**
 * The largest request body `/mcp` reads: 2 MiB. A tool's arguments are at most a few hundred
 * characters each, so this is far more than a call needs, yet small enough to read and parse in
 * milliseconds; a 1 MB argument still arrives, to be refused by its tool with its name and length.
 */
export const maxMcpRequestBytes = 2 * 1024 * 1024;

/**
 * More than a tool takes, in the elements of its arguments (keys and array items): a tool takes
 * at most three arguments, none of them an object or an array, and counting stops past this.
 */
const maxToolInputElements = 16;

/**
 * The reference as MCP tools for coding agents: the same pages, index and slices as the site, read
 * only. Nothing here calls an environment or takes a token. A thrown error becomes the tool's error
 * result (`isError`), whose message names the bad argument and what it may be.
 */
export function createMcpServer({ origin }: McpServerOptions): McpServer {
  const server = new McpServer(
    { name: 'wingfield-partner-api-reference', version: getApiModel().version },
    {
      maxToolInputElements,
      instructions: `${siteConfig.description} Start with search_docs or list_endpoints; get_endpoint gives a page's Markdown, get_operation_schema the OpenAPI slice for code generation; list_changes what changed in each release, breaking changes first.`,
    },
  );

  server.registerTool(
    'search_docs',
    {
      title: 'Search the reference',
      description:
        `Searches the site's pages (guides, endpoints, error types) like its search box, for the first ${maxQueryWords} distinct words of the query: the titles, URLs and short excerpts of the 10 best pages.`,
      inputSchema: { query: boundedString('query', 'Words to look for: a title, path, operationId, parameter or field name, error type') },
      annotations: readOnly,
    },
    async ({ query }) => json(await searchDocs(query, origin)),
  );

  server.registerTool(
    'list_endpoints',
    {
      title: 'List endpoints',
      description: `Every operation (method, path, operationId, summary, page URL), or one group's, ${maxEndpointsListed} at a time: an answer that is not the last has a nextCursor to pass as cursor. Groups: ${someOf(
        getApiModel().groups.map((group) => group.name),
        50,
      )}.`,
      inputSchema: {
        group: boundedString('group', 'A group name or its slug; omit for all operations').optional(),
        cursor: boundedString('cursor', 'The nextCursor of the previous answer; omit for the first part').optional(),
        limit: z.number().int().min(1).max(maxEndpointsListed).optional().describe(`How many operations to list (at most ${maxEndpointsListed}, the default)`),
      },
      annotations: readOnly,
    },
    async (options) => json(listEndpoints(options, origin)),
  );

  server.registerTool(
    'get_endpoint',
    {
      title: 'Get an endpoint',
      description:
        'An endpoint page as Markdown: parameters, request body and its TypeScript type, success response, every error type with its status and sample body, code samples. Give operationId, or method and path. A long page is cut, with a note giving its URL.',
      inputSchema: {
        operationId: boundedString('operationId', 'e.g. claimOrganizationRelation').optional(),
        method: boundedString('method', 'HTTP method, with path').optional(),
        path: boundedString('path', 'The documented path template, e.g. /v1/organizations/{organizationId}').optional(),
      },
      annotations: readOnly,
    },
    async (selector) => text(await getEndpoint(selector, origin)),
  );

  server.registerTool(
    'get_error_type',
    {
      title: 'Get an error type',
      description: 'One error type (the `error.type` of an error body): its status, cause, how to handle it, a sample body and the endpoints that return it.',
      inputSchema: { type: boundedString('type', 'e.g. invalid_api_token') },
      annotations: readOnly,
    },
    async ({ type }) => text(await getErrorType(type, origin)),
  );

  server.registerTool(
    'get_operation_schema',
    {
      title: 'Get an operation as OpenAPI',
      description:
        "The operation's self-contained slice of the OpenAPI document (its path item and every schema it references), as JSON, for code generation. A long slice is cut, with a note first giving the URL of the whole.",
      inputSchema: { operationId: boundedString('operationId', 'e.g. claimOrganizationRelation') },
      annotations: readOnly,
    },
    async ({ operationId }) => {
      const { text: slice, note } = getOperationSchema(operationId, origin);
      return { content: [...(note ? [{ type: 'text' as const, text: note }] : []), { type: 'text', text: slice }] };
    },
  );

  server.registerTool(
    'list_changes',
    {
      title: 'List changes',
      description:
        "What changed in each release of the API, newest first: every change with its class (breaking, non-breaking, documentation), kind, one-sentence summary, operation or event (a webhook or callback the API sends, judged as its receiver meets the change), side (request or response, as the document writes it), status, field and JSON pointer, breaking ones first; \"unreleased\" for the current document's changes on top of the newest release. Give since (a release's version) for what changed after it, operationId for one operation's changes.",
      inputSchema: {
        since: boundedString('since', "A release's version, e.g. 1.0.0: only the changes after it").optional(),
        operationId: boundedString('operationId', 'Only the changes to this operation (also one since removed)').optional(),
      },
      annotations: readOnly,
    },
    async (options) => json(listChanges(options, origin)),
  );

  return server;
}
