import { notFound } from 'next/navigation';
import { releaseEntry } from '@/lib/changelog/site-changelog';
import { siteNavigation } from '@/lib/source';
import { PageShell } from '../page-shell';
import { ReleaseEntry } from './release-entry';

export interface ReleaseReferenceProps {
  title: string;
  version: string;
  url: string;
}

/** One release's changes, breaking first, in the site's frame. */
export function ReleaseReference({ title, version, url }: ReleaseReferenceProps) {
  const entry = releaseEntry(version);
  if (!entry) notFound();
  return (
    <PageShell navigation={siteNavigation(url)} title={title} url={url}>
      <ReleaseEntry entry={entry} linkToPage={false} heading={false} />
    </PageShell>
  );
}
