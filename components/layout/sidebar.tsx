import type { Folder, Node, Root } from 'fumadocs-core/page-tree';
import { cn } from '@/lib/cn';

export interface SidebarProps {
  tree: Root;
  /** The current page, marked and with its folder open. */
  url: string;
}

function firstUrl(folder: Folder): string | undefined {
  if (folder.index) return folder.index.url;
  for (const child of folder.children) {
    if (child.type === 'page') return child.url;
    if (child.type === 'folder') {
      const url = firstUrl(child);
      if (url) return url;
    }
  }
  return undefined;
}

function contains(folder: Folder, url: string): boolean {
  return folder.index?.url === url || folder.children.some((child) => (child.type === 'page' ? child.url === url : child.type === 'folder' && contains(child, url)));
}

const linkClass = 'flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-fd-muted-foreground hover:bg-fd-accent/60 hover:text-fd-accent-foreground';
const currentClass = 'bg-fd-primary/10 font-medium text-fd-primary hover:bg-fd-primary/10 hover:text-fd-primary';

function NavLink({ href, current, className, children }: { href: string; current: boolean; className?: string; children: React.ReactNode }) {
  return (
    <a href={href} aria-current={current ? 'page' : undefined} className={cn(linkClass, current && currentClass, className)}>
      {children}
    </a>
  );
}

function SidebarNode({ node, url }: { node: Node; url: string }) {
  if (node.type === 'separator') {
    return <li className="mt-5 mb-1 px-2 text-xs font-semibold tracking-wide text-fd-foreground uppercase first:mt-0">{node.name}</li>;
  }
  if (node.type === 'page') {
    return (
      <li>
        <NavLink href={node.url} current={node.url === url}>
          {node.name}
        </NavLink>
      </li>
    );
  }
  const href = firstUrl(node);
  const open = contains(node, url);
  return (
    <li>
      {href && (
        <NavLink href={href} current={node.index?.url === url} className={cn(open && 'text-fd-foreground')}>
          <span className="flex-1">{node.name}</span>
          <svg viewBox="0 0 24 24" aria-hidden="true" className={cn('size-4 shrink-0 fill-none stroke-current stroke-2', open && 'rotate-90')}>
            <path d="m9 6 6 6-6 6" />
          </svg>
        </NavLink>
      )}
      {open && (
        <ul className="ms-3 border-s ps-2">
          {node.children.map((child, i) => (
            <SidebarNode key={i} node={child} url={url} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The site's navigation: guides, each endpoint group and the error types. Only the current
 * page's group lists its pages; the others link to their first page. A page's HTML therefore
 * stays the same size however many operations the API has, and it reads without JavaScript.
 */
export function Sidebar({ tree, url }: SidebarProps) {
  // the site has one root folder, the API; its name is already in the header
  const [only] = tree.children;
  const nodes = tree.children.length === 1 && only.type === 'folder' ? only.children : tree.children;
  return (
    <nav aria-label="Documentation">
      <ul className="flex flex-col gap-0.5">
        {nodes.map((node, i) => (
          <SidebarNode key={i} node={node} url={url} />
        ))}
      </ul>
    </nav>
  );
}
