import type { ReactNode } from 'react';
import type { TOCItemType } from 'fumadocs-core/toc';
import { cn } from '@/lib/cn';
import type { NavLink, SiteNavigation } from '@/lib/navigation';
import { MethodBadge } from './endpoint/method-badge';
import { Breadcrumb } from './layout/breadcrumb';
import { FrameLink } from './layout/frame-link';
import { Toc } from './layout/toc';
import { TocHighlight } from './layout/toc-highlight';
import { PageActions } from './page-actions';
import { PrefetchNeighbours } from './layout/prefetch-neighbours';
import { InlineCode } from './inline-code';

export interface PageShellProps {
  title: ReactNode;
  description?: ReactNode;
  toc?: TOCItemType[];
  /** The page's URL: leads to its Markdown twin. A page without one (not found) has no Markdown actions. */
  url?: string;
  navigation: SiteNavigation;
  titleClassName?: string;
  /**
   * The page brings columns of its own (an endpoint's two panes from `xl`): its body takes the
   * width they need, and the contents beside it narrow to leave it.
   */
  wide?: boolean;
  children?: ReactNode;
}

const bodyClass = 'prose mt-6 max-w-none';

function NeighbourLink({ link, rel }: { link: NavLink; rel: 'prev' | 'next' }) {
  return (
    <FrameLink href={link.url} rel={rel} className={cn('rounded-lg border p-3 hover:bg-fd-accent/60', rel === 'prev' ? 'col-start-1' : 'col-start-2 text-end')}>
      <span className="block text-fd-muted-foreground">{rel === 'prev' ? 'Previous' : 'Next'}</span>
      <span className={cn('flex items-center gap-2 font-medium', rel === 'next' && 'justify-end')}>
        {link.name}
        {link.method && <MethodBadge method={link.method} />}
      </span>
    </FrameLink>
  );
}

function PageFooter({ previous, next }: Pick<SiteNavigation, 'previous' | 'next'>) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next page" className="mt-12 grid grid-cols-2 gap-4 border-t pt-6 text-sm">
      {previous && <NeighbourLink link={previous} rel="prev" />}
      {next && <NeighbourLink link={next} rel="next" />}
      <PrefetchNeighbours urls={[previous, next].flatMap((link) => (link ? [link.url.split('#')[0]] : []))} />
    </nav>
  );
}

/**
 * What each page draws beside its section's navigation (`SiteFrame`): breadcrumb, title,
 * description, the Markdown actions, body, previous/next and the table of contents. All of it is
 * HTML from the server; links between pages are `next/link`, so that the App Router swaps the
 * page without a full load, and the table of contents' highlight is the only client code of its own.
 */
export function PageShell({ title, description, toc = [], url, navigation, titleClassName, wide = false, children }: PageShellProps) {
  return (
    <>
      <main id="page" tabIndex={-1} className={cn('min-w-0 flex-1 outline-none px-4 pt-8 pb-16 md:px-8', wide && 'xl:px-6')}>
        <article className={cn('mx-auto max-w-[860px]', wide && 'xl:max-w-none')}>
          <Breadcrumb items={navigation.breadcrumb} />
          {/* after a page swap, focus starts here (NavigationEffects) */}
          <h1 tabIndex={-1} className={cn('text-3xl font-semibold outline-none', titleClassName)}>
            {typeof title === 'string' ? <InlineCode text={title} /> : title}
          </h1>
          {description && <p className="mt-2 mb-6 text-lg text-fd-muted-foreground">{typeof description === 'string' ? <InlineCode text={description} /> : description}</p>}
          {url && <PageActions url={url} />}
          {toc.length > 0 && (
            <details className="my-4 rounded-lg border px-3 py-2 xl:hidden">
              <summary className="cursor-pointer text-sm font-medium">On this page</summary>
              <Toc items={toc} className="mt-2" />
            </details>
          )}
          <div className={bodyClass}>{children}</div>
          <PageFooter previous={navigation.previous} next={navigation.next} />
        </article>
      </main>
      {toc.length > 0 && (
        <aside id="page-toc" aria-label="On this page" className={cn('sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-60 shrink-0 overflow-y-auto py-8 pe-4 xl:block', wide && 'xl:w-44 min-[120rem]:w-56')}>
          <p className="mb-2 text-sm font-medium">On this page</p>
          <Toc items={toc} />
          <TocHighlight containerId="page-toc" />
        </aside>
      )}
    </>
  );
}
