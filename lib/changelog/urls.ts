/** The changelog's pages: the list of releases, a page per release, the compare view and the feed. */
export const changelogUrl = '/partner-api/changelog';

/** The Atom feed of releases, linked from the changelog's pages as their `alternate`. */
export const changelogFeedUrl = `${changelogUrl}/feed.xml`;

/** The compare view's chooser: two releases from a form, sent on to {@link compareUrl}. */
export const compareIndexUrl = `${changelogUrl}/compare`;

/** The page of one release. */
export function releaseUrl(version: string): string {
  return `${changelogUrl}/${encodeURIComponent(version)}`;
}

/** The changes from one release to a later one: `/partner-api/changelog/compare/1.0.0...2.0.0`. */
export function compareUrl(from: string, to: string): string {
  return `${compareIndexUrl}/${encodeURIComponent(from)}...${encodeURIComponent(to)}`;
}

/** A release's section on the changelog page: `#release-2.0.0`, or `#unreleased`. */
export function entryId(version: string | undefined): string {
  return version === undefined ? 'unreleased' : `release-${version}`;
}
