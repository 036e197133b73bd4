import { getBreadcrumbItems } from 'fumadocs-core/breadcrumb';
import { findNeighbour, type Folder, type Node, type Root } from 'fumadocs-core/page-tree';
import type { NavItem, NavLink } from './navigation-items';

export type { NavItem, NavLink } from './navigation-items';
export { groupListLimit, leadsTo, neighbours, windowAround } from './navigation-items';

/**
 * What a page shows of the site's structure besides the navigation: its breadcrumb and
 * previous/next links. Plain data, drawn by server components.
 */
export interface SiteNavigation {
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

export interface SidebarItemsOptions {
  tree: Root;
  /** Page URL → HTTP method, for endpoint pages. */
  methods: Record<string, string>;
  /**
   * The URL of the section the navigation is drawn for (`/partner-api/booking`): the group
   * holding its pages lists them; none for a guide.
   */
  section?: string;
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

const within = (url: string, section: string) => url === section || url.startsWith(`${section}/`);

function holds(node: Node, section: string): boolean {
  if (node.type === 'page') return within(node.url, section);
  if (node.type !== 'folder') return false;
  return (!!node.index && within(node.index.url, section)) || node.children.some((child) => holds(child, section));
}

/** The top of the tree: the site has one root folder, the API, whose name is already in the header. */
function topLevel(tree: Root): Node[] {
  const [only] = tree.children;
  return tree.children.length === 1 && only.type === 'folder' ? only.children : tree.children;
}

/**
 * The navigation of one section of the site: guides, the groups and the error types, where only
 * the group of the section lists its pages (all of them: the browser shows the ones around the
 * current page, see {@link windowAround}) and every other group is one link to its first page.
 * The same for every page of the section, so it is drawn once, in the section's layout, and
 * stays while the App Router swaps the pages.
 */
export function createSidebarItems({ tree, methods, section }: SidebarItemsOptions): NavItem[] {
  const link = (name: string, target: string): NavLink => ({ name, url: target, ...(methods[target] && { method: methods[target] }) });
  const toItem = (node: Node): NavItem | undefined => {
    if (node.type === 'separator') return { type: 'section', name: nameOf(node) };
    if (node.type === 'page') return { type: 'page', ...link(nameOf(node), node.url) };
    const first = firstUrl(node);
    if (!first) return undefined;
    return {
      type: 'folder',
      name: nameOf(node),
      url: first,
      ...(node.index?.url === first && { index: true as const }),
      ...(section && holds(node, section) && { children: toItems(node.children) }),
    };
  };
  const toItems = (nodes: Node[]) => nodes.map(toItem).filter((item): item is NavItem => !!item);
  return toItems(topLevel(tree));
}

/** The breadcrumb and the previous/next links of the page at `url`. */
export function createSiteNavigation({ tree, url, methods }: SiteNavigationOptions): SiteNavigation {
  const link = (name: string, target: string): NavLink => ({ name, url: target, ...(methods[target] && { method: methods[target] }) });
  const { previous, next } = findNeighbour(tree, url);
  return {
    breadcrumb: getBreadcrumbItems(url, tree, { includeSeparator: true }).map((item) => ({
      name: nameOf(item),
      ...(item.url && { url: item.url }),
    })),
    ...(previous && { previous: link(nameOf(previous), previous.url) }),
    ...(next && { next: link(nameOf(next), next.url) }),
  };
}
