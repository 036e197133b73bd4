import { pageMenuLinks } from '@/lib/page-menu-links';
import { CopyButton } from './layout/copy-button';
import { PageMenuKeys } from './layout/page-menu-keys';

const itemClass = 'flex w-full items-center rounded-md px-2 py-1.5 text-start text-fd-popover-foreground hover:bg-fd-accent focus-visible:bg-fd-accent focus-visible:outline-none';

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
      <summary className="cursor-pointer list-none rounded-md border px-2 py-1 select-none hover:bg-fd-accent [&::-webkit-details-marker]:hidden">
        Use with AI tools <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute start-0 top-full z-30 mt-1 flex w-max max-w-[calc(100vw-2rem)] list-none flex-col rounded-lg border bg-fd-popover p-1 shadow-lg">
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
