import { markdownUrl } from '@/lib/markdown/urls';
import { CopyButton } from './layout/copy-button';
import { PageMenu } from './page-menu';

/** "Copy page as Markdown", a link to the Markdown itself and the page menu, for people and coding agents. */
export function PageActions({ url }: { url: string }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 border-b pb-4 text-sm">
      <CopyButton url={markdownUrl(url)} label="Copy page as Markdown" className="border px-2 py-1 text-fd-foreground">
        Copy page as Markdown
      </CopyButton>
      <a href={markdownUrl(url)} className="rounded-md border px-2 py-1 hover:bg-fd-accent">
        View as Markdown
      </a>
      <PageMenu url={url} />
    </div>
  );
}
