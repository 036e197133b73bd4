import { afterEach, describe, expect, it, vi } from 'vitest';
import { withSiteRateLimit } from '@/lib/proxy/site-proxy';

const ok = async () => new Response('ok');
const request = () => new Request('http://localhost/mcp', { method: 'POST' });

describe("the site's rate limit around the MCP server", () => {
  afterEach(() => vi.unstubAllEnvs());

  it('counts per scope with the proxy settings, then answers 429 with Retry-After', async () => {
    vi.stubEnv('WINGFIELD_RATE_LIMIT', '2');
    const mcp = withSiteRateLimit(ok, 'mcp-test');
    const other = withSiteRateLimit(ok, 'other-test');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await mcp(request())).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await mcp(request());
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // a scope of its own: the agent's calls do not use up another handler's budget
    expect((await other(request())).status).toBe(200);
  });

  it('is off when the limit is 0', async () => {
    vi.stubEnv('WINGFIELD_RATE_LIMIT', '0');
    const mcp = withSiteRateLimit(ok, 'mcp-off');
    for (let i = 0; i < 5; i++) expect((await mcp(request())).status).toBe(200);
  });
});
