import type { NavItem } from '@/lib/navigation';
import { MethodBadge } from '../endpoint/method-badge';
import { InlineCode } from '../inline-code';
import { FrameLink } from './frame-link';
import { SidebarGroup } from './sidebar-group';

/**
 * One entry of the navigation. Classes from global.css, and no attribute without a value: every
 * group link is on every page, so its markup is kept short. The link to the page on screen is
 * marked by `FrameLink` from the browser's address, so that the navigation is the same for every
 * page of a section.
 */
export function NavEntry({ item }: { item: NavItem }) {
  if (item.type === 'section') return <li className="nav-section">{item.name}</li>;
  if (item.type === 'gap') return <li className="px-2 text-xs text-fd-muted-foreground">… {item.count} more</li>;
  const folder = item.type === 'folder';
  return (
    <li>
      <FrameLink
        href={item.url}
        markCurrent={!folder || item.index}
        className={folder ? 'nav-link nav-folder' : 'nav-link'}
        {...(folder && item.children && { 'data-open': '' })}
      >
        {/* a summary may quote names the Markdown way (`X-API-Key`): one flex item, as a plain name is */}
        {item.name.includes('`') ? (
          <span>
            <InlineCode text={item.name} />
          </span>
        ) : (
          item.name
        )}
        {item.method && <MethodBadge method={item.method} className="ms-auto" />}
      </FrameLink>
      {folder && item.children ? <SidebarGroup items={item.children} /> : null}
    </li>
  );
}
