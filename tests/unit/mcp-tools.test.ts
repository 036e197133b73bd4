import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectMcpClient, type McpTestClient } from './support/mcp-client';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

/**
 * A document of GitHub's size: 1,300 operations in 60 groups, 60 more with paths of 900
 * characters, and one operation whose page and slice are far bigger than an answer may be (a
 * 900 KB description with a code block, 2,000 described fields, a 5,000-character summary).
 */
function largeDocument(): object {
  const paths: Record<string, object> = {};
  for (let index = 0; index < 1_300; index++) {
    paths[`/things-${index}/{thingId}`] = {
      get: {
        operationId: `getThing${index}`,
        tags: [`Group ${index % 60}`],
        summary: `Get thing ${index}`,
        parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The thing.' } },
      },
    };
  }
  // a group whose paths are so long that 100 of them would not fit one answer
  for (let index = 0; index < 60; index++) {
    paths[`/long-${index}/${'segment/'.repeat(110)}{thingId}`] = {
      get: {
        operationId: `getLongThing${index}`,
        tags: ['Long'],
        summary: `Get long thing ${index}`,
        parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The thing.' } },
      },
    };
  }
  const properties = Object.fromEntries(
    Array.from({ length: 2_000 }, (_, index) => [`field${index}`, { type: 'string', description: `Field ${index}: ${'described at length. '.repeat(10)}` }]),
  );
  paths['/huge'] = {
    post: {
      operationId: 'hugeOperation',
      tags: ['Group 0'],
      summary: `Huge ${'summary '.repeat(625)}`,
      description: `The start of a long description.\n\n\`\`\`text\n${'a line of an example that never ends\n'.repeat(25_000)}\`\`\`\n\nThe end.`,
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties } } } },
      responses: { '200': { description: 'Done.' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Large API', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    tags: Array.from({ length: 60 }, (_, index) => ({ name: `Group ${index}` })),
    paths,
  };
}

const origin = 'http://docs.test';
let dir: string;
let mcp: McpTestClient;
let client: Client;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mcp-large-'));
  const file = path.join(dir, 'large.json');
  writeFileSync(file, JSON.stringify(largeDocument()));
  mcp = await connectMcpClient(file, 'mcp-tools-test', origin);
  client = mcp.client;
}, 120_000);

