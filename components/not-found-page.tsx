import { sidebarItems } from '@/lib/source';
import { PageShell } from './page-shell';
import { FrameLink } from './layout/frame-link';
import { SiteFrame } from './site-frame';

/**
 * A page of the site's frame for an address with no page: the navigation, search in the header,
 * and the way to the start. Old links into the reference land here, so it says where to look.
 */
export function NotFoundPage() {
  // Next sends this page with every other page (the not-found boundary), so its navigation leaves
  // out the endpoint groups: the pages' size must not grow with the document
  const pages = sidebarItems().filter((item) => item.type !== 'folder');
  const items = pages.filter((item, index) => item.type !== 'section' || (pages[index + 1] && pages[index + 1].type !== 'section'));
  return (
    <SiteFrame navigation={items}>
    <PageShell navigation={{ breadcrumb: [] }} title="Page not found" description="There is no page at this address.">
      <p>
        Search the reference with the <strong>Search</strong> button at the top of the page (or press <kbd>Ctrl K</kbd>, or{' '}
        <kbd>/</kbd>): it finds endpoints by title, path, operationId, parameter or field name, and error types.
      </p>
      <p>Or start from one of these:</p>
      <ul>
        <li>
          <FrameLink href="/partner-api">The Partner API reference</FrameLink>, its overview and guides
        </li>
        <li>
          <FrameLink href="/partner-api/errors">Error types</FrameLink>, every one the API answers with
        </li>
        <li>
          <a href="/llms.txt">llms.txt</a>, every page as Markdown
        </li>
      </ul>
    </PageShell>
    </SiteFrame>
  );
}
