import type { ReactNode } from 'react';
import { DocsLayout } from 'fumadocs-ui/layouts/docs';
import { SiteLogo } from '@/components/site-logo';
import { source } from '@/lib/source';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <DocsLayout
      tree={source.getPageTree()}
      nav={{ title: <SiteLogo />, url: '/partner-api' }}
      tabs={false}
      links={[
        { text: 'Error types', url: '/partner-api/errors' },
        { text: 'OpenAPI (YAML)', url: '/openapi.yaml', external: true },
        { text: 'OpenAPI (JSON)', url: '/openapi.json', external: true },
        { text: 'llms.txt', url: '/llms.txt', external: true },
      ]}
    >
      {children}
    </DocsLayout>
  );
}