afterAll(async () => {
  await mcp?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

const textOf = (result: CallToolResult) => result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');

interface EndpointList {
  total: number;
  endpoints: { operationId: string; summary: string }[];
  nextCursor?: string;
  note: string;
}

describe('MCP answers of a document of 1,300 operations', () => {
  it('list_endpoints gives 100 at a time with a note and a cursor, and the cursors walk the whole list once', async () => {
    const first = JSON.parse(textOf(await call('list_endpoints', {}))) as EndpointList;
    expect(first.total).toBe(1_361);
    expect(first.endpoints).toHaveLength(100);
    expect(first.note).toBe('Showing 1–100 of 1,361 operations; pass cursor "100" for the next 100.');
    const seen = first.endpoints.map((endpoint) => endpoint.operationId);
    for (let cursor = first.nextCursor; cursor; ) {
      const text = textOf(await call('list_endpoints', { cursor }));
      expect(text.length).toBeLessThan(40_000);
      const page = JSON.parse(text) as EndpointList;
      expect(page.note.startsWith(`Showing ${(Number(cursor) + 1).toLocaleString('en-US')}–`), page.note).toBe(true);
      seen.push(...page.endpoints.map((endpoint) => endpoint.operationId));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(1_361);
    expect(new Set(seen).size).toBe(1_361);
  });

  it('list_endpoints ends a part early when its operations would not fit one answer, and says where the next starts', async () => {
    const text = textOf(await call('list_endpoints', { group: 'Long' }));
    expect(text.length).toBeLessThan(40_000);
    const part = JSON.parse(text) as EndpointList;
    expect(part.endpoints.length).toBeGreaterThan(5);
    expect(part.endpoints.length).toBeLessThan(60);
    expect(part.nextCursor).toBe(String(part.endpoints.length));
    expect(part.note).toBe(`Showing 1–${part.endpoints.length} of 60 operations of "Long"; pass cursor "${part.nextCursor}" for the next ${Math.min(100, 60 - part.endpoints.length)}.`);
  });

  it('list_endpoints cuts a long summary, takes a smaller limit, and refuses a larger one or a made-up cursor', async () => {
    const group = JSON.parse(textOf(await call('list_endpoints', { group: 'Group 0', limit: 30 }))) as EndpointList;
    expect(group.total).toBe(23);
    expect(group.endpoints).toHaveLength(23);
    expect(group.note).toBe('All 23 operations of "Group 0".');
    const huge = group.endpoints.find((endpoint) => endpoint.operationId === 'hugeOperation')!;
    expect(huge.summary.length).toBeLessThanOrEqual(200);
    expect(huge.summary.endsWith('…')).toBe(true);

    const over = await call('list_endpoints', { limit: 101 });
    expect(over.isError).toBe(true);
    expect(textOf(over)).toContain('limit');
    for (const cursor of ['abc', '-1', '1361', '1e3', ' 5']) {
      const bad = await call('list_endpoints', { cursor });
      expect(bad.isError, cursor).toBe(true);
      expect(textOf(bad)).toContain('Invalid argument "cursor"');
    }
  });

  it('an unknown group or operationId lists 20 of what there is, not all of it', async () => {
    const group = textOf(await call('list_endpoints', { group: 'Group 99' }));
    expect(group).toContain('Invalid argument "group": no group "Group 99"');
    expect(group).toContain('and 41 more');
    const operation = textOf(await call('get_endpoint', { operationId: 'zzqqxxyyvvww' }));
    expect(operation).toContain('Known operationIds: getThing0, getThing60, getThing120,');
    expect(operation).toContain('and 1,341 more. list_endpoints lists them all.');
    for (const text of [group, operation]) expect(text.length).toBeLessThan(1_500);
  });

  it('an operationId with one typo is found among 1,300', async () => {
    const text = textOf(await call('get_operation_schema', { operationId: 'getThinq1234' }));
    expect(text).toMatch(/Closest operationIds: getThing1234\b/);
  });

  it('list_endpoints names at most 50 of the 60 groups in its description', async () => {
    const { tools } = await client.listTools();
    const description = tools.find((tool) => tool.name === 'list_endpoints')!.description!;
    expect(description).toContain('Group 49 and 11 more.');
    expect(description.length).toBeLessThan(1_500);
  });

  it("get_endpoint cuts a 900 KB page at 40,000 characters, closes its code block and gives the page's URLs", async () => {
    const markdown = textOf(await call('get_endpoint', { operationId: 'hugeOperation' }));
    expect(markdown.length).toBeGreaterThan(20_000);
    expect(markdown.length).toBeLessThan(40_500);
    expect(markdown).toMatch(/> \*\*Cut: this answer is the first [\d,]+ of [\d,]+ characters\. The whole page: http:\/\/docs\.test\/partner-api\/group-0\/hugeOperation\.md \(Markdown\) or http:\/\/docs\.test\/partner-api\/group-0\/hugeOperation\.\*\*\n$/);
    expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(markdown).not.toContain('The end.');
  });

  it('get_operation_schema cuts a slice over 40,000 characters and says first where the whole is', async () => {
    const result = await call('get_operation_schema', { operationId: 'hugeOperation' });
    expect(result.isError).toBeFalsy();
    const [note, slice] = result.content.map((part) => (part.type === 'text' ? part.text : ''));
    expect(note).toMatch(/^Cut: this answer is the first [\d,]+ of [\d,]+ characters\. The whole slice is the "document" of http:\/\/docs\.test\/api\/try-it\/hugeOperation;/);
    expect(slice.length).toBeLessThanOrEqual(40_000);
    expect(slice.startsWith('{\n  "openapi"')).toBe(true);
    // a small slice is whole, one JSON text
    const small = await call('get_operation_schema', { operationId: 'getThing7' });
    expect(small.content).toHaveLength(1);
    expect(JSON.parse(textOf(small)).paths).toHaveProperty(['/things-7/{thingId}']);
  });

  // the first search builds the index of every page, 1,361 of them endpoints
  it('search_docs gives at most 10 pages, with short titles and excerpts, and says when more match', async () => {
    const answer = JSON.parse(textOf(await call('search_docs', { query: 'thing' }))) as {
      hits: { title: string; excerpt?: string }[];
      note?: string;
    };
    expect(answer.hits).toHaveLength(10);
    expect(answer.note).toMatch(/more match/);
    for (const hit of answer.hits) {
      expect(hit.title.length).toBeLessThanOrEqual(200);
      expect(hit.excerpt?.length ?? 0).toBeLessThanOrEqual(240);
    }
    const many = JSON.parse(textOf(await call('search_docs', { query: `${'thing '.repeat(20)}${Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ')}` }))) as {
      note?: string;
    };
    expect(many.note).toContain('Searched for the first 12 distinct words only: "thing w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10".');
    const huge = JSON.parse(textOf(await call('search_docs', { query: 'Huge summary' }))) as { hits: { title: string }[] };
    expect(huge.hits.length).toBeGreaterThan(0);
    for (const hit of huge.hits) expect(hit.title.length).toBeLessThanOrEqual(200);
  }, 60_000);
});

describe('MCP tool arguments', () => {
  const stringArguments: [tool: string, argument: string][] = [
    ['search_docs', 'query'],
    ['list_endpoints', 'group'],
    ['list_endpoints', 'cursor'],
    ['get_endpoint', 'operationId'],
    ['get_endpoint', 'method'],
    ['get_endpoint', 'path'],
    ['get_error_type', 'type'],
    ['get_operation_schema', 'operationId'],
  ];

  it('every string argument is at most 300 characters, as each input schema says', async () => {
    const { tools } = await client.listTools();
    for (const [tool, argument] of stringArguments) {
      const property = tools.find((candidate) => candidate.name === tool)!.inputSchema.properties![argument] as { maxLength?: number };
      expect(property.maxLength, `${tool}.${argument}`).toBe(300);
    }
  });

  it('a longer one is refused before its tool runs, with its name, the limit and its length', async () => {
    for (const [tool, argument] of stringArguments) {
      for (const length of [301, 1_000_000]) {
        const result = await call(tool, { [argument]: 'é'.repeat(length) });
        expect(result.isError, `${tool}.${argument}`).toBe(true);
        expect(textOf(result)).toContain(`Invalid argument "${argument}": it is ${length} characters long, and at most 300 are accepted`);
        expect(textOf(result).length).toBeLessThan(500);
      }
    }
  });

  it('arguments with more elements than a tool takes are refused', async () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`key${index}`, index]));
    const result = await call('list_endpoints', many);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/more than the maximum of \d+ elements/);
  });
});
