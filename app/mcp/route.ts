import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { createMcpServer } from '@/lib/mcp/create-mcp-server';
import { withSiteRateLimit } from '@/lib/proxy/site-proxy';

export const dynamic = 'force-dynamic';

/**
 * Stateless Streamable HTTP: every POST gets a server and transport of its own and a JSON answer,
 * so any instance can answer any request and nothing is kept between them.
 */
async function handleMcp(request: Request): Promise<Response> {
  const server = createMcpServer({ origin: new URL(request.url).origin });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    await server.close();
  }
}

/** Without sessions there is no stream to open (GET) or session to end (DELETE). */
function methodNotAllowed(): Response {
  return Response.json(
    { jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this stateless MCP server answers POST only.' }, id: null },
    { status: 405, headers: { Allow: 'POST' } },
  );
}

export const POST = withSiteRateLimit(handleMcp, 'mcp');
export { methodNotAllowed as DELETE, methodNotAllowed as GET };
