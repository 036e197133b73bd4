import { getBreadcrumbItems } from 'fumadocs-core/breadcrumb';
import { findNeighbour, findPath, type Folder, type Node, type Root } from 'fumadocs-core/page-tree';

export interface NavLink {
  name: string;
  url: string;
  /** The HTTP method of an endpoint page, shown as its badge. */
  method?: string;
}

export type NavItem =
  | { type: 'section'; name: string }
  /** Pages of a long group left out around the current page's neighbours. */
  | { type: 'gap'; count: number }
  | (NavLink & { type: 'page'; current?: true })
  /** A group: `children` only when it holds the current page; otherwise a link to its first page. */
  | (NavLink & { type: 'folder'; current?: true; children?: NavItem[] });

/**
 * What a page shows of the site's structure: its navigation, breadcrumb and previous/next
 * links. Plain data, so that a page rendered on the server and a page hydrated from JSON
 * draw it with the same components.
 */
export interface SiteNavigation {
  items: NavItem[];
  breadcrumb: { name: string; url?: string }[];
  previous?: NavLink;
  next?: NavLink;
  /** The error catalogue's URL, when the document has typed errors and so a catalogue. */
  errorCatalog?: string;
}

export interface SiteNavigationOptions {
  tree: Root;
  /** The current page. */
  url: string;
  /** Page URL → HTTP method, for endpoint pages. */
  methods: Record<string, string>;
}

function nameOf(node: { name?: unknown }): string {
  // the site's tree has text names only: guides' titles, tag names, operation summaries
  return typeof node.name === 'string' ? node.name : '';
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

/**
 * A group longer than this lists only its first and last pages and the current page with
 * {@link neighbours} on each side; gaps say how many pages they leave out.
 */
export const groupListLimit = 25;
export const neighbours = 5;

/** The items of an open group, bounded: see {@link groupListLimit}. */
function bounded(items: NavItem[], current: number): NavItem[] {
  if (items.length <= groupListLimit) return items;
  const keep = new Set([0, items.length - 1]);
  const from = Math.max(0, Math.min(current - neighbours, items.length - 1 - 2 * neighbours));
  for (let index = from; index <= Math.min(items.length - 1, from + 2 * neighbours); index++) keep.add(index);
  const out: NavItem[] = [];
  let left = 0;
  items.forEach((item, index) => {
    if (!keep.has(index)) {
      left++;
      return;
    }
    if (left > 0) out.push({ type: 'gap', count: left });
    left = 0;
    out.push(item);
  });
  return out;
}

/**
 * The navigation of the page at `url`. Only the current page's group lists its pages, and a long
 * group only the pages near the current one; every other group is one link to its first page, so
 * a page's size does not grow with the number of operations.
 */
export function createSiteNavigation({ tree, url, methods }: SiteNavigationOptions): SiteNavigation {
  const link = (name: string, target: string): NavLink => ({ name, url: target, ...(methods[target] && { method: methods[target] }) });
  const openFolders = new Set<Node>(findPath(tree.children, (node) => node.type === 'page' && node.url === url) ?? []);

  const toItem = (node: Node): NavItem | undefined => {
    if (node.type === 'separator') return { type: 'section', name: nameOf(node) };
    if (node.type === 'page') return { type: 'page', ...link(nameOf(node), node.url), ...(node.url === url && { current: true as const }) };
    const first = firstUrl(node);
    if (!first) return undefined;
    return {
      type: 'folder',
      name: nameOf(node),
      url: first,
      ...(node.index?.url === url && { current: true as const }),
      ...(openFolders.has(node) && { children: openChildren(node.children) }),
    };
  };
  const toItems = (nodes: Node[]) => nodes.map(toItem).filter((item): item is NavItem => !!item);
  const openChildren = (nodes: Node[]) => {
    const entries = nodes.map((node) => [node, toItem(node)] as const).filter((entry): entry is [Node, NavItem] => !!entry[1]);
    const current = entries.findIndex(([node]) => openFolders.has(node) || (node.type === 'page' && node.url === url));
    return bounded(
      entries.map(([, item]) => item),
      current,
    );
  };

  // the site has one root folder, the API; its name is already in the header
  const [only] = tree.children;
  const top = tree.children.length === 1 && only.type === 'folder' ? only.children : tree.children;
  const { previous, next } = findNeighbour(tree, url);
  return {
    items: toItems(top),
    breadcrumb: getBreadcrumbItems(url, tree, { includeSeparator: true }).map((item) => ({
      name: nameOf(item),
      ...(item.url && { url: item.url }),
    })),
    ...(previous && { previous: link(nameOf(previous), previous.url) }),
    ...(next && { next: link(nameOf(next), next.url) }),
  };
}
