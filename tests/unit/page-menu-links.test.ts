import { afterEach, describe, expect, it, vi } from 'vitest';

/** The page menu's links as a site configured with `SITE_URL` makes them. */
async function linksFor(siteUrl: string, pageUrl: string) {
  vi.resetModules();
  vi.stubEnv('SITE_URL', siteUrl);
  const { pageMenuLinks } = await import('@/lib/page-menu-links');
  return pageMenuLinks(pageUrl);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the page menu links', () => {
  it("name the page's absolute Markdown URL in the assistants' prompt", async () => {
    const links = await linksFor('https://docs.example.com/', '/partner-api/organization/claimOrganizationRelation');
    const markdown = 'https://docs.example.com/partner-api/organization/claimOrganizationRelation.md';
    expect(links.markdown).toBe(markdown);
    for (const [link, prefix] of [
      [links.chatGpt, 'https://chatgpt.com/?q='],
      [links.claude, 'https://claude.ai/new?q='],
    ] as const) {
      expect(link.startsWith(prefix)).toBe(true);
      expect(new URL(link).searchParams.get('q')).toContain(markdown);
    }
  });

  it("install the site's /mcp in Cursor and VS Code, and copy the README's configuration", async () => {
    const links = await linksFor('https://docs.example.com', '/partner-api');
    const cursor = new URL(links.cursor);
    expect(`${cursor.protocol}//${cursor.host}${cursor.pathname}`).toBe('cursor://anysphere.cursor-deeplink/mcp/install');
    expect(cursor.searchParams.get('name')).toBe('wingfield-partner-api');
    expect(JSON.parse(Buffer.from(cursor.searchParams.get('config')!, 'base64').toString('utf8'))).toEqual({ url: 'https://docs.example.com/mcp' });
    expect(links.vsCode.startsWith('vscode:mcp/install?')).toBe(true);
    expect(JSON.parse(decodeURIComponent(links.vsCode.slice('vscode:mcp/install?'.length)))).toEqual({
      name: 'wingfield-partner-api',
      type: 'http',
      url: 'https://docs.example.com/mcp',
    });
    expect(JSON.parse(links.mcpConfig)).toEqual({ mcpServers: { 'wingfield-partner-api': { type: 'http', url: 'https://docs.example.com/mcp' } } });
  });

  it('refuse a page URL that would leave the site, and a SITE_URL that is not http(s)', async () => {
    await expect(linksFor('https://docs.example.com', '//evil.example/x')).rejects.toThrow(/one "\/"/);
    await expect(linksFor('https://docs.example.com', 'https://evil.example/x')).rejects.toThrow(/one "\/"/);
    await expect(linksFor('javascript:alert(1)', '/partner-api')).rejects.toThrow(/http\(s\)/);
  });
});
