import { afterEach, describe, expect, it, vi } from 'vitest';
import { withSiteRateLimit } from '@/lib/proxy/site-proxy';

const ok = async () => new Response('ok');
const request = () => new Request('http://localhost/mcp', { method: 'POST' });

describe("the site's rate limit around the MCP server", () => {
  afterEach(() => vi.unstubAllEnvs());

  it('counts per scope with the proxy settings, then answers 429 with Retry-After', async () => {
    vi.stubEnv('WINGFIELD_RATE_LIMIT', '2');
    const mcp = withSiteRateLimit(ok, 'mcp-test', 'The MCP server');
    const other = withSiteRateLimit(ok, 'other-test', 'Other');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await mcp(request())).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await mcp(request());
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // the refusal names what refused: an agent is not told about a proxy it never used
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^The MCP server takes at most 2 requests per minute/);
    // a scope of its own: the agent's calls do not use up another handler's budget
    expect((await other(request())).status).toBe(200);
  });

  it('is off when the limit is 0', async () => {
    vi.stubEnv('WINGFIELD_RATE_LIMIT', '0');
    const mcp = withSiteRateLimit(ok, 'mcp-off', 'The MCP server');
    for (let i = 0; i < 5; i++) expect((await mcp(request())).status).toBe(200);
  });
});
