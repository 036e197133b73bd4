import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';

export interface McpTestClient {
  client: Client;
  /** Closes the client and gives `WINGFIELD_OPENAPI` back its value from before. */
  close: () => Promise<void>;
}

/**
 * The official MCP client, connected in memory to the site's MCP server for `document`: the
 * server reads the document named by `WINGFIELD_OPENAPI`, so it is imported once that is set.
 */
export async function connectMcpClient(document: string, name: string, origin = 'http://docs.test'): Promise<McpTestClient> {
  const original = process.env.WINGFIELD_OPENAPI;
  process.env.WINGFIELD_OPENAPI = document;
  const { createMcpServer } = await import('@/lib/mcp/create-mcp-server');
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer({ origin }).connect(serverSide);
  const client = new Client({ name, version: '1.0.0' });
  await client.connect(clientSide);
  return {
    client,
    close: async () => {
      await client.close();
      if (original === undefined) delete process.env.WINGFIELD_OPENAPI;
      else process.env.WINGFIELD_OPENAPI = original;
    },
  };
}
