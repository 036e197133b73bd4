import type { NavItem, SiteNavigation } from '@/lib/navigation';
import { MethodBadge } from '../endpoint/method-badge';
import { FrameLink } from './frame-link';

function NavEntry({ item }: { item: NavItem }) {
  if (item.type === 'section') return <li className="nav-section">{item.name}</li>;
  if (item.type === 'gap') return <li className="px-2 text-xs text-fd-muted-foreground">… {item.count} more</li>;
  const folder = item.type === 'folder' ? (item.children ? 'open' : 'closed') : undefined;
  // classes from global.css, and no attribute without a value: every group link is on every
  // page, so its markup is kept short
  const state = { ...(item.current && { 'aria-current': 'page' as const }), ...(folder === 'open' && { 'data-open': '' }) };
  return (
    <li>
      <FrameLink href={item.url} className={folder ? 'nav-link nav-folder' : 'nav-link'} {...state}>
        {item.name}
        {item.method && <MethodBadge method={item.method} className="ms-auto" />}
      </FrameLink>
      {item.type === 'folder' && item.children ? (
        <ul className="ms-3 border-s ps-2">
          {item.children.map((child, i) => (
            <NavEntry key={i} item={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The site's navigation: guides, each endpoint group and the error types. Only the current
 * page's group lists its pages; the others link to their first page. It reads without JavaScript.
 */
export function Sidebar({ items }: Pick<SiteNavigation, 'items'>) {
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
