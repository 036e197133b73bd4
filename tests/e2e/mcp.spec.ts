import { get } from 'node:http';
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

interface EndpointList {
  total: number;
  endpoints: { operationId: string; group: string; method: string; path: string; url: string }[];
  nextCursor?: string;
  note: string;
}

async function listEndpoints(client: Client, args: Record<string, unknown> = {}): Promise<EndpointList> {
  return JSON.parse(textOf(await client.callTool({ name: 'list_endpoints', arguments: args }))) as EndpointList;
}

/** Milliseconds from the call to its settled answer. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const mcpHeaders = { Accept: 'application/json, text/event-stream', 'Content-Type': 'application/json' };

/** A `tools/call` request as raw JSON-RPC, for bodies that the SDK client would not send. */
const toolCall = (name: string, args: Record<string, unknown>) => JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });

test.describe('MCP server at /mcp, with the SDK client', () => {
  let client: Client;
  test.beforeAll(async () => {
    client = await connect();
  });
  test.afterAll(async () => {
    await client?.close();
  });

  test('lists its six read-only tools', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['get_endpoint', 'get_error_type', 'get_operation_schema', 'list_changes', 'list_endpoints', 'search_docs']);
    for (const tool of tools) expect(tool.annotations?.readOnlyHint).toBe(true);
  });

  test('search_docs answers titles, URLs and excerpts from the site index', async () => {
    const result = await client.callTool({ name: 'search_docs', arguments: { query: 'claim organization relation' } });
    expect(result.isError).toBeFalsy();
    const { hits } = JSON.parse(textOf(result)) as { hits: { title: string; url: string; markdownUrl: string }[] };
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.url.endsWith('/claimOrganizationRelation'))).toBe(true);
    for (const hit of hits) expect(hit.url.startsWith(siteUrl)).toBe(true);
  });

  test('list_endpoints lists every operation, or one group; an unknown group gets the list of groups', async () => {
    const { endpoints: all, total } = await listEndpoints(client);
    expect(all).toHaveLength(total);
    const claim = all.find((endpoint) => endpoint.operationId === 'claimOrganizationRelation');
    expect(claim).toMatchObject({ method: 'POST' });
    expect(claim!.url).toContain('/partner-api/');
    const group = claim!.group;
    const { endpoints: one } = await listEndpoints(client, { group });
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

    const { path, method } = (await listEndpoints(client)).endpoints.find((endpoint) => endpoint.operationId === 'claimOrganizationRelation')!;
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

test.describe('MCP server under hostile input', () => {
  let client: Client;
  test.beforeAll(async () => {
    client = await connect();
  });
  test.afterAll(async () => {
    await client?.close();
  });

  test('every argument advertises its maximum length', async () => {
    const { tools } = await client.listTools();
    for (const tool of tools) {
      const properties = Object.entries(tool.inputSchema.properties ?? {}) as [string, { type?: string; maxLength?: number }][];
      for (const [name, property] of properties.filter(([, property]) => property.type === 'string')) {
        expect(property.maxLength, `${tool.name}.${name}`).toBeGreaterThanOrEqual(100);
        expect(property.maxLength, `${tool.name}.${name}`).toBeLessThanOrEqual(1_000);
      }
    }
  });

  test('a 1 MB argument gets a tool error naming it in under 100 ms, and a page requested meanwhile answers as fast as usual', async () => {
    const { tools } = await client.listTools();
    const limit = (tools.find((tool) => tool.name === 'get_endpoint')!.inputSchema.properties!.operationId as { maxLength: number }).maxLength;
    const huge = 'claimOrganisationRelation'.repeat(40_000).slice(0, 1_000_000);
    const page = new URL('/partner-api/organization/claimOrganizationRelation', siteUrl);
    // a connection of its own each time, as a new reader's: no kept-alive socket to time out in between
    const getPage = () =>
      new Promise<void>((resolve, reject) => {
        get(page, { agent: false }, (response) => {
          response.resume();
          response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`${page.pathname}: ${response.statusCode}`))));
        }).on('error', reject);
      });
    const callHuge = () => client.callTool({ name: 'get_endpoint', arguments: { operationId: huge } });

    // the first of each compiles and warms what it needs; then the usual time of a page
    await getPage();
    await callHuge();
    const usual = Math.max(...[await timed(getPage), await timed(getPage), await timed(getPage)].map(({ ms }) => ms));

    const trials: { result: Awaited<ReturnType<typeof callHuge>>; tool: number; page: number }[] = [];
    for (let trial = 0; trial < 3; trial++) {
      const call = timed(callHuge);
      // the page's request leaves once the argument is on its way, so that it meets the server at work
      await new Promise((resolve) => setTimeout(resolve, 15));
      const [{ value: result, ms }, page] = await Promise.all([call, timed(getPage)]);
      trials.push({ result, tool: ms, page: page.ms });
    }
    // the best of three trials: the time the server needs, not the time a busy machine lent it
    const tool = trials.map((trial) => Math.round(trial.tool));
    const meanwhile = trials.map((trial) => Math.round(trial.page));
    expect(Math.min(...tool), `tool errors in ${tool.join(', ')} ms`).toBeLessThan(100);
    expect(Math.min(...meanwhile), `pages in ${meanwhile.join(', ')} ms, usually ${Math.round(usual)} ms`).toBeLessThanOrEqual(2 * usual + 50);
    for (const { result } of trials) {
      const message = textOf(result);
      expect(message.length, message.slice(0, 300)).toBeLessThan(1_000);
      expect(result.isError).toBe(true);
      expect(message).toContain('"operationId"');
      expect(message).toContain(String(limit));
      expect(message).toContain(String(huge.length));
    }
  });

  test('a request body over the limit is refused with 413 and a JSON-RPC error, whether it declares its length or not', async () => {
    const oversized = toolCall('get_endpoint', { operationId: 'x'.repeat(3 * 1024 * 1024) });
    const declared = await fetch(new URL('/mcp', siteUrl), { method: 'POST', headers: mcpHeaders, body: oversized });
    const encoded = new TextEncoder().encode(oversized);
    // sent in chunks without Content-Length, so that only reading can find the size
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < encoded.length; at += 64 * 1024) controller.enqueue(encoded.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await fetch(new URL('/mcp', siteUrl), { method: 'POST', headers: mcpHeaders, body: stream, duplex: 'half' } as RequestInit);
    for (const response of [declared, chunked]) {
      expect(response.status).toBe(413);
      const body = (await response.json()) as { jsonrpc: string; error: { code: number; message: string } };
      expect(body.jsonrpc).toBe('2.0');
      expect(body.error.message).toMatch(/must not exceed \d+ bytes/);
    }
  });

  test('list_endpoints answers in pages: a limit, a cursor to the next, and a note saying which part this is', async () => {
    const first = await listEndpoints(client, { limit: 5 });
    expect(first.endpoints).toHaveLength(5);
    expect(first.total).toBeGreaterThan(5);
    expect(first.nextCursor).toBeTruthy();
    expect(first.note).toContain(`1–5 of ${first.total}`);
    expect(first.note).toContain(first.nextCursor!);
    const seen = [...first.endpoints];
    for (let next = first.nextCursor; next; ) {
      const page = await listEndpoints(client, { limit: 5, cursor: next });
      seen.push(...page.endpoints);
      next = page.nextCursor;
    }
    const { endpoints: all } = await listEndpoints(client);
    expect(seen.map((endpoint) => endpoint.operationId)).toEqual(all.map((endpoint) => endpoint.operationId));

    const bad = await client.callTool({ name: 'list_endpoints', arguments: { cursor: 'not-a-cursor' } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('"cursor"');
  });

  const hostileNames = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'x\u0000\u001b[2J\u0007y', '\u202egnirts', '😀'.repeat(100), 'ü'.repeat(250)];
  const lookups = [
    { tool: 'get_endpoint', argument: 'operationId', notFound: 'no operation' },
    { tool: 'get_operation_schema', argument: 'operationId', notFound: 'no operation' },
    { tool: 'get_error_type', argument: 'type', notFound: 'no error type' },
    { tool: 'list_endpoints', argument: 'group', notFound: 'no group' },
  ];

  test('prototype names, control characters and long unicode are names like any other: "not found", escaped', async () => {
    for (const { tool, argument, notFound } of lookups) {
      for (const name of hostileNames) {
        const result = await client.callTool({ name: tool, arguments: { [argument]: name } });
        const message = textOf(result);
        expect(result.isError, `${tool}(${JSON.stringify(name)}): ${message.slice(0, 200)}`).toBe(true);
        expect(message).toContain(`"${argument}"`);
        expect(message).toContain(notFound);
        // what came in is quoted as JSON: no raw control character reaches the agent's terminal
        expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      }
    }
  });

  test('a raw request with prototype keys in its arguments is answered like any other', async () => {
    for (const body of [
      '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_endpoint","arguments":{"__proto__":{"operationId":"claimOrganizationRelation"}}}}',
      '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"__proto__","arguments":{}}}',
      '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"constructor","arguments":{}}}',
    ]) {
      const response = await fetch(new URL('/mcp', siteUrl), { method: 'POST', headers: mcpHeaders, body });
      expect(response.status, body).toBe(200);
      const answer = (await response.json()) as { result?: CallToolResult; error?: { message: string } };
      expect(answer.result?.isError ?? answer.error !== undefined, body).toBe(true);
    }
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
