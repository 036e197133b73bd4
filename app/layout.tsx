import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CopyButtons } from '@/components/layout/copy-buttons';
import { DocumentHead } from '@/components/layout/document-head';
import { HydrationMark } from '@/components/layout/hydration-mark';
import { NavigationEffects } from '@/components/layout/navigation-effects';
import { SiteHeader } from '@/components/layout/site-header';
import { errorCatalogUrl, getErrorCatalog } from '@/lib/errors';
import { documentTitle, siteConfig } from '@/lib/site-config';
import './global.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: documentTitle('%s') },
  description: siteConfig.description,
  icons: { icon: siteConfig.icon },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: siteConfig.themeColors.light },
    { media: '(prefers-color-scheme: dark)', color: siteConfig.themeColors.dark },
  ],
};

/**
 * The one document of every page, and the part of the frame that stays while the App Router
 * swaps pages: the header (search, theme, phone menu) and the page-wide listeners. The
 * navigation, title and contents belong to each page (`PageShell`).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  // a document without typed errors has no catalogue to link to
  const errorCatalog = getErrorCatalog().length > 0 ? errorCatalogUrl : undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <DocumentHead />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#page" className="skip-link">
          Skip to content
        </a>
        <SiteHeader errorCatalog={errorCatalog} />
        {children}
        <CopyButtons />
        <NavigationEffects />
        <HydrationMark />
      </body>
    </html>
  );
}
