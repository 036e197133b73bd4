import { MarkdownCopyButton } from 'fumadocs-ui/layouts/docs/page';
import { markdownUrl } from '@/lib/markdown/urls';

/** "Copy page as Markdown" and a link to the Markdown itself, for people and coding agents. */
export function PageActions({ url }: { url: string }) {
  return (
    <div className="not-prose flex flex-wrap items-center gap-2 border-b pb-4 text-sm">
      <MarkdownCopyButton markdownUrl={markdownUrl(url)}>Copy page as Markdown</MarkdownCopyButton>
      <a href={markdownUrl(url)} className="rounded-md border px-2 py-1 hover:bg-fd-accent">
        View as Markdown
      </a>
    </div>
  );
}
