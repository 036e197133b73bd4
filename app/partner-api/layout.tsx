import type { ReactNode } from 'react';
import { DocsLayout } from 'fumadocs-ui/layouts/docs';
import { SiteLogo } from '@/components/site-logo';
import { source } from '@/lib/source';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <DocsLayout tree={source.getPageTree()} nav={{ title: <SiteLogo />, url: '/partner-api' }}>
      {children}
    </DocsLayout>
  );
}
