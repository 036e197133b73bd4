import type { ReactNode } from 'react';
import type { NavItem } from '@/lib/navigation';
import { headerLinks, siteNavId } from './layout/site-header';
import { Sidebar } from './layout/sidebar';

export interface SiteFrameProps {
  /** The section's navigation (`sidebarItems`). */
  navigation: NavItem[];
  children: ReactNode;
}

/**
 * The navigation beside the pages of a section. Drawn by the section's layout, it stays while
 * the App Router swaps pages within the section: its scroll position, its open group and its
 * DOM are kept, and a swap carries only the page.
 */
export function SiteFrame({ navigation, children }: SiteFrameProps) {
  return (
    <div className="site-layout mx-auto flex w-full max-w-[1400px] flex-1">
      <aside id={siteNavId} className="site-nav sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-64 shrink-0 overflow-y-auto border-e p-4 lg:block">
        <noscript>
          <a href="#page" className="nav-link mb-3 lg:hidden">
            Close menu
          </a>
        </noscript>
        <Sidebar items={navigation} />
        <ul className="mt-5 flex flex-col gap-0.5 border-t pt-4 lg:hidden">
          {headerLinks.map((link) => (
            <li key={link.url}>
              <a href={link.url} className="nav-link">
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      </aside>
      {children}
    </div>
  );
}
