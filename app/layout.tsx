import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/layout/hydration-mark';
import { ThemeScript } from '@/components/layout/theme-script';
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

// without JavaScript, tabs cannot switch: every tab panel is shown, one under the other; and
// the controls that need it (search, theme, copy, try-it) are hidden rather than dead
const noScriptCss = '[role="tabpanel"][data-state="inactive"]{display:block!important}.needs-js{display:none!important}';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
        <noscript>
          <style>{noScriptCss}</style>
        </noscript>
      </head>
      <body className="flex min-h-screen flex-col">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
