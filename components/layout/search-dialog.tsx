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
import { useEffect, useState } from 'react';
import { MethodBadge } from '../endpoint/method-badge';

export type SiteSearchDialogProps = SharedProps;

// served by app/api/endpoint-methods
const endpointMethodsUrl = '/api/endpoint-methods';
const client = fetchClient({ api: '/api/search' });

/** fumadocs' search dialog, its results marked with the endpoint's method badge. */
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
              if (!method || item.type !== 'page') return <SearchDialogListItem item={item} onClick={onClick} />;
              const title = typeof item.content === 'string' ? item.content.replace(/<\/?mark>/g, '') : item.content;
              return (
                <SearchDialogListItem item={item} onClick={onClick}>
                  <span className="flex items-center gap-2 font-medium">
                    <MethodBadge method={method} />
                    {title}
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
