'use client';
import { usePathname } from 'next/navigation';
import { leadsTo, windowAround, type NavItem } from '@/lib/navigation-items';
import { NavEntry } from './nav-entry';

/**
 * The pages of the open group. A long group shows the ones around the page on screen, worked
 * out from the address, so that the section's layout, drawn once, serves all of its pages.
 */
export function SidebarGroup({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? '';
  const shown = windowAround(
    items,
    items.findIndex((item) => leadsTo(item, pathname)),
  );
  return (
    <ul className="ms-3 border-s ps-2">
      {shown.map((item, i) => (
        <NavEntry key={i} item={item} />
      ))}
    </ul>
  );
}
