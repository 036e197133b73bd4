import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/page-metadata';
import { findSitePage, sitePageSlugs, type ReferencePageData, type SitePage } from '@/lib/source';

type Params = Record<string, string>;

export interface PageRouteOptions<P extends Params> {
  kind: 'guide' | ReferencePageData['kind'];
  /** The route's params → the page's slugs under `/partner-api`. */
  toSlugs: (params: P) => string[];
  /** The page's slugs under `/partner-api` → the route's params. */
  toParams: (slugs: string[]) => P;
  render: (page: SitePage) => ReactNode;
}

interface PageRouteProps<P> {
  params: Promise<P>;
}

/**
 * An App Router route serving one kind of page. Each kind has its own route, so that an error
 * page or a guide does not load the client code of endpoint pages.
 */
export function createPageRoute<P extends Params>({ kind, toSlugs, toParams, render }: PageRouteOptions<P>) {
  async function find(props: PageRouteProps<P>): Promise<SitePage> {
    const page = findSitePage(toSlugs(await props.params));
    if (!page) notFound();
    return page;
  }

  return {
    Page: async (props: PageRouteProps<P>) => render(await find(props)),
    generateStaticParams: (): P[] => sitePageSlugs(kind).map(toParams),
    generateMetadata: async (props: PageRouteProps<P>): Promise<Metadata> => pageMetadata(await find(props)),
  };
}
