/*
 * The navigation's entries and what the browser works out from them (the current page, the
 * window of a long group). Without imports: the navigation's client code loads this file alone.
 */

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
  | (NavLink & { type: 'page' })
  /**
   * A group: `children` only when the navigation is drawn for its section; otherwise a link to its
   * first page. `index` when that link is the group's own page (the error catalogue).
   */
  | (NavLink & { type: 'folder'; index?: true; children?: NavItem[] });

/**
 * A group longer than this lists only its first and last pages and the current page with
 * {@link neighbours} on each side; gaps say how many pages they leave out.
 */
export const groupListLimit = 25;
export const neighbours = 5;

/** The items of an open group around its `current` one (an index, -1 for none): see {@link groupListLimit}. */
export function windowAround(items: NavItem[], current: number): NavItem[] {
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

/** Whether `item` is the page at `pathname` or a group holding it. */
export function leadsTo(item: NavItem, pathname: string): boolean {
  if (item.type === 'page') return item.url === pathname;
  if (item.type !== 'folder') return false;
  return item.url === pathname || !!item.children?.some((child) => leadsTo(child, pathname));
}
