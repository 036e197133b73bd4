import type { ReactNode } from 'react';
import { sidebarItems } from '@/lib/source';
import { SiteFrame } from './site-frame';

type Params = Record<string, string>;

export interface SectionLayoutProps<P extends Params> {
  children: ReactNode;
  params: Promise<P>;
}

/**
 * The layout of one section of the site (the guides, an endpoint group, the error types, the
 * webhooks): its navigation, drawn once for all of the section's pages. `section` gives the
 * section's URL from the route's params; none for the guides.
 */
export function createSectionLayout<P extends Params>(section: (params: P) => string | undefined) {
  return async function SectionLayout({ children, params }: SectionLayoutProps<P>) {
    return <SiteFrame navigation={sidebarItems(section(await params))}>{children}</SiteFrame>;
  };
}
