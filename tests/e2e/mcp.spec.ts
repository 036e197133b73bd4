import { expect, test } from '@playwright/test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { siteUrl } from './support/ports';

const claimErrorTypes = [
  'invalid_schema',
  'malformed_connect_token',
  'missing_api_token',
  'invalid_api_token',
  'scope_permission_denied',
];

async function connect(): Promise<Client> {
  const client = new Client({ name: 'wingfield-e2e', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', siteUrl)));
  return client;
}

function textOf(result: Awaited<ReturnType<Client['callTool']>>): string {
  return (result as CallToolResult).content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

test.describe('MCP server at /mcp, with the SDK client', () => {
  let client: Client;
  test.beforeAll(async () => {
    client = await connect();
  });
  test.afterAll(async () => {
    await client?.close();
  });

  test('lists its five read-only tools', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['get_endpoint', 'get_error_type', 'get_operation_schema', 'list_endpoints', 'search_docs']);
    for (const tool of tools) expect(tool.annotations?.readOnlyHint).toBe(true);
  });

  test('search_docs answers titles, URLs and excerpts from the site index', async () => {
    const result = await client.callTool({ name: 'search_docs', arguments: { query: 'claim organization relation' } });
    expect(result.isError).toBeFalsy();
    const hits = JSON.parse(textOf(result)) as { title: string; url: string; markdownUrl: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.url.endsWith('/claimOrganizationRelation'))).toBe(true);
    for (const hit of hits) expect(hit.url.startsWith(siteUrl)).toBe(true);
  });

  test('list_endpoints lists every operation, or one group; an unknown group gets the list of groups', async () => {
    const all = JSON.parse(textOf(await client.callTool({ name: 'list_endpoints', arguments: {} }))) as { operationId: string; group: string; method: string; path: string; url: string }[];
    const claim = all.find((endpoint) => endpoint.operationId === 'claimOrganizationRelation');
    expect(claim).toMatchObject({ method: 'POST' });
    expect(claim!.url).toContain('/partner-api/');
    const group = claim!.group;
    const one = JSON.parse(textOf(await client.callTool({ name: 'list_endpoints', arguments: { group } }))) as { group: string }[];
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(all.length);
    expect(one.every((endpoint) => endpoint.group === group)).toBe(true);

    const bad = await client.callTool({ name: 'list_endpoints', arguments: { group: 'no-such-group' } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('"group"');
    expect(textOf(bad)).toContain(group);
  });

  test("get_endpoint gives the claim page's Markdown with its 12 error types, by operationId or method and path", async () => {
    const markdown = textOf(await client.callTool({ name: 'get_endpoint', arguments: { operationId: 'claimOrganizationRelation' } }));
    const errorTypes = (markdown.match(/^### [a-z_]+$/gm) ?? []).map((heading) => heading.slice(4));
    expect(errorTypes, errorTypes.join(', ')).toHaveLength(12);
    for (const type of claimErrorTypes) expect(errorTypes).toContain(type);
    // each with its sample body
    expect(markdown.match(/"type": "[a-z_]+"/g)?.length).toBeGreaterThanOrEqual(12);

    const { path, method } = JSON.parse(textOf(await client.callTool({ name: 'list_endpoints', arguments: {} }))).find(
      (endpoint: { operationId: string }) => endpoint.operationId === 'claimOrganizationRelation',
    );
    const byPath = textOf(await client.callTool({ name: 'get_endpoint', arguments: { method: method.toLowerCase(), path } }));
    expect(byPath).toBe(markdown);
  });

  test('an unknown operationId gets the closest matches, naming the argument', async () => {
    const bad = await client.callTool({ name: 'get_endpoint', arguments: { operationId: 'claimOrganisationRelation' } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('"operationId"');
    expect(textOf(bad)).toContain('claimOrganizationRelation');
    const none = await client.callTool({ name: 'get_endpoint', arguments: {} });
    expect(none.isError).toBe(true);
    expect(textOf(none)).toMatch(/"method"|"operationId"/);
  });

  test('get_error_type gives cause, handling and the endpoints that return it', async () => {
    const markdown = textOf(await client.callTool({ name: 'get_error_type', arguments: { type: 'malformed_connect_token' } }));
    expect(markdown).toContain('# malformed_connect_token');
    expect(markdown).toContain('## Returned by');
    expect(markdown).toContain('/claimOrganizationRelation');
    const bad = await client.callTool({ name: 'get_error_type', arguments: { type: 'malformed_token' } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('"type"');
    expect(textOf(bad)).toContain('malformed_connect_token');
  });

  test("get_operation_schema gives the operation's self-contained OpenAPI slice", async () => {
    const slice = JSON.parse(textOf(await client.callTool({ name: 'get_operation_schema', arguments: { operationId: 'claimOrganizationRelation' } }))) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    expect(slice.openapi).toMatch(/^3\./);
    const operations = Object.values(slice.paths).flatMap((item) => Object.values(item));
    expect(operations.map((operation) => operation.operationId)).toContain('claimOrganizationRelation');
    const bad = await client.callTool({ name: 'get_operation_schema', arguments: { operationId: 'nope' } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('"operationId"');
  });
});

test('/mcp has the site security headers, takes no sessions and nothing but POST', async ({ request }) => {
  const get = await request.get('/mcp');
  expect(get.status()).toBe(405);
  const post = await request.post('/mcp', {
    headers: { Accept: 'application/json, text/event-stream', 'Content-Type': 'application/json' },
    data: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
  });
  expect(post.status()).toBe(200);
  expect(post.headers()['mcp-session-id']).toBeUndefined();
  for (const response of [get, post]) {
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['x-frame-options']).toBe('DENY');
  }
});

test('/llms.txt says how to add the MCP server to a client', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text();
  expect(text).toContain('## MCP server');
  const snippet = /```json\n([\s\S]*?)\n```/.exec(text.slice(text.indexOf('## MCP server')))?.[1];
  const config = JSON.parse(snippet!) as { mcpServers: Record<string, { type: string; url: string }> };
  expect(Object.values(config.mcpServers)[0]).toMatchObject({ type: 'http', url: expect.stringMatching(/\/mcp$/) });
});
