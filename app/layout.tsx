import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteProvider } from '@/components/site-provider';
import { getApiModel } from '@/lib/endpoints';
import { siteConfig } from '@/lib/site-config';
import './global.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
  description: siteConfig.description,
  icons: { icon: '/logo.svg' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

// without JavaScript, tabs cannot switch: every tab panel is shown, one under the other
const noScriptCss = '[role="tabpanel"][data-state="inactive"]{display:block!important}';

function endpointMethods(): Record<string, string> {
  return Object.fromEntries(getApiModel().endpoints.map((endpoint) => [endpoint.url, endpoint.method]));
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <noscript>
          <style>{noScriptCss}</style>
        </noscript>
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteProvider methods={endpointMethods()}>{children}</SiteProvider>
      </body>
    </html>
  );
}
