import { changelogFeed } from '@/lib/changelog/changelog-feed';
import { changelogEntries } from '@/lib/changelog/site-changelog';
import { getApiModel } from '@/lib/endpoints';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-static';

export function GET() {
  const { changelog, entries } = changelogEntries();
  if (changelog.releases.length === 0) return new Response('This document has no releases.\n', { status: 404 });
  return new Response(changelogFeed({ siteUrl: siteConfig.url, title: getApiModel().title, entries }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
