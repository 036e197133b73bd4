import { pageMenuLinks } from '@/lib/page-menu-links';
import { CopyButton } from './layout/copy-button';
import { PageMenuKeys } from './layout/page-menu-keys';

// a short class from global.css: every page carries the menu twice (HTML and React payload)
const itemClass = 'page-menu-item';

/**
 * "Open in ChatGPT", "Open in Claude", the MCP configuration and the editors' install links for
 * this page: plain links in a disclosure, which opens and closes without JavaScript; the page
 * loads nothing from those services. `PageMenuKeys` adds Escape, the arrow keys and closing on
 * a click elsewhere.
 */
export function PageMenu({ url }: { url: string }) {
  const links = pageMenuLinks(url);
  const external = { target: '_blank', rel: 'noopener noreferrer' } as const;
  return (
    <details className="page-menu relative" data-page-menu="">
      <summary className="page-menu-summary">
        Use with AI tools <span aria-hidden="true">▾</span>
      </summary>
      <ul className="page-menu-list">
        <li>
          <a href={links.chatGpt} {...external} className={itemClass}>
            Open in ChatGPT
          </a>
        </li>
        <li>
          <a href={links.claude} {...external} className={itemClass}>
            Open in Claude
          </a>
        </li>
        <li>
          <CopyButton text={links.mcpConfig} label="Copy MCP configuration" className={itemClass}>
            Copy MCP configuration
          </CopyButton>
        </li>
        <li>
          <a href={links.cursor} rel="noopener noreferrer" className={itemClass}>
            Add to Cursor
          </a>
        </li>
        <li>
          <a href={links.vsCode} rel="noopener noreferrer" className={itemClass}>
            Add to VS Code
          </a>
        </li>
      </ul>
      <PageMenuKeys />
    </details>
  );
}
