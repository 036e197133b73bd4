import { findPath, type Folder, type Node, type Root } from 'fumadocs-core/page-tree';

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

function NavLink({ href, current, folder, children }: { href: string; current: boolean; folder?: 'open' | 'closed'; children: React.ReactNode }) {
  // classes from global.css, and no attribute without a value: every group link is on every
  // page, in its HTML and its React payload, so its markup is kept short
  const state = { ...(current && { 'aria-current': 'page' as const }), ...(folder === 'open' && { 'data-open': '' }) };
  return (
    <a href={href} className={folder ? 'nav-link nav-folder' : 'nav-link'} {...state}>
      {children}
    </a>
  );
}

interface SidebarNodeProps {
  node: Node;
  url: string;
  /** The folders on the way to the current page: the only ones listed in full. */
  openFolders: Set<Node>;
}

function SidebarNode({ node, url, openFolders }: SidebarNodeProps) {
  if (node.type === 'separator') return <li className="nav-section">{node.name}</li>;
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
  const open = openFolders.has(node);
  return (
    <li>
      {href && (
        <NavLink href={href} current={node.index?.url === url} folder={open ? 'open' : 'closed'}>
          {node.name}
        </NavLink>
      )}
      {open ? (
        <ul className="ms-3 border-s ps-2">
          {node.children.map((child, i) => (
            <SidebarNode key={i} node={child} url={url} openFolders={openFolders} />
          ))}
        </ul>
      ) : null}
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
  const openFolders = new Set<Node>(findPath(tree.children, (node) => node.type === 'page' && node.url === url) ?? []);
  return (
    <nav aria-label="Documentation">
      <ul className="flex flex-col gap-0.5">
        {nodes.map((node, i) => (
          <SidebarNode key={i} node={node} url={url} openFolders={openFolders} />
        ))}
      </ul>
    </nav>
  );
}
