import { changelogEntries } from '@/lib/changelog/site-changelog';
import { changelogFeedUrl } from '@/lib/changelog/urls';
import { siteNavigation } from '@/lib/source';
import { PageShell } from '../page-shell';
import { CompareForm } from './compare-form';
import { ReleaseEntry } from './release-entry';

export interface ChangelogReferenceProps {
  title: string;
  url: string;
}

/** Every release, newest first ("Unreleased" first when there is one), in the site's frame. */
export function ChangelogReference({ title, url }: ChangelogReferenceProps) {
  const { changelog, intro, entries } = changelogEntries();
  const toc = entries.map((entry) => ({ title: entry.title, url: `#${entry.id}`, depth: 2 }));
  return (
    <PageShell navigation={siteNavigation(url)} title={title} toc={toc} url={url}>
      <p>
        {intro} Follow new releases in a feed reader with the <a href={changelogFeedUrl}>Atom feed</a>.
      </p>
      <CompareForm releases={changelog.releases} />
      <div className="mt-8">
        {entries.map((entry) => (
          <ReleaseEntry key={entry.id} entry={entry} />
        ))}
      </div>
    </PageShell>
  );
}
