import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectMcpClient, type McpTestClient } from './support/mcp-client';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

let mcp: McpTestClient;
let client: Client;

beforeAll(async () => {
  mcp = await connectMcpClient('tests/fixtures/documents/weird-operation-ids.json', 'mcp-operation-ids-test');
  client = mcp.client;
}, 60_000);

afterAll(async () => {
  await mcp?.close();
});

const textOf = (result: CallToolResult) => result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');

describe('MCP tools of a document whose operationIds are not URL-safe', () => {
  it('get_operation_schema takes the operationId as written as well as its key', async () => {
    for (const operationId of ['repos/get', 'firebase.projects.list', 'Ünïcode thing ✓']) {
      const result = (await client.callTool({ name: 'get_operation_schema', arguments: { operationId } })) as CallToolResult;
      expect(result.isError, `${operationId}: ${textOf(result).slice(0, 200)}`).toBeFalsy();
      const slice = JSON.parse(textOf(result)) as { paths: Record<string, Record<string, { operationId?: string }>> };
      expect(Object.values(slice.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId))).toContain(operationId);
    }
  });
});
