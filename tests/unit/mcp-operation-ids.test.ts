import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

let original: string | undefined;
let client: Client;

beforeAll(async () => {
  original = process.env.WINGFIELD_OPENAPI;
  process.env.WINGFIELD_OPENAPI = 'tests/fixtures/documents/weird-operation-ids.json';
  const { createMcpServer } = await import('@/lib/mcp/create-mcp-server');
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer({ origin: 'http://docs.test' }).connect(serverSide);
  client = new Client({ name: 'mcp-operation-ids-test', version: '1.0.0' });
  await client.connect(clientSide);
}, 60_000);

afterAll(async () => {
  await client?.close();
  if (original === undefined) delete process.env.WINGFIELD_OPENAPI;
  else process.env.WINGFIELD_OPENAPI = original;
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
