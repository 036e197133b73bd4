'use client';
import { lazy, type ReactNode } from 'react';
import { RootProvider } from 'fumadocs-ui/provider/next';
import type { SiteSearchDialogProps } from './search-dialog';

// the dialog, its search client and result renderer load when search is first opened
const SiteSearchDialog = lazy(() => import('./search-dialog').then((mod) => ({ default: mod.SiteSearchDialog })));

export interface SiteProviderProps {
  methods: SiteSearchDialogProps['methods'];
  children: ReactNode;
}

export function SiteProvider({ methods, children }: SiteProviderProps) {
  // RootProvider types `search` for its default dialog; ours takes the extra `methods` option
  // preload: false, so that a page does not fetch the dialog until search is opened
  const search = { SearchDialog: SiteSearchDialog, preload: false, options: { methods } } as unknown as Parameters<typeof RootProvider>[0]['search'];
  return <RootProvider search={search}>{children}</RootProvider>;
}
