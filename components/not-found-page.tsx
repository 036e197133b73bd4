import Link from 'next/link';
import { siteNavigation } from '@/lib/source';
import { PageShell } from './page-shell';

/**
 * A page of the site's frame for an address with no page: the navigation, search in the header,
 * and the way to the start. Old links into the reference land here, so it says where to look.
 */
export function NotFoundPage() {
  const navigation = siteNavigation('/404');
  return (
    <PageShell navigation={navigation} title="Page not found" description="There is no page at this address.">
      <p>
        Search the reference with the <strong>Search</strong> button at the top of the page (or press <kbd>Ctrl K</kbd>, or{' '}
        <kbd>/</kbd>): it finds endpoints by title, path, operationId, parameter or field name, and error types.
      </p>
      <p>Or start from one of these:</p>
      <ul>
        <li>
          <Link href="/partner-api">The Partner API reference</Link>, its overview and guides
        </li>
        <li>
          <Link href="/partner-api/errors">Error types</Link>, every one the API answers with
        </li>
        <li>
          <a href="/llms.txt">llms.txt</a>, every page as Markdown
        </li>
      </ul>
    </PageShell>
  );
}
