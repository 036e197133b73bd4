import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DocumentHead } from '@/components/layout/document-head';
import { HydrationMark } from '@/components/layout/hydration-mark';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <DocumentHead />
      </head>
      <body className="flex min-h-screen flex-col">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
