import type { NavItem } from '@/lib/navigation';
import { NavEntry } from './nav-entry';

/**
 * The site's navigation: guides, each endpoint group and the error types. Only the group of the
 * section on screen lists its pages; the others link to their first page. It reads without
 * JavaScript.
 */
export function Sidebar({ items }: { items: NavItem[] }) {
  return (
    <nav aria-label="Documentation">
      <ul className="flex flex-col gap-0.5">
        {items.map((item, i) => (
          <NavEntry key={i} item={item} />
        ))}
      </ul>
    </nav>
  );
}
