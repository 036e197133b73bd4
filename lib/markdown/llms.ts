import { mcpClientConfig, mcpServerUrl } from '../mcp/client-config';
import { siteConfig } from '../site-config';
import type { SitePage } from '../source';
import { pageMarkdown } from './page-markdown';
import { markdownUrl } from './urls';

/** How a coding agent adds the site's MCP server (`/mcp`), with the site's public URL. */
function mcpSection(): string {
  const url = mcpServerUrl();
  const config = mcpClientConfig();
  return [
    '## MCP server',
    '',
    `An MCP server (Streamable HTTP, read only, no token) answers at ${url}, with the tools search_docs, list_endpoints, get_endpoint, get_error_type and get_operation_schema. Add it to your MCP client:`,
    '',
    '```json',
    config,
    '```',
  ].join('\n');
}

/** `/llms.txt`: every page, one line each, pointing at its Markdown. */
export function llmsIndex(pages: SitePage[]): string {
  const lines = pages.map((page) => {
    const description = page.data.description ? `: ${page.data.description.replace(/\s+/g, ' ')}` : '';
    return `- [${page.data.title}](${markdownUrl(page.url)})${description}`;
  });
  const whole = [
    '- [Everything in one file](/llms-full.txt): every page below, in this order, as Markdown',
    '- [OpenAPI document](/openapi.yaml): the API as OpenAPI 3, the source of every endpoint page (also [as JSON](/openapi.json))',
  ];
  return `# ${siteConfig.name}\n\n> ${siteConfig.description}\n\n## The whole reference\n\n${whole.join('\n')}\n\n${mcpSection()}\n\n## Pages\n\n${lines.join('\n')}\n`;
}

/** `/llms-full.txt`: every page's Markdown, one after the other. */
export async function llmsFull(pages: SitePage[]): Promise<string> {
  const parts = await Promise.all(pages.map(async (page) => `<!-- ${page.url} -->\n${await pageMarkdown(page)}`));
  return parts.join('\n---\n\n');
}
