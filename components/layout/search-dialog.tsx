'use client';
import {
  SearchDialog,
  SearchDialogClose,
  SearchDialogContent,
  SearchDialogHeader,
  SearchDialogIcon,
  SearchDialogInput,
  SearchDialogList,
  SearchDialogListItem,
  SearchDialogOverlay,
} from 'fumadocs-ui/components/dialog/search';
import type { SharedProps } from 'fumadocs-ui/contexts/search';
import { useDocsSearch } from 'fumadocs-core/search/client';
import { fetchClient } from 'fumadocs-core/search/client/fetch';
import { NextProvider } from 'fumadocs-core/framework/next';
import { useEffect, useState, type ReactNode } from 'react';
import { MethodBadge } from '../endpoint/method-badge';
import { queryMatches } from '@/lib/search/query-matches';

export type SiteSearchDialogProps = SharedProps;

// served by app/api/endpoint-methods
const endpointMethodsUrl = '/api/endpoint-methods';
const client = fetchClient({ api: '/api/search' });

/**
 * A hit's text as text, the words of the query in `<mark>`. Hits are plain text (see
 * `lib/search/site-search.ts`); drawn as Markdown with HTML, as fumadocs' dialog draws them, a
 * document's markup would run on the site's origin.
 */
function highlighted(text: string, query: string): ReactNode {
  return queryMatches(text, query).map((part, i) =>
    part.match ? (
      <mark key={i} className="bg-transparent text-fd-primary underline">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** fumadocs' search dialog, its results drawn as text and marked with the endpoint's method badge. */
export function SiteSearchDialog(props: SiteSearchDialogProps) {
  const { search, setSearch, query } = useDocsSearch({ client });
  const [methods, setMethods] = useState<Record<string, string>>({});

  useEffect(() => {
    // badges are a nicety: results show without them if this fails
    fetch(endpointMethodsUrl)
      .then((response) => (response.ok ? response.json() : {}))
      .then(setMethods, () => undefined);
  }, []);

  // the dialog's links and router come from fumadocs' framework context, provided here so that
  // pages do not carry it before search is used
  return (
    <NextProvider>
      <SearchDialog search={search} onSearchChange={setSearch} isLoading={query.isLoading} {...props}>
        <SearchDialogOverlay />
        <SearchDialogContent>
          <SearchDialogHeader>
            <SearchDialogIcon />
            <SearchDialogInput />
            <SearchDialogClose />
          </SearchDialogHeader>
          <SearchDialogList
            items={query.data !== 'empty' ? query.data : null}
            Item={({ item: raw, onClick }) => {
              // the first two crumbs (the tree's root and the site) are the same on every result
              const item = raw.type === 'action' ? raw : { ...raw, breadcrumbs: raw.breadcrumbs?.slice(2) };
              const method = item.type === 'page' ? methods[item.url.split('#')[0]] : undefined;
              const renderMarkdown = (text: string) => <p className="min-w-0">{highlighted(text, search)}</p>;
              if (!method || item.type !== 'page') return <SearchDialogListItem item={item} onClick={onClick} renderMarkdown={renderMarkdown} />;
              return (
                <SearchDialogListItem item={item} onClick={onClick}>
                  <span className="flex items-center gap-2 font-medium">
                    <MethodBadge method={method} />
                    <span className="min-w-0">{typeof item.content === 'string' ? highlighted(item.content, search) : item.content}</span>
                  </span>
                </SearchDialogListItem>
              );
            }}
          />
        </SearchDialogContent>
      </SearchDialog>
    </NextProvider>
  );
}
