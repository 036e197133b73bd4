import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { createMcpServer, maxMcpRequestBytes } from '@/lib/mcp/create-mcp-server';
import { withSiteRateLimit } from '@/lib/proxy/site-proxy';

export const dynamic = 'force-dynamic';

/**
 * The origin the client called, for the page URLs in answers: `next start` gives route handlers
 * its own host name in `request.url`, so the Host header is what the client used.
 */
function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  return host && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host) ? `${url.protocol}//${host}` : url.origin;
}

/**
 * Stateless Streamable HTTP: every POST gets a server and transport of its own and a JSON answer,
 * so any instance can answer any request and nothing is kept between them. A body over
 * {@link maxMcpRequestBytes} is refused with 413 and a JSON-RPC error before it is parsed: the
 * transport reads it as a stream and stops past the limit, whatever `Content-Length` says.
 */
async function handleMcp(request: Request): Promise<Response> {
  const server = createMcpServer({ origin: publicOrigin(request) });
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: maxMcpRequestBytes,
  });
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

export const POST = withSiteRateLimit(handleMcp, 'mcp', 'The MCP server');
export { methodNotAllowed as DELETE, methodNotAllowed as GET };
