import { siteConfig } from '../site-config';

/** The name MCP clients list the server under. */
export const mcpServerName = 'wingfield-partner-api';

/**
 * The site's public URL without a trailing slash, from `SITE_URL` (`siteConfig.url`), never from
 * a request: a Host or X-Forwarded-Host header cannot point the links and configurations that
 * use it at another site.
 */
export function siteBaseUrl(): string {
  const url = new URL(siteConfig.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL, not ${url.protocol}`);
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}

/** Where the MCP server answers: `<site>/mcp`. */
export function mcpServerUrl(): string {
  return `${siteBaseUrl()}/mcp`;
}

/** The configuration an MCP client (Claude Code, Cursor, VS Code) takes, as in the README and llms.txt. */
export function mcpClientConfig(): string {
  return JSON.stringify({ mcpServers: { [mcpServerName]: { type: 'http', url: mcpServerUrl() } } }, null, 2);
}
