'use client';
import type { ReactNode } from 'react';
import { RootProvider } from 'fumadocs-ui/provider/next';
import { SiteSearchDialog, type SiteSearchDialogProps } from './search-dialog';

export interface SiteProviderProps {
  methods: SiteSearchDialogProps['methods'];
  children: ReactNode;
}

export function SiteProvider({ methods, children }: SiteProviderProps) {
  // RootProvider types `search` for its default dialog; ours takes the extra `methods` option
  const search = { SearchDialog: SiteSearchDialog, options: { methods } } as unknown as Parameters<typeof RootProvider>[0]['search'];
  return <RootProvider search={search}>{children}</RootProvider>;
}
