import type { ReactNode } from 'react';
import type { TOCItemType } from 'fumadocs-core/toc';
import { DocsBody, DocsDescription, DocsPage, DocsTitle } from 'fumadocs-ui/layouts/docs/page';
import { PageActions } from './page-actions';

export interface PageShellProps {
  title: ReactNode;
  description?: ReactNode;
  toc?: TOCItemType[];
  /** The page's URL, for its Markdown twin. */
  url: string;
  titleClassName?: string;
  children: ReactNode;
}

/** The frame every page shares: title, description, the Markdown actions, body and table of contents. */
export function PageShell({ title, description, toc, url, titleClassName, children }: PageShellProps) {
  return (
    <DocsPage toc={toc}>
      <DocsTitle className={titleClassName}>{title}</DocsTitle>
      {description && <DocsDescription>{description}</DocsDescription>}
      <PageActions url={url} />
      <DocsBody>{children}</DocsBody>
    </DocsPage>
  );
}
