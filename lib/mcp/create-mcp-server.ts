import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { getApiModel } from '../endpoints';
import { siteConfig } from '../site-config';
import { getEndpoint, getErrorType, getOperationSchema, listEndpoints, searchDocs } from './docs-tools';

export interface McpServerOptions {
  /** The site's origin as the client reached it, for absolute page URLs. */
  origin: string;
}

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

const text = (value: string): CallToolResult => ({ content: [{ type: 'text', text: value }] });
const json = (value: unknown): CallToolResult => text(JSON.stringify(value, null, 2));

/**
 * The reference as MCP tools for coding agents: the same pages, index and slices as the site, read
 * only. Nothing here calls an environment or takes a token. A thrown error becomes the tool's error
 * result (`isError`), whose message names the bad argument and what it may be.
 */
export function createMcpServer({ origin }: McpServerOptions): McpServer {
  const server = new McpServer(
    { name: 'wingfield-partner-api-reference', version: getApiModel().version },
    {
      instructions: `${siteConfig.description} Start with search_docs or list_endpoints; get_endpoint gives a page's Markdown, get_operation_schema the OpenAPI slice for code generation.`,
    },
  );

  server.registerTool(
    'search_docs',
    {
      title: 'Search the reference',
      description: "Searches the site's pages (guides, endpoints, error types) like its search box: titles, URLs and short excerpts.",
      inputSchema: { query: z.string().describe('Words to look for: a title, path, operationId, parameter or field name, error type') },
      annotations: readOnly,
    },
    async ({ query }) => json(await searchDocs(query, origin)),
  );

  server.registerTool(
    'list_endpoints',
    {
      title: 'List endpoints',
      description: `Every operation (method, path, operationId, summary, page URL), or one group's. Groups: ${getApiModel()
        .groups.map((group) => group.name)
        .join(', ')}.`,
      inputSchema: { group: z.string().optional().describe('A group name or its slug; omit for all operations') },
      annotations: readOnly,
    },
    async ({ group }) => json(listEndpoints(group, origin)),
  );

  server.registerTool(
    'get_endpoint',
    {
      title: 'Get an endpoint',
      description:
        'An endpoint page as Markdown: parameters, request body and its TypeScript type, success response, every error type with its status and sample body, code samples. Give operationId, or method and path.',
      inputSchema: {
        operationId: z.string().optional().describe('e.g. claimOrganizationRelation'),
        method: z.string().optional().describe('HTTP method, with path'),
        path: z.string().optional().describe('The documented path template, e.g. /v1/organizations/{organizationId}'),
      },
      annotations: readOnly,
    },
    async (selector) => text(await getEndpoint(selector)),
  );

  server.registerTool(
    'get_error_type',
    {
      title: 'Get an error type',
      description: 'One error type (the `error.type` of an error body): its status, cause, how to handle it, a sample body and the endpoints that return it.',
      inputSchema: { type: z.string().describe('e.g. invalid_api_token') },
      annotations: readOnly,
    },
    async ({ type }) => text(await getErrorType(type)),
  );

  server.registerTool(
    'get_operation_schema',
    {
      title: 'Get an operation as OpenAPI',
      description: "The operation's self-contained slice of the OpenAPI document (its path item and every schema it references), as JSON, for code generation.",
      inputSchema: { operationId: z.string().describe('e.g. claimOrganizationRelation') },
      annotations: readOnly,
    },
    async ({ operationId }) => json(getOperationSchema(operationId)),
  );

  return server;
}
