import { markdownUrl } from './markdown/urls';
import { mcpClientConfig, mcpServerName, mcpServerUrl, siteBaseUrl } from './mcp/client-config';

export interface PageMenuLinks {
  /** The page's Markdown twin, absolute: what the assistants are asked to read. */
  markdown: string;
  chatGpt: string;
  claude: string;
  cursor: string;
  vsCode: string;
  /** The JSON of "Copy MCP configuration". */
  mcpConfig: string;
}

/** What an assistant is asked when it opens: to read the page's Markdown. */
export function assistantPrompt(markdown: string): string {
  return `Read ${markdown} so I can ask questions about it.`;
}

/**
 * The page menu's links, for a page URL of this site (`/partner-api/...`). Only links: the
 * assistants and editors open them, and the page loads nothing of theirs. Formats: ChatGPT and
 * Claude take the prompt in `q`; Cursor takes the server's entry of `mcp.json` as base64 JSON
 * in `config`; VS Code takes `{ name, type, url }` as URL-encoded JSON after `mcp/install?`.
 */
export function pageMenuLinks(pageUrl: string): PageMenuLinks {
  if (!pageUrl.startsWith('/') || pageUrl.startsWith('//')) throw new Error(`a page URL of this site starts with one "/": ${pageUrl}`);
  const markdown = `${siteBaseUrl()}${markdownUrl(pageUrl)}`;
  const prompt = encodeURIComponent(assistantPrompt(markdown));
  const url = mcpServerUrl();
  const cursorConfig = Buffer.from(JSON.stringify({ url }), 'utf8').toString('base64');
  return {
    markdown,
    chatGpt: `https://chatgpt.com/?q=${prompt}`,
    claude: `https://claude.ai/new?q=${prompt}`,
    cursor: `cursor://anysphere.cursor-deeplink/mcp/install?name=${encodeURIComponent(mcpServerName)}&config=${encodeURIComponent(cursorConfig)}`,
    vsCode: `vscode:mcp/install?${encodeURIComponent(JSON.stringify({ name: mcpServerName, type: 'http', url }))}`,
    mcpConfig: mcpClientConfig(),
  };
}
