import Head from 'next/head';
import type { SiteNavigation } from '@/lib/navigation';
import { markdownUrl } from '@/lib/markdown/urls';
import { documentTitle, siteConfig } from '@/lib/site-config';
import { HtmlContent } from '../html-content';
import { PageShell } from '../page-shell';

/** A guide as plain data: what its page is built from on the server and hydrated from in the browser. */
export interface GuidePageProps {
  title: string;
  description?: string;
  url: string;
  navigation: SiteNavigation;
  /** The headings, their titles as HTML (they may hold code). */
  toc: { url: string; depth: number; titleHtml: string }[];
  /** The MDX body, rendered on the server; it needs no JavaScript (copy buttons work through `CopyButtons`). */
  bodyHtml: string;
}

/**
 * A guide from `content/`. Its body is HTML from the build; React hydrates only the frame's
 * controls (search, theme, copy, contents), on the Pages Router's smaller runtime.
 */
export function GuidePage({ title, description, url, navigation, toc, bodyHtml }: GuidePageProps) {
  return (
    <>
      <Head>
        <title>{documentTitle(title)}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={description ?? siteConfig.description} />
        <link rel="canonical" href={new URL(url, siteConfig.url).href} />
        <link rel="alternate" type="text/markdown" href={new URL(markdownUrl(url), siteConfig.url).href} />
      </Head>
      <PageShell
        title={title}
        description={description}
        url={url}
        navigation={navigation}
        toc={toc.map((item) => ({ url: item.url, depth: item.depth, title: <HtmlContent as="span" html={item.titleHtml} /> }))}
        bodyHtml={bodyHtml}
      />
    </>
  );
}
