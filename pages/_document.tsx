import { Head, Html, Main, NextScript } from 'next/document';
import { DocumentHead } from '@/components/layout/document-head';
import { siteConfig } from '@/lib/site-config';

/** The document of the guides (see pages/partner-api): the same head as app/layout.tsx. */
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <DocumentHead />
        <link rel="icon" href={siteConfig.icon} />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content={siteConfig.themeColors.light} />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content={siteConfig.themeColors.dark} />
      </Head>
      <body className="flex min-h-screen flex-col">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
